import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildConfig, buildFailure, buildReport, type BuildConfigInput, type BuildFailure, type BuildReport } from '@wsd/shared-types';
import { bin, SITE_DIR } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';
import type { BuildReply, BuildRequest } from './build-worker.ts';

/** What a site build did: Astro's phases, its files, and how many pages it rendered or left unchanged. */
export type SiteBuildResult = BuildReport & { files: string[]; written: string[]; rendered: number; restored: number };

/** The file the site's build-files integration writes into the build folder. */
export const BUILD_FILES = '.wsd-build-files.json';
const WORKER = path.join(import.meta.dirname, 'build-worker.ts');

/** One build of the site: its settings (written as the build configuration file) and whether to start from nothing. */
export type SiteBuildRequest = { config: BuildConfigInput; full: boolean };

/** Builds the site as the request says (the service's: `astroWorker`; tests: a fake). */
export type SiteBuilder = (request: SiteBuildRequest) => Promise<SiteBuildResult>;

/** A build failed because of the content or the CMS: the entry and field at fault, as data. */
export class SiteBuildFailure extends Error {
  override name = 'SiteBuildFailure';
  readonly failure: BuildFailure;
  constructor(failure: BuildFailure, options?: { cause?: unknown }) {
    super(failure.message, options);
    this.failure = failure;
  }
}

export type WorkerOptions = {
  /** The build configuration file the worker's builds read (its path never changes). */
  configFile: string;
  /** Replace the worker after a build once it uses more memory than this (default DEFAULT_RECYCLE_MB). */
  recycleMb?: number;
  /** The worker's JavaScript heap limit in MB (default DEFAULT_BUILD_HEAP_MB). */
  heapMb?: number;
  env?: NodeJS.ProcessEnv;
  /** The worker program (tests: a fake that answers like build-worker.ts). */
  workerScript?: string;
};

/**
 * The build worker's heap limit. Without one, V8 lets the heap of a 12,000-page render grow
 * to 1.6 GB before it collects; at 768 MB the 10,000-item site renders as fast.
 */
export const DEFAULT_BUILD_HEAP_MB = 768;

/**
 * The worker's resident memory after a build above which it is replaced. Every build
 * imports the pages it just bundled, and Node never unloads a module: the content data
 * store those modules embed stays, about 65 MB of heap and 25 MB outside it per build
 * at 10,000 items. Measured there: a fresh worker holds 1.0 GB after its first
 * build; at 1,100 MB it is replaced every second or third build, and its replacement
 * starts while the publish finishes.
 */
export const DEFAULT_RECYCLE_MB = 1100;

/** The error of a worker that ran out of heap, with what to do. */
export function outOfMemory(tail: string[], heapMb: number): Error | undefined {
  if (!tail.some((line) => /JavaScript heap out of memory|Reached heap limit/.test(line))) return undefined;
  return new Error(
    `The site build ran out of memory (its limit is PUBLISH_BUILD_HEAP_MB=${heapMb} MB): raise PUBLISH_BUILD_HEAP_MB and restart the publishing service. The live site is unchanged.`,
  );
}

/** What a build worker said last: the tail of its output, for errors. */
type Worker = { child: ChildProcess; ready: Promise<void>; tail: string[] };

/**
 * Builds the site in a long-lived worker process (build-worker.ts) that keeps Astro and
 * Vite loaded between builds: a build of a few changed pages takes about a second instead
 * of three. The worker is replaced when its memory passes `recycleMb` (the replacement
 * starts at once, so the next build finds it loaded), and started again
 * after a crash. The result comes from the build's report and file list; a failure because
 * of an entry or the CMS comes from its failure file.
 */
