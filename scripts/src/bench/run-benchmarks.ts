import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { launchBrowser } from '@wsd/test-harness/browser';
import { freePort } from '@wsd/ops-lib/free-port';
import { detail, seconds, step } from '@wsd/ops-lib/log';
import { ROOT } from '@wsd/ops-lib/paths';
import { startService, stopServices } from '@wsd/ops-lib/processes';
import { waitForUrl } from '@wsd/ops-lib/wait-for';
import { startBenchCms, type BenchCms, type BenchDatabase } from './bench-cms.ts';
import { measureApi, newsListUrls } from './measure-api.ts';
import { measureBuild, type BuildResult } from './measure-build.ts';
import { measureLighthouse } from './measure-lighthouse.ts';
import { measurePageWeights } from './measure-page-weight.ts';
import { adminLogin, CHANGE_KINDS, CHANGE_LABELS, measureFullRebuild, measurePublishToLive } from './measure-publish.ts';
import { sampleTreeMemory } from './memory-sampler.ts';
import { measureSearch } from './measure-search.ts';
import { measureSitePages } from './measure-site-pages.ts';
import { pageTypes } from './page-types.ts';
import { checkTargets, type BenchRun, type SizeResult } from './results.ts';

export type BenchOptions = {
  /** Synthetic news items per data set; 0 is the demo content alone. */
  sizes: number[];
  database: BenchDatabase;
  /** Quick run for the test command: one publish, two Lighthouse pages, a short API load. */
  smoke: boolean;
};

/** A demo news item with a cover image: the same page is weighed at every size. */
const WEIGHED_NEWS = 'noord-holland-presenteert-kennisagenda-2023-2026';

/** Prints a line every 15 s while a long step runs, so the terminal never looks stuck. */
async function withHeartbeat<T>(label: string, work: Promise<T>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => detail(`… ${label} (${seconds(started)})`), 15_000);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** The publishing service as in production, on its own port and release folder. */
async function startPublishing(cms: BenchCms, port: number, dir: string) {
  const url = `http://127.0.0.1:${port}`;
  const service = startService('publish', process.execPath, ['scripts/publishing/src/cli.ts', 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      SITE_PORT: String(port),
      // The CMS's port, so the derived-URL check agrees with CMS_URL.
      PORT: new URL(cms.url).port,
      SITE_URL: url,
      PUBLISH_DIR: dir,
      CMS_URL: cms.url,
      SITE_API_TOKEN: cms.env.SITE_API_TOKEN,
      PUBLISH_WEBHOOK_SECRET: cms.env.PUBLISH_WEBHOOK_SECRET,
      // Previews are not measured: no preview server build next to the site builds.
      PREVIEW_SECRET: '',
    },
    prefix: '    [publish]',
    quiet: true,
  });
  await waitForUrl(`${url}/healthz`, { timeoutMs: 30 * 60_000, isAlive: () => service.child.exitCode === null }).catch((error: unknown) => {
    throw new Error(`The publishing service did not start; its last output:\n${service.tail.slice(-30).join('\n')}`, { cause: error });
  });
  return { url, pid: service.child.pid!, stop: () => stopServices([service]) };
}

