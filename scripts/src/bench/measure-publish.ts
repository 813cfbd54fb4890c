import { readFileSync } from 'node:fs';
import type { PublishState } from '../publishing/state-store.ts';

const NEWS = 'api::nieuwsbericht.nieuwsbericht';

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

/** Creates and publishes one news item through the admin API (the editor's "Publiceer"). */
async function publishNews(cmsUrl: string, jwt: string, slug: string): Promise<void> {
  const response = await fetch(`${cmsUrl}/content-manager/collection-types/${NEWS}/actions/publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` },
    body: JSON.stringify({
      title: `Meetbericht ${slug}`,
      slug,
      date: new Date().toISOString().slice(0, 10),
      kind: 'nieuws',
      lead: 'Een bericht dat de benchmark publiceert om de tijd tot livegang te meten.',
    }),
  });
  if (!response.ok) throw new Error(`publishing ${slug} failed: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`);
}

/** Polls until the page answers 200; returns false after `timeoutMs`. */
async function waitForPage(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    await response?.arrayBuffer();
    if (response?.status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

export type PublishResult = {
  runs: number[];
  medianSeconds: number;
  /** Median milliseconds per phase of the service's builds for these runs (fingerprint, build, compress, check, switch). */
  phasesMs: Record<string, number>;
};

/** The publishing service's own record of its last `count` live builds: the profile of publish-to-live. */
export function medianPhases(stateFile: string, count: number): Record<string, number> {
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as PublishState;
  const builds = state.history.filter((b) => b.result === 'live').slice(-count);
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.phases)))];
  return Object.fromEntries(names.map((name) => [name, median(builds.map((b) => b.phases[name] ?? 0))]));
}

/**
 * Publish-to-live: from the editor's publish request until the publishing service serves
 * the new page (webhook, quiet window, build, switch), `runs` times one after another.
 */
export async function measurePublishToLive(
  options: { cmsUrl: string; siteUrl: string; jwt: string; runs: number; timeoutMs: number; stateFile: string },
  onRun: (run: number, seconds: number) => void,
): Promise<PublishResult> {
  const runs: number[] = [];
  for (let i = 1; i <= options.runs; i++) {
    const slug = `meetbericht-${Date.now()}-${i}`;
    const started = performance.now();
    await publishNews(options.cmsUrl, options.jwt, slug);
    if (!(await waitForPage(`${options.siteUrl}/nieuws/${slug}/`, options.timeoutMs))) {
      throw new Error(`news item ${slug} was not live within ${options.timeoutMs / 1000} s; see the [publish] lines above`);
    }
    runs.push((performance.now() - started) / 1000);
    onRun(i, runs.at(-1)!);
  }
  return { runs, medianSeconds: median(runs), phasesMs: medianPhases(options.stateFile, options.runs) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
