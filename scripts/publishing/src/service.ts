import { realpathSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { amsterdam, daysFrom } from '@wsd/shared-types';
import { previewGateway, type PreviewOptions } from './preview/preview-gateway.ts';
import { createHardenedServer, DEFAULT_LIMITS, type Limits } from './serve/hardened-server.ts';
import { redirectLookup } from './serve/redirect-map.ts';
import { SECURITY_HEADERS, staticHandler } from './serve/static-server.ts';
import { buildSummaries } from './build-summaries.ts';
import { asChange, changeFromWebhook, type Change } from './changes.ts';
import { Coalescer } from './coalescer.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import { entryQuery, entryReport, liveLinks } from './entry-report.ts';
import type { Logger } from './log.ts';
import type { Publisher } from './publisher.ts';
import type { Releases } from './releases.ts';
import type { StateStore } from './state-store.ts';
import { verifyBearer } from './verify-secret.ts';
import { createWebhookHandler } from './webhook-handler.ts';

export type ServiceOptions = {
  releases: Releases;
  state: StateStore;
  publisher: Publisher;
  log: Logger;
  secret: string;
  cmsUrl: string;
  token: string;
  quietMs?: number;
  maxDelayMs?: number;
  /** How often the CMS content is compared with the live release (0 = never). */
  reconcileMs?: number;
  /** When the nightly full rebuild runs, as "HH:MM" in Europe/Amsterdam; undefined = never. */
  fullRebuildAt?: string;
  /** Draft previews under /preview/ (signed links from the CMS); off when absent. */
  preview?: PreviewOptions;
  /** Timeouts and connections per client of the HTTP server. */
  limits?: Limits;
  /** Public URL of the site, for the admin's "Bekijk op site" links. */
  siteUrl?: string;
  /** Folder of redirect maps (old WordPress addresses → new paths), answered with 301. */
  redirectsDir?: string;
};

/** Reasons from reconciliation are not persisted: the next reconciliation finds them again. */
const RECONCILE = 'reconciliation:';
/** How often the service looks whether the nightly full rebuild is due. */
const SCHEDULE_CHECK_MS = 60_000;

const json = (res: ServerResponse, status: number, body: unknown) =>
  res
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
    .end(JSON.stringify(body, null, 2));

/**
 * The publishing service: receives Strapi webhooks, coalesces them into builds, makes
 * releases live atomically, reconciles with the CMS on an interval, and serves the live
 * release on the same port.
 */
export function createPublishingService(options: ServiceOptions) {
  const { releases, state, publisher, log } = options;
  const coalescer = new Coalescer<Change>({
    quietMs: options.quietMs,
    maxDelayMs: options.maxDelayMs,
    build: async (changes) => {
      await publisher.rebuild(changes);
      // Only a build that went live consumes the persisted changes it covered (in order);
      // after a failure they stay pending, so a restart or the next event retries them.
      const persisted = changes.filter((c) => !c.description.startsWith(RECONCILE)).length;
      state.update((s) => (s.pending = s.pending.slice(persisted)));
    },
    onError: () => undefined,
  });
  const notify = (change: Change, persist = true) => {
    try {
      if (persist) state.update((s) => s.pending.push(change));
    } catch (error) {
      // A full disk must not drop the event: it is still built now, only not remembered across a restart.
      log('error', 'could not save a pending change; it is built but would be lost by a restart', { change, error: String(error) });
    }
    coalescer.notify(change);
  };

  const preview = options.preview ? previewGateway(options.preview) : undefined;
  const webhook = createWebhookHandler({
    secret: options.secret,
    onRebuildEvent: (payload, description) => notify(changeFromWebhook(payload, description)),
  });
  const liveRoot = () => realpathSync(releases.current);
  const serveSite = staticHandler(liveRoot, () =>
    releases
      .list()
      .reverse()
      .map((id) => releases.pathOf(id)),
  );

  const redirect = options.redirectsDir
    ? redirectLookup(options.redirectsDir, (file, error) =>
        log('error', `redirect map ${file} is not valid JSON; skipped`, { error: String(error) }),
      )
    : undefined;

  const status = () => {
    const s = state.get();
    return {
      live: releases.live() ?? null,
      releases: releases.list(),
      building: coalescer.state.building,
      queue: coalescer.state.pending,
      pending: s.pending,
      livePages: s.livePages ?? null,
      lastBuild: s.history.at(-1) ?? null,
      history: s.history,
    };
  };

  /** Changes not yet built: waiting in this process, or remembered from before a restart. */
  const waiting = (): Change[] => [...coalescer.state.pending, ...state.get().pending.map(asChange)];

  /** What the admin shows: the last builds in Dutch and the live state. */
  const builds = () => ({
    live: releases.live() ?? null,
    liveSince: state.get().history.findLast((r) => r.result === 'live')?.finishedAt ?? null,
    building: coalescer.state.building,
    waiting: coalescer.state.pending.length,
    builds: buildSummaries(state.get().history),
  });

  const publicStatus = () => ({ live: Boolean(releases.live()), healthy: state.get().history.at(-1)?.result !== 'failed' });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/hooks/strapi' && req.method === 'POST') return webhook(req, res);
    if (url.pathname === '/healthz')
      return json(res, releases.live() ? 200 : 503, { ok: Boolean(releases.live()), live: releases.live() ?? null });
    // Anyone may see whether the site is live; what was built, when and why (slugs of
    // drafts included) only the CLI and the CMS, with the service secret.
    if (url.pathname === '/status') {
      if (!verifyBearer(req.headers.authorization, options.secret)) return json(res, 200, publicStatus());
      return json(res, 200, status());
    }
    // For the admin, through the CMS (which holds the secret): one entry's state and the build list.
    if (url.pathname === '/status/entry' || url.pathname === '/status/builds' || url.pathname === '/status/links') {
      if (!verifyBearer(req.headers.authorization, options.secret)) return json(res, 401, { error: 'Niet geautoriseerd' });
      if (url.pathname === '/status/builds') return json(res, 200, builds());
      if (url.pathname === '/status/links') {
        const links = liveLinks(url.searchParams, releases.live() ? liveRoot() : null, options.siteUrl);
        return json(res, 'error' in links ? 400 : 200, links);
      }
      const query = entryQuery(url.searchParams);
      if ('error' in query) return json(res, 400, query);
      const root = releases.live() ? liveRoot() : null;
      return json(
        res,
        200,
        entryReport({ history: state.get().history, waiting: waiting(), query, liveRoot: root, siteUrl: options.siteUrl }),
      );
    }
    if (preview && url.pathname.startsWith('/preview/')) return preview(req, res);
    if (url.pathname === '/admin/rebuild' || url.pathname === '/admin/rollback') {
      if (req.method !== 'POST' || !verifyBearer(req.headers.authorization, options.secret))
        return json(res, 401, { error: 'Niet geautoriseerd' });
      if (url.pathname === '/admin/rebuild') {
        const full = url.searchParams.get('full') === '1';
        // Who asked (a name the CMS passes on), for the admin's build list.
        const by = url.searchParams
          .get('by')
          ?.replace(/[^\p{L}\p{N} .'-]/gu, '')
          .slice(0, 80)
          .trim();
        notify({ description: `${full ? 'full rebuild requested' : 'rebuild requested'}${by ? ` by ${by}` : ''}`, full });
        return json(res, 202, { accepted: true, full });
      }
      const id = releases.rollback();
      log('warn', `rolled back to ${id}`);
      return json(res, 200, { live: id });
    }
    if (!releases.live()) return json(res, 503, { error: 'De site wordt voor het eerst gebouwd; probeer het zo opnieuw.' });
    const target = (req.method === 'GET' || req.method === 'HEAD') && redirect?.(req.headers.host, url.pathname, url.search);
    // An old address equal to its new one (a WordPress permalink like /nieuws/titel/) is just served.
    if (target && target.replace(/\/+$/, '') !== url.pathname.replace(/\/+$/, ''))
      return void res.writeHead(301, { Location: target, 'Cache-Control': 'public, max-age=3600', ...SECURITY_HEADERS }).end();
    return serveSite(req, res);
  }

  /** Rebuilds when the CMS content differs from what the live release was built from. */
  async function reconcile() {
    if (coalescer.state.building || coalescer.state.pending.length > 0) return;
    try {
      const fingerprint = await contentFingerprint(options.cmsUrl, options.token);
      if (fingerprint.digest !== state.get().liveFingerprint) {
        log('info', 'reconciliation: the CMS content differs from the live release', { fingerprint: fingerprint.digest });
        notify({ description: `${RECONCILE} content changed` }, false);
      }
    } catch (error) {
      log('warn', 'reconciliation: the CMS did not answer', { error: String(error) });
    }
  }

  /** When this process last asked for a full build (start, schedule): one still running counts as done. */
  let fullRequestedAt = 0;

  /** The nightly full rebuild: due once the day's time has passed and the last full build (done or asked for) is older. */
  function scheduleDue(now = new Date()): boolean {
    if (!options.fullRebuildAt) return false;
    const due = new Date(amsterdam(daysFrom(now, 0), options.fullRebuildAt)).getTime();
    const done = state.get().lastFullBuildAt;
    const last = Math.max(done ? Date.parse(done) : 0, fullRequestedAt);
    return now.getTime() >= due && last < due;
  }

  let server: Server | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let scheduleTimer: ReturnType<typeof setInterval> | undefined;
  return {
    coalescer,
    status,
    reconcile,
    scheduleDue,
    async listen(port: number, host = '127.0.0.1') {
      server = createHardenedServer(
        (req, res) => void handle(req, res).catch((error: unknown) => json(res, 500, { error: String(error) })),
        options.limits ?? DEFAULT_LIMITS,
      );
      await new Promise<void>((resolve, reject) => server!.once('error', reject).listen(port, host, resolve));
      // A start always rebuilds fully (the search index lives in this process): it also
      // covers every change made while the service was down.
      const pending = state.get().pending.map(asChange);
      if (pending.length > 0) log('info', `resuming ${pending.length} pending change(s) from before the restart`);
      fullRequestedAt = Date.now();
      coalescer.notifyAll([{ description: releases.live() ? 'start: full rebuild' : 'first build', full: true }, ...pending]);
      if (options.reconcileMs) timer = setInterval(() => void reconcile(), options.reconcileMs);
      scheduleTimer = setInterval(() => {
        if (!scheduleDue()) return;
        fullRequestedAt = Date.now();
        notify({ description: 'nightly full rebuild', full: true }, false);
      }, SCHEDULE_CHECK_MS);
      const address = server.address();
      return typeof address === 'object' && address ? address.port : port;
    },
    /** Stops without waiting for the quiet window: pending changes are in state.json and are built after the next start. A running build is allowed to finish. */
    async close() {
      if (timer) clearInterval(timer);
      if (scheduleTimer) clearInterval(scheduleTimer);
      coalescer.cancel();
      await coalescer.idle();
      await publisher.settled();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
}