/** Every measurement at one data-set size, on a CMS and publishing service of its own. */
async function measureSize(count: number, options: BenchOptions, isLargest: boolean): Promise<SizeResult> {
  const label = count === 0 ? 'demo content' : `${count.toLocaleString('en')} news items`;
  const work = mkdtempSync(path.join(tmpdir(), 'wsd-bench-'));
  const servicePort = await freePort();
  const siteUrl = `http://127.0.0.1:${servicePort}`;
  let started = Date.now();
  step(`[${label}] Seeding a fresh CMS (${options.database})…`);
  const cms = await withHeartbeat(
    'seeding (10,000 items take about 6 minutes)',
    startBenchCms({ count, database: options.database, port: await freePort(), webhookUrl: `${siteUrl}/hooks/strapi` }),
  );
  const stops: (() => Promise<void>)[] = [cms.stop];
  try {
    detail(`CMS ready in ${seconds(started)}`);
    const token = cms.env.SITE_API_TOKEN!;
    const dist = path.join(work, 'dist');
    const builds = [];
    for (const kind of ['first build, images not optimised yet', 'rebuild, caches warm']) {
      step(`[${label}] Full build (sync + Astro + Pagefind): ${kind}…`);
      rmSync(dist, { recursive: true, force: true });
      const build = await withHeartbeat('building', measureBuild({ url: cms.url, token }, dist, siteUrl));
      detail(`${build.pages} pages in ${build.seconds.toFixed(1)} s, peak ${build.peakMemoryMb.toFixed(0)} MB`);
      builds.push(build);
    }
    const [coldBuild, build] = builds as [BuildResult, BuildResult];
    const sitePages = measureSitePages(dist, siteUrl);
    detail(
      `largest page ${sitePages.largest.pathname} ${(sitePages.largest.raw / 1024).toFixed(1)} KB (${(sitePages.largestGzip.gzip / 1024).toFixed(1)} KB gzipped at most); items at most ${sitePages.maxItemDepth} clicks from home, ${sitePages.unreachableItems.length} unreachable`,
    );

    started = Date.now();
    step(`[${label}] Starting the publishing service (its first build)…`);
    const releasesDir = path.join(work, 'releases');
    const publishing = await withHeartbeat('first build', startPublishing(cms, servicePort, releasesDir));
    stops.unshift(publishing.stop);
    detail(`live in ${seconds(started)}`);
    step(`[${label}] Publish-to-live…`);
    const jwt = await adminLogin(cms.url, cms.env.DEMO_ADMIN_EMAIL!, cms.env.DEMO_ADMIN_PASSWORD!);
    // The service and its build workers together, through every change.
    const memory = sampleTreeMemory(publishing.pid);
    const publish = await measurePublishToLive(
      {
        cmsUrl: cms.url,
        siteUrl,
        jwt,
        runs: options.smoke ? 1 : 5,
        timeoutMs: 20 * 60_000,
        stateFile: path.join(releasesDir, 'state.json'),
        editSlug: WEIGHED_NEWS,
      },
      (kind, run, s) => detail(`${CHANGE_LABELS[kind]}, run ${run}: ${s.toFixed(1)} s`),
    );
    step(`[${label}] A site-settings edit published by a full rebuild (publish:rebuild --full), to compare…`);
    publish.fullRebuild = await withHeartbeat(
      'full rebuild',
      measureFullRebuild({
        cmsUrl: cms.url,
        jwt,
        editSlug: WEIGHED_NEWS,
        siteUrl,
        secret: cms.env.PUBLISH_WEBHOOK_SECRET!,
        stateFile: path.join(releasesDir, 'state.json'),
        runs: options.smoke ? 1 : 3,
        timeoutMs: 20 * 60_000,
      }),
    );
    detail(
      `full rebuild: median ${publish.fullRebuild.medianSeconds.toFixed(1)} s, phases (ms) ${JSON.stringify(publish.fullRebuild.phasesMs)}`,
    );
    const publishingPeakMb = memory.stop() / 2 ** 20;
    for (const kind of CHANGE_KINDS)
      detail(
        `${CHANGE_LABELS[kind]}: median ${publish.changes[kind].medianSeconds.toFixed(1)} s, phases (ms) ${JSON.stringify(publish.changes[kind].phasesMs)}`,
      );
    const publishingPeakProcesses = memory.atPeak();
    detail(
      `publishing service peak memory ${publishingPeakMb.toFixed(0)} MB: ${publishingPeakProcesses.map((p) => `${p.command} ${p.mb}`).join(', ')}`,
    );

    step(`[${label}] Page weight and search in Chromium…`);
    const pages = pageTypes(dist, WEIGHED_NEWS);
    const browser = await launchBrowser();
    const [pageWeights, search] = await (async () => {
      try {
        return [
          await measurePageWeights(browser, siteUrl, pages),
          await measureSearch(browser, siteUrl, dist, ['eenzaamheid', 'samenwerking']),
        ] as const;
      } finally {
        await browser.close();
      }
    })();
    detail(
      `index ${(search.indexBytes / 1024).toFixed(0)} KB; first query ${(search.first.bytes / 1024).toFixed(1)} KB in ${search.first.milliseconds.toFixed(0)} ms`,
    );

    const result: SizeResult = {
      size: count === 0 ? 'demo' : String(count),
      newsItems: count,
      coldBuild,
      build,
      publish,
      publishingPeakMb,
      publishingPeakProcesses,
      sitePages,
      pageWeights,
      search,
    };
    if (count === 0) {
      step(`[${label}] Lighthouse (mobile) per page type…`);
      const lighthousePages = options.smoke ? pages.filter((p) => ['home', 'nieuwsbericht'].includes(p.type)) : pages;
      result.lighthouse = await measureLighthouse(siteUrl, lighthousePages, (s) =>
        detail(`${s.type}: ${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`),
      );
    }
    if (isLargest) {
      step(`[${label}] CMS list endpoint under load (8 readers, second process)…`);
      const listPages = Math.max(1, Math.ceil((count + 10) / 100));
      result.api = await measureApi({ urls: newsListUrls(cms.url, listPages), token, connections: 8, seconds: options.smoke ? 3 : 20 });
      detail(`${result.api.requestsPerSecond.toFixed(0)} req/s, p50 ${result.api.p50Ms} ms, p99 ${result.api.p99Ms} ms`);
    }
    return result;
  } finally {
    for (const stop of stops) await stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs every size in turn (smallest first) and checks the targets. */
export async function runBenchmarks(options: BenchOptions): Promise<BenchRun> {
  const startedAt = new Date().toISOString();
  const sizes: SizeResult[] = [];
  const ordered = [...options.sizes].sort((a, b) => a - b);
  for (const count of ordered) sizes.push(await measureSize(count, options, count === ordered.at(-1)));
  return {
    startedAt,
    machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.versions.node },
    database: options.database,
    smoke: options.smoke,
    sizes,
    targets: checkTargets(sizes),
  };
}
