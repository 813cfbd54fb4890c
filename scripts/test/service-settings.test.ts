import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromSettings } from '../src/publishing/create-publisher.ts';
import { readServiceSettings } from '../src/publishing/settings.ts';
import { astroWorker, DEFAULT_BUILD_HEAP_MB } from '../src/publishing/site-builder.ts';

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
    expect(settings).toMatchObject({ PUBLISH_QUIET_MS: 2000, PUBLISH_KEEP_RELEASES: 5, PUBLISH_BUILD_HEAP_MB: DEFAULT_BUILD_HEAP_MB });
    expect(configFromSettings(settings, log).buildHeapMb).toBe(DEFAULT_BUILD_HEAP_MB);
    expect(configFromSettings(readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '2048' }), log).buildHeapMb).toBe(2048);
  });

  it('a typo stops the service with the variable, what it expects and what was given', () => {
    expect(() => readServiceSettings({ ...required, PUBLISH_QUIET_MS: '2s' })).toThrow(
      "PUBLISH_QUIET_MS must be a whole number of milliseconds, got '2s'.",
    );
    expect(() => readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '1G' })).toThrow(
      "PUBLISH_BUILD_HEAP_MB must be a whole number of megabytes, e.g. 1024, got '1G'.",
    );
    expect(() => readServiceSettings({ ...required, PUBLISH_BUILD_HEAP_MB: '64' })).toThrow(
      "PUBLISH_BUILD_HEAP_MB must be at least 256 (megabytes), got '64'.",
    );
  });
});

describe('the build worker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('that runs out of heap says so, with the setting to raise', async () => {
    // 16 MB cannot even load Astro: the worker dies of heap exhaustion before its first build.
    const worker = astroWorker({ configFile: path.join(dir, 'build-config.json'), heapMb: 16 });
    const build = worker.build({
      full: true,
      config: {
        cmsUrl: 'http://127.0.0.1:9',
        token: 't',
        siteUrl: 'http://127.0.0.1:9',
        mediaBaseUrl: 'http://127.0.0.1:9',
        publicMediaUrl: 'http://127.0.0.1:9',
        outDir: path.join(dir, 'out'),
        reportFile: path.join(dir, 'report.json'),
        failureFile: path.join(dir, 'failure.json'),
      },
    });
    await expect(build).rejects.toThrow(
      'The site build ran out of memory (its limit is PUBLISH_BUILD_HEAP_MB=16 MB): raise PUBLISH_BUILD_HEAP_MB and restart the publishing service. The live site is unchanged.',
    );
    worker.close();
  }, 60_000);
});