export function astroWorker(options: WorkerOptions) {
  let worker: Worker | undefined;
  let nextId = 1;
  const recycleMb = options.recycleMb ?? DEFAULT_RECYCLE_MB;
  const heapMb = options.heapMb ?? DEFAULT_BUILD_HEAP_MB;

  const start = (): Worker => {
    const child = fork(options.workerScript ?? WORKER, [], {
      cwd: SITE_DIR,
      env: { ...(options.env ?? process.env), WSD_BUILD_CONFIG: options.configFile, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      execArgv: [...process.execArgv, `--max-old-space-size=${heapMb}`],
    });
    const tail: string[] = [];
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        tail.push(line);
        if (tail.length > 60) tail.shift();
      });
    }
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      // 'close', not 'exit': the last lines of its output (an out-of-memory report) are read by then.
      child.once('close', (code) =>
        reject(outOfMemory(tail, heapMb) ?? new Error(`The build worker stopped before it was ready (exit ${code}):\n${tail.join('\n')}`)),
      );
    });
    child.on('exit', () => {
      if (worker?.child === child) worker = undefined;
    });
    return { child, ready, tail };
  };

  const runBuild = async (force: boolean): Promise<void> => {
    worker ??= start();
    const current = worker;
    await current.ready;
    const id = nextId++;
    const reply = await new Promise<BuildReply>((resolve, reject) => {
      const onMessage = (message: BuildReply) => {
        if (message.id !== id) return;
        current.child.off('close', onExit);
        current.child.off('message', onMessage);
        resolve(message);
      };
      const onExit = (code: number | null) =>
        reject(
          outOfMemory(current.tail, heapMb) ??
            new Error(`The build worker stopped during a build (exit ${code}):\n${current.tail.join('\n')}`),
        );
      current.child.on('message', onMessage);
      current.child.once('close', onExit);
      current.child.send({ id, force } satisfies BuildRequest);
    });
    if (reply.rssMb > recycleMb) {
      current.child.kill();
      // The replacement loads Astro and Vite now, while this publish finishes, so the next build does not wait for it.
      worker = start();
      worker.ready.catch(() => undefined); // a failed start is reported to the next build, which awaits it
    }
    if (!reply.ok) throw new Error(`astro build failed: ${reply.message}\n${current.tail.slice(-25).join('\n')}`);
  };

  const builder: SiteBuilder = async ({ config, full }) => {
    const settings = buildConfig.parse(config);
    if (!settings.outDir || !settings.reportFile || !settings.failureFile)
      throw new Error('A service build needs outDir, reportFile and failureFile.');
    writeFileSync(options.configFile, JSON.stringify(settings), { mode: 0o600 });
    rmSync(settings.failureFile, { force: true });
    if (full) rmSync(settings.outDir, { recursive: true, force: true });
    try {
      await runBuild(full);
    } catch (error) {
      if (existsSync(settings.failureFile)) {
        const failure = buildFailure.safeParse(JSON.parse(readFileSync(settings.failureFile, 'utf8')));
        if (failure.success) throw new SiteBuildFailure(failure.data, { cause: error });
      }
      throw error;
    }
    const files = JSON.parse(readFileSync(path.join(settings.outDir, BUILD_FILES), 'utf8')) as Omit<SiteBuildResult, keyof BuildReport>;
    return { ...buildReport.parse(JSON.parse(readFileSync(settings.reportFile, 'utf8'))), ...files };
  };
  return {
    build: builder,
    /** Stops the worker (service shutdown). */
    close: () => worker?.child.kill(),
  };
}

/** The environment of a standalone `astro build` (preview server, benchmarks, backups): the site reads its settings from it. */
export function astroBuildEnv(cmsUrl: string, token: string, outDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    CMS_URL: cmsUrl,
    MEDIA_BASE_URL: cmsUrl,
    SITE_API_TOKEN: token,
    SITE_OUT_DIR: outDir,
    WSD_SNAPSHOT: '',
    WSD_BUILD_CONFIG: '',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** A standalone `astro build` of the whole site from the CMS into `outDir`, search index included. */
export function astroBuilder(cmsUrl: string, token: string, env: NodeJS.ProcessEnv = process.env): (outDir: string) => Promise<void> {
  return (outDir) => run(bin('astro'), ['build'], { cwd: SITE_DIR, env: astroBuildEnv(cmsUrl, token, outDir, env), quiet: true });
}
