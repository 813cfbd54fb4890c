import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { configFromSettings } from '../src/create-publisher.ts';
import { readServiceSettings } from '../src/settings.ts';
import { astroWorker, DEFAULT_BUILD_HEAP_MB, DEFAULT_RECYCLE_MB } from '../src/site-builder.ts';

const required = {
  CMS_URL: 'http://127.0.0.1:1337',
  SITE_URL: 'http://127.0.0.1:4321',
  SITE_API_TOKEN: 'token',
  PUBLISH_WEBHOOK_SECRET: 'secret',
};
const log = () => undefined;

describe('the publishing service settings', () => {
  it('fill in the defaults, the build heap included', () => {
    const settings = readServiceSettings(required);
    expect(settings).toMatchObject({
      PUBLISH_QUIET_MS: 2000,
      PUBLISH_KEEP_RELEASES: 5,
      PUBLISH_BUILD_HEAP_MB: DEFAULT_BUILD_HEAP_MB,
      PUBLISH_WORKER_RECYCLE_MB: DEFAULT_RECYCLE_MB,
    });
    expect(configFromSettings(settings, log)).toMatchObject({ buildHeapMb: DEFAULT_BUILD_HEAP_MB, workerRecycleMb: DEFAULT_RECYCLE_MB });
    const raised = readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '2048', PUBLISH_WORKER_RECYCLE_MB: '3000' });
    expect(configFromSettings(raised, log)).toMatchObject({ buildHeapMb: 2048, workerRecycleMb: 3000 });
  });

  it('a typo stops the service with the variable, what it expects and what was given', () => {
    expect(() => readServiceSettings({ ...required, PUBLISH_QUIET_MS: '2s' })).toThrow(
      "PUBLISH_QUIET_MS must be a whole number of milliseconds, got '2s'.",
    );
    expect(() => readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '1G' })).toThrow(
      "PUBLISH_BUILD_HEAP_MB must be a whole number of megabytes, e.g. 768, got '1G'.",
    );
    expect(() => readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '64' })).toThrow(
      "PUBLISH_BUILD_HEAP_MB must be at least 256 (megabytes), got '64'.",
    );
    expect(() => readServiceSettings({ ...required, PUBLISH_WORKER_RECYCLE_MB: '1.5GB' })).toThrow(
      "PUBLISH_WORKER_RECYCLE_MB must be a whole number of megabytes, e.g. 1100, got '1.5GB'.",
    );
  });
});

/** A build's settings with every file inside `dir` and a CMS nobody listens on. */
const buildSettings = (dir: string) => ({
  cmsUrl: 'http://127.0.0.1:9',
  token: 't',
  siteUrl: 'http://127.0.0.1:9',
  mediaBaseUrl: 'http://127.0.0.1:9',
  publicMediaUrl: 'http://127.0.0.1:9',
  outDir: path.join(dir, 'out'),
  reportFile: path.join(dir, 'report.json'),
  failureFile: path.join(dir, 'failure.json'),
});

describe('the build worker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('that runs out of heap says so, with the setting to raise', async () => {
    // 16 MB cannot even load Astro: the worker dies of heap exhaustion before its first build.
    const worker = astroWorker({ configFile: path.join(dir, 'build-config.json'), heapMb: 16 });
    const build = worker.build({ full: true, config: buildSettings(dir) });
    await expect(build).rejects.toThrow(
      'The site build ran out of memory (its limit is PUBLISH_BUILD_HEAP_MB=16 MB): raise PUBLISH_BUILD_HEAP_MB and restart the publishing service. The live site is unchanged.',
    );
    worker.close();
  }, 60_000);

  /** Builds with the fake worker, which claims `rssMb` after each build; returns the log lines (start/build and a pid). */
  async function fakeBuilds(
    rssMb: number,
    recycleMb: number,
    builds: number,
    afterEach: (log: () => string[], built: number) => Promise<void>,
  ) {
    const workDir = mkdtempSync(path.join(dir, 'fake-'));
    const logFile = path.join(workDir, 'worker.log');
    writeFileSync(logFile, '');
    const readLog = () => readFileSync(logFile, 'utf8').trim().split('\n');
    const worker = astroWorker({
      configFile: path.join(workDir, 'build-config.json'),
      recycleMb,
      workerScript: path.join(import.meta.dirname, 'fixtures', 'fake-build-worker.ts'),
      env: { ...process.env, FAKE_WORKER_LOG: logFile, FAKE_RSS_MB: String(rssMb) },
    });
    try {
      for (let i = 0; i < builds; i++) {
        const result = await worker.build({ full: false, config: { ...buildSettings(workDir) } });
        expect(result.pages).toBe(1);
        await afterEach(readLog, i + 1);
      }
      return readLog();
    } finally {
      worker.close();
    }
  }

  it('past its memory limit is replaced at once, and the next build runs on the replacement', async () => {
    const lines = await fakeBuilds(1500, 1100, 2, async (log, built) => {
      // The replacement starts right after the build, before anyone asks for the next one.
      await vi.waitFor(() => expect(log().filter((line) => line.startsWith('start'))).toHaveLength(built + 1), { timeout: 10_000 });
    });
    const pids = lines.map((l) => l.split(' ')[1]);
    const [first, second, third] = [...new Set(pids)];
    expect(lines).toEqual([`start ${first}`, `build ${first}`, `start ${second}`, `build ${second}`, `start ${third}`]);
  }, 30_000);

  it('below its memory limit stays, warm, for the next build', async () => {
    const lines = await fakeBuilds(900, 1100, 3, async () => undefined);
    const pid = lines[0]!.split(' ')[1];
    expect(lines).toEqual([`start ${pid}`, `build ${pid}`, `build ${pid}`, `build ${pid}`]);
  }, 30_000);
});
