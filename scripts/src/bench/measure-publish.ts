import { readFileSync } from 'node:fs';
import type { BuildRecord, PublishState } from '@wsd/publishing/state-store';

const NEWS = 'api::nieuwsbericht.nieuwsbericht';
const SETTINGS = 'api::site-setting.site-setting';

/** Logs in to the admin API as an editor would and returns the session token. */
export async function adminLogin(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) throw new Error(`admin login as ${email} failed: HTTP ${response.status}`);
  return body.data.token;
}

type Admin = { cmsUrl: string; jwt: string };

/** One request to the admin's content manager, as the editor's buttons send it. */
async function contentManager(admin: Admin, method: string, pathname: string, body?: unknown): Promise<{ data?: Record<string, unknown> }> {
  const response = await fetch(`${admin.cmsUrl}/content-manager/${pathname}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.jwt}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} /content-manager/${pathname} failed: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as { data?: Record<string, unknown> };
}

/** The four changes the benchmark times, from cheap to the worst case. */
export const CHANGE_KINDS = ['edit', 'new', 'unpublish', 'settings'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  edit: "edit an item's body",
  new: 'new item',
  unpublish: 'unpublish',
  settings: 'site-settings edit',
};

/** What one change did in the CMS, and how to see it on the live site. */
type Step = { path: string; live: (status: number, html: string) => boolean };

/**
 * The change of run `run`, made through the admin API ("Publiceer" / "Publicatie
 * ongedaan maken"). The unpublish runs take back the items the "new" runs published.
 */
async function makeChange(admin: Admin, kind: ChangeKind, run: number, published: string[], editSlug: string): Promise<Step> {
  const marker = `Meetwijziging ${Date.now()}-${run}`;
  if (kind === 'new') {
    const slug = `meetbericht-${Date.now()}-${run}`;
    const created = await contentManager(admin, 'POST', `collection-types/${NEWS}/actions/publish`, {
      title: `Meetbericht ${slug}`,
      slug,
      date: new Date().toISOString().slice(0, 10),
      kind: 'nieuws',
      lead: 'Een bericht dat de benchmark publiceert om de tijd tot livegang te meten.',
    });
    published.push(String(created.data?.documentId));
    return { path: `/nieuws/${slug}/`, live: (status) => status === 200 };
  }
  if (kind === 'unpublish') {
    const documentId = published.shift();
    if (!documentId) throw new Error('nothing to unpublish: run the "new" changes first');
    const item = await contentManager(admin, 'POST', `collection-types/${NEWS}/${documentId}/actions/unpublish`, {});
    return { path: `/nieuws/${String(item.data?.slug)}/`, live: (status) => status === 404 };
  }
  if (kind === 'edit') {
    const found = await contentManager(admin, 'GET', `collection-types/${NEWS}?filters[slug][$eq]=${editSlug}`);
    const item = (found as unknown as { results: { documentId: string }[] }).results[0];
    if (!item) throw new Error(`the news item ${editSlug} to edit is not in the CMS`);
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: `${marker}: een aangepaste alinea.` }] }];
    await contentManager(admin, 'POST', `collection-types/${NEWS}/${item.documentId}/actions/publish`, { body });
    return { path: `/nieuws/${editSlug}/`, live: (_s, html) => html.includes(marker) };
  }
  await contentManager(admin, 'POST', `single-types/${SETTINGS}/actions/publish`, {
    footerText: `${marker}: de voettekst van elke pagina.`,
  });
  // The footer is on every page: the change is live when the oldest news item shows it.
  return { path: `/nieuws/${editSlug}/`, live: (_s, html) => html.includes(marker) };
}

/** The service's state file as it is now. */
const readState = (stateFile: string) => JSON.parse(readFileSync(stateFile, 'utf8')) as PublishState;

/** Whether `step`'s change is what the site serves now (false while the site does not answer). */
async function isLive(siteUrl: string, step: Step): Promise<boolean> {
  const response = await fetch(`${siteUrl}${step.path}`).catch(() => undefined);
  return response !== undefined && step.live(response.status, await response.text());
}

/** Polls until `step` is visible; returns false after `timeoutMs`. */
async function waitUntilLive(siteUrl: string, step: Step, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isLive(siteUrl, step)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

export type ChangeResult = {
  runs: number[];
  medianSeconds: number;
  /** Median milliseconds per phase of the service's builds for these runs, "wait" first (publish request until the build started). */
  phasesMs: Record<string, number>;
  /** Median pages rendered and restored unchanged per build. */
  rendered: number;
  restored: number;
};

export type PublishResult = {
  changes: Record<ChangeKind, ChangeResult>;
  /** A site-settings edit published by the service's full rebuild (`publish:rebuild --full`): what the incremental one is compared with. Absent in runs before it was measured. */
  fullRebuild?: ChangeResult;
};

const BUILD_PHASES = ['sync', 'render', 'release', 'index', 'index-write', 'check', 'switch'];

/** The profile of one publish: the wait before its build, then the service's own phases. */
function buildProfile(build: BuildRecord, requestedAt: number) {
  const phases: Record<string, number> = { wait: Math.max(0, Date.parse(build.startedAt) - requestedAt) };
  for (const name of BUILD_PHASES) phases[name] = build.phases[name] ?? 0;
  return { phases, rendered: build.rendered ?? 0, restored: build.restored ?? 0 };
}

/** Medians of a change's runs: its seconds, each phase, pages rendered and restored. */
function summarize(runs: number[], profiles: ReturnType<typeof buildProfile>[]): ChangeResult {
  const phaseNames = Object.keys(profiles[0]!.phases);
  return {
    runs,
    medianSeconds: median(runs),
    phasesMs: Object.fromEntries(phaseNames.map((name) => [name, median(profiles.map((p) => p.phases[name]!))])),
    rendered: median(profiles.map((p) => p.rendered)),
    restored: median(profiles.map((p) => p.restored)),
  };
}

/**
 * The build that made the change live: the last one that finished between the request and
 * the moment the change was seen (one that was already running may have read the change).
 */
function buildOf(stateFile: string, requestedAt: number, seenAt: number): BuildRecord | undefined {
  const state = readState(stateFile);
  return state.history
    .filter(
      (b) =>
        b.result === 'live' && b.finishedAt !== undefined && Date.parse(b.finishedAt) >= requestedAt && Date.parse(b.finishedAt) <= seenAt,
    )
    .at(-1);
}

/** Waits for the service to save the record of the build that made the change live (it saves just after the switch). */
async function recordedBuild(stateFile: string, requestedAt: number, seenAt: number): Promise<BuildRecord> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const build = buildOf(stateFile, requestedAt, seenAt + 1000);
    if (build) return build;
    if (Date.now() > deadline) throw new Error(`the publishing service recorded no build for this change in ${stateFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Publish-to-live for each kind of change: from the editor's request until the publishing
 * service serves the change, `runs` times per kind, one after another.
 */
export async function measurePublishToLive(
  options: { cmsUrl: string; siteUrl: string; jwt: string; runs: number; timeoutMs: number; stateFile: string; editSlug: string },
  onRun: (kind: ChangeKind, run: number, seconds: number) => void,
): Promise<PublishResult> {
  const admin = { cmsUrl: options.cmsUrl, jwt: options.jwt };
  const published: string[] = [];
  const changes = {} as Record<ChangeKind, ChangeResult>;
  for (const kind of CHANGE_KINDS) {
    const runs: number[] = [];
    const profiles: ReturnType<typeof buildProfile>[] = [];
    for (let i = 1; i <= options.runs; i++) {
      const requestedAt = Date.now();
      const started = performance.now();
      const step = await makeChange(admin, kind, i, published, options.editSlug);
      if (!(await waitUntilLive(options.siteUrl, step, options.timeoutMs)))
        throw new Error(
          `${CHANGE_LABELS[kind]} (${step.path}) was not live within ${options.timeoutMs / 1000} s; see the [publish] lines above`,
        );
      runs.push((performance.now() - started) / 1000);
      profiles.push(buildProfile(await recordedBuild(options.stateFile, requestedAt, Date.now()), requestedAt));
      onRun(kind, i, runs.at(-1)!);
      // Let the service go idle again, as between two editors' publishes.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    changes[kind] = summarize(runs, profiles);
  }
  return { changes };
}

/**
 * A site-settings edit published by the service's full rebuild instead (`npm run
 * publish:rebuild -- --full`): the same change, every page rendered, compressed and indexed
 * from nothing, every entry read. Each run edits the footer (live incrementally, not
 * timed), rolls the site back until the live pages show the old footer again, and
 * times the full rebuild from its request until its release is live (the switch, as the
 * service records it).
 */
export async function measureFullRebuild(options: {
  cmsUrl: string;
  siteUrl: string;
  jwt: string;
  secret: string;
  stateFile: string;
  editSlug: string;
  runs: number;
  timeoutMs: number;
}): Promise<ChangeResult> {
  const admin = { cmsUrl: options.cmsUrl, jwt: options.jwt };
  const service = async (pathname: string, expected: number) => {
    const response = await fetch(`${options.siteUrl}${pathname}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${options.secret}` },
    });
    if (response.status !== expected) throw new Error(`POST ${pathname} answered ${response.status}, not ${expected}`);
  };
  const runs: number[] = [];
  const profiles: ReturnType<typeof buildProfile>[] = [];
  for (let i = 1; i <= options.runs; i++) {
    await waitUntilIdle(options.stateFile, options.timeoutMs);
    const step = await makeChange(admin, 'settings', i, [], options.editSlug);
    if (!(await waitUntilLive(options.siteUrl, step, options.timeoutMs)))
      throw new Error('the site-settings edit before a full rebuild was not live');
    // Follow-up builds of the edit first; then back to a release without it (one without its follow-ups).
    await waitUntilIdle(options.stateFile, options.timeoutMs);
    for (let back = 0; await isLive(options.siteUrl, step); back++) {
      if (back === 5) throw new Error('five rollbacks did not reach a release without the site-settings edit');
      await service('/admin/rollback', 200);
    }
    const requestedAt = Date.now();
    await service('/admin/rebuild?full=1', 202);
    const build = await fullBuildAfter(options.stateFile, requestedAt, options.timeoutMs);
    if (!(await waitUntilLive(options.siteUrl, step, 5000))) throw new Error('the full rebuild did not bring the site-settings edit back');
    runs.push((Date.parse(build.finishedAt!) - requestedAt) / 1000);
    profiles.push(buildProfile(build, requestedAt));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return summarize(runs, profiles);
}

/** Waits until the service has no build running or waiting, for a second in a row. */
async function waitUntilIdle(stateFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let idleSince: number | undefined;
  while (Date.now() < deadline) {
    const state = readState(stateFile);
    const idle = state.pending.length === 0 && !state.history.some((b) => b.result === 'running');
    idleSince = idle ? (idleSince ?? Date.now()) : undefined;
    if (idleSince !== undefined && Date.now() - idleSince >= 1000) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the publishing service was still building after ${timeoutMs / 1000} s`);
}

/** Waits for the first full build started after `requestedAt` to go live; throws when it failed or took too long. */
async function fullBuildAfter(stateFile: string, requestedAt: number, timeoutMs: number): Promise<BuildRecord> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = readState(stateFile);
    const build = state.history.find((b) => b.full && Date.parse(b.startedAt) >= requestedAt && b.result !== 'running');
    if (build?.result === 'failed') throw new Error(`the full rebuild failed: ${build.error ?? 'see the [publish] lines above'}`);
    if (build?.result === 'live' && build.finishedAt) return build;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the full rebuild was not live within ${timeoutMs / 1000} s; see the [publish] lines above`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
