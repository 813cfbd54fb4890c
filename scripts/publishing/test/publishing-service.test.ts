import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPublisher } from '../src/create-publisher.ts';
import type { BuildFailure } from '@wsd/shared-types';
import { SiteBuildFailure, type SiteBuilder } from '../src/site-builder.ts';
import { recordFinding } from '@wsd/test-harness/findings';

const SECRET = 'publish-secret-for-tests';

/** A CMS that answers the fingerprint requests; `version` changes what it reports. */
async function fakeCms() {
  const cms = { version: 1, server: undefined as Server | undefined, url: '' };
  cms.server = createServer((req, res) => {
    const single = req.url?.startsWith('/api/site-setting');
    const data = single ? { updatedAt: `2026-01-0${cms.version}T00:00:00.000Z` } : [{ updatedAt: `2026-01-0${cms.version}T00:00:00.000Z` }];
    res
      .writeHead(200, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ data, meta: single ? {} : { pagination: { total: 3 } } }));
  });
  await new Promise<void>((resolve) => cms.server!.listen(0, '127.0.0.1', resolve));
  const address = cms.server.address();
  cms.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return cms;
}

type Control = { fail?: string; failure?: BuildFailure; builds: number; page?: () => string };

/**
 * Writes a small site into the build folder, as the real build does (and lists its files):
 * the home page says which build made it (or `page()`, what the CMS holds); `fail` makes it
 * throw like the loader.
 */
function fakeBuilder(control: Control): SiteBuilder {
  return async ({ config }) => {
    control.builds++;
    if (control.fail) throw new Error(`astro build failed\n${control.fail}`);
    if (control.failure) throw new SiteBuildFailure(control.failure);
    const outDir = config.outDir!;
    mkdirSync(path.join(outDir, 'nieuws'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), control.page ? control.page() : `<h1>build ${control.builds}</h1>`);
    writeFileSync(path.join(outDir, 'nieuws', 'index.html'), '<h1>Nieuws</h1>');
    const files = ['index.html', 'nieuws/index.html'];
    return { syncMs: 1, renderMs: 1, finishMs: 0, pages: 2, files, written: files, rendered: 2, restored: 0 };
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setup(root = mkdtempSync(path.join(tmpdir(), 'wsd-publish-')), control: Control = { builds: 0 }, quietMs = 50) {
  const cms = await fakeCms();
  const publishing = createPublisher({
    root,
    cmsUrl: cms.url,
    token: 't',
    secret: SECRET,
    log: () => undefined,
    build: fakeBuilder(control),
    warmSearchIndex: false,
    watchInputs: false,
    site: { siteUrl: 'http://127.0.0.1:4321', mediaBaseUrl: cms.url, publicMediaUrl: cms.url },
    quietMs,
    maxDelayMs: Math.max(500, quietMs * 2),
  });
  const { releases, state, service } = publishing;
  const port = await service.listen(0);
  const url = `http://127.0.0.1:${port}`;
  cleanups.push(async () => {
    await publishing.close();
    await new Promise((resolve) => cms.server!.close(resolve));
  });
  const hook = (event = 'entry.publish', entry: Record<string, unknown> | null = null, createdAt = new Date().toISOString()) =>
    fetch(`${url}/hooks/strapi`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ event, createdAt, model: 'nieuwsbericht', uid: 'api::nieuwsbericht.nieuwsbericht', entry }),
    });
  return { root, cms, releases, state, service, url, control, hook };
}

describe('publishing service', () => {
  it('makes a first build live on start and serves it with /healthz and /status', async () => {
    const { service, url } = await setup();
    await service.coalescer.idle();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>build 1</h1>');
    const status = (await (await fetch(`${url}/status`, { headers: { Authorization: `Bearer ${SECRET}` } })).json()) as {
      live: string;
      lastBuild: { result: string; phases: Record<string, number> };
    };
    expect(status.lastBuild.result).toBe('live');
    expect(Object.keys(status.lastBuild.phases)).toEqual(['build', 'sync', 'render', 'release', 'check', 'switch']);
  });

  it('/status tells anonymous callers only whether the site is live and healthy; details need the secret', async () => {
    const { service, url } = await setup();
    await service.coalescer.idle();
    const anonymous = (await (await fetch(`${url}/status`)).json()) as Record<string, unknown>;
    expect(anonymous).toEqual({ live: true, healthy: true });
    const wrong = (await (await fetch(`${url}/status`, { headers: { Authorization: 'Bearer raden' } })).json()) as Record<string, unknown>;
    expect(wrong).toEqual({ live: true, healthy: true });
    const detailed = (await (await fetch(`${url}/status`, { headers: { Authorization: `Bearer ${SECRET}` } })).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(detailed)).toEqual(expect.arrayContaining(['history', 'pending', 'releases', 'lastBuild']));
  });

  it('a webhook after a quiet period builds at once; a burst during it causes one follow-up', async () => {
    const { service, url, control, hook } = await setup();
    await service.coalescer.idle();
    await new Promise((resolve) => setTimeout(resolve, 60));
    const started = Date.now();
    expect((await hook()).status).toBe(202);
    expect(service.coalescer.state.building).toBe(true); // no quiet window before the first build
    for (let i = 0; i < 19; i++) expect((await hook()).status).toBe(202);
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(control.builds).toBe(3); // the first build, the immediate one, the follow-up
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>build 3</h1>');
  });

  it('the same webhook delivered 10 times causes one build', async () => {
    const { service, control, hook } = await setup();
    await service.coalescer.idle();
    const createdAt = new Date().toISOString();
    for (let i = 0; i < 10; i++) expect((await hook('entry.publish', { documentId: 'abc', title: 'Zelfde' }, createdAt)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(control.builds - 1).toBeLessThanOrEqual(2);
    recordFinding({
      point: 'events',
      tried: 'the same webhook delivered 10 times',
      times: 10,
      held: `all accepted (202), ${control.builds - 1} builds (one at once, one follow-up at most)`,
    });
  });

  it('events arriving out of order: the live site shows what the CMS holds, not the last event', async () => {
    // The CMS state after an editor published, edited and then unpublished an item.
    const cmsState = { title: 'Tweede versie', published: false };
    const control: Control = { builds: 0, page: () => (cmsState.published ? `<h1>${cmsState.title}</h1>` : '<h1>leeg</h1>') };
    const { service, url, hook } = await setup(undefined, control);
    await service.coalescer.idle();
    const at = (s: number) => new Date(Date.UTC(2026, 10, 23, 12, 0, s)).toISOString();
    // Delivered newest first: unpublish (t=3), update (t=2), publish (t=1).
    await hook('entry.unpublish', { documentId: 'abc' }, at(3));
    await hook('entry.update', { documentId: 'abc', title: 'Tweede versie' }, at(2));
    await hook('entry.publish', { documentId: 'abc', title: 'Eerste versie' }, at(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>leeg</h1>');
    // Published again later: the next event (whatever its payload) builds the CMS's state.
    cmsState.published = true;
    await hook('entry.publish', { documentId: 'abc', title: 'Eerste versie' }, at(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>Tweede versie</h1>');
    recordFinding({
      point: 'events',
      tried: 'publish, update and unpublish delivered newest first, then a stale publish',
      times: 4,
      held: 'the live site showed what the CMS held each time, not the last event',
    });
  });

  it('a failed build leaves the live site byte-identical and the status names the entry', async () => {
    const { service, url, control, hook, releases } = await setup();
    await service.coalescer.idle();
    const before = await (await fetch(`${url}/`)).text();
    const liveBefore = releases.live();
    control.fail = 'Nieuwsbericht "kapot" (documentId abc123): field "lead" Too small. Fix this entry in the CMS and publish again.';
    await hook();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(await (await fetch(`${url}/`)).text()).toBe(before);
    expect(releases.live()).toBe(liveBefore);
    expect(releases.list()).toEqual([liveBefore]);
    const status = (await (await fetch(`${url}/status`, { headers: { Authorization: `Bearer ${SECRET}` } })).json()) as {
      lastBuild: { result: string; error: string };
      pending: string[];
    };
    expect(status.lastBuild).toMatchObject({
      result: 'failed',
      error: expect.stringContaining('Nieuwsbericht "kapot" (documentId abc123): field "lead"'),
    });
    expect(status.pending).toHaveLength(1);
  });

  it('tells the CMS, with the secret only, where one entry stands and links its live page', async () => {
    const { service, url, hook, releases, control } = await setup();
    await service.coalescer.idle();
    const auth = { headers: { Authorization: `Bearer ${SECRET}` } };
    const entry = (publishedAt: string, init: RequestInit = auth) =>
      fetch(
        `${url}/status/entry?${new URLSearchParams({ uid: 'api::nieuwsbericht.nieuwsbericht', documentId: 'abc123', slug: 'buurtteams', publishedAt })}`,
        init,
      );
    expect((await entry(new Date().toISOString(), {})).status).toBe(401);
    expect((await fetch(`${url}/status/builds`)).status).toBe(401);
    expect(await (await fetch(`${url}/status/entry?uid=admin::user`, auth)).json()).toEqual({
      error: 'uid: "admin::user" is not a content type of the site',
    });

    const publishedAt = new Date().toISOString();
    expect(await (await entry(publishedAt)).json()).toEqual({ state: 'publishing', expectedSeconds: 1, url: null });
    await hook('entry.publish', { documentId: 'abc123', slug: 'buurtteams', title: 'Buurtteams leren van elkaar' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    // The fake build writes no news page; the live release gets one to link to.
    mkdirSync(path.join(releases.current, 'nieuws', 'buurtteams'), { recursive: true });
    writeFileSync(path.join(releases.current, 'nieuws', 'buurtteams', 'index.html'), '<h1>Buurtteams</h1>');
    const live = (await (await entry(publishedAt)).json()) as Record<string, unknown>;
    expect(live).toEqual({ state: 'live', since: service.status().lastBuild!.finishedAt, url: 'http://127.0.0.1:4321/nieuws/buurtteams/' });

    control.failure = {
      kind: 'invalid-entry',
      contentType: 'Nieuwsbericht',
      documentId: 'abc123',
      slug: 'buurtteams',
      field: 'lead',
      problem: 'Invalid input: expected string, received null',
      message: 'x',
    };
    const republished = new Date().toISOString();
    await hook('entry.publish', { documentId: 'abc123', slug: 'buurtteams', title: 'Buurtteams leren van elkaar' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(await (await entry(republished)).json()).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('Nieuwsbericht ‘buurtteams’: het veld ‘lead’ is leeg'),
      url: 'http://127.0.0.1:4321/nieuws/buurtteams/',
    });
    const builds = (await (await fetch(`${url}/status/builds`, auth)).json()) as {
      live: string;
      builds: { changes: string[]; result: string }[];
    };
    expect(builds.live).toBe(releases.live());
    expect(builds.builds.slice(0, 3).map((b) => [b.result, b.changes])).toEqual([
      ['failed', ['Nieuwsbericht ‘Buurtteams leren van elkaar’ gepubliceerd']],
      ['live', ['Nieuwsbericht ‘Buurtteams leren van elkaar’ gepubliceerd']],
      ['live', ['Eerste bouw van de site']],
    ]);
  });

  it('a rebuild asked for from the admin names who asked, without letting the name inject anything', async () => {
    const { service, url } = await setup();
    await service.coalescer.idle();
    const response = await fetch(`${url}/admin/rebuild?full=1&by=${encodeURIComponent('Hoofdredactie <script>Demo')}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}` },
    });
    expect(response.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(service.status().lastBuild).toMatchObject({ full: true, trigger: ['full rebuild requested by Hoofdredactie scriptDemo'] });
  });

  it('a change pending at shutdown is built after a restart', async () => {
    const first = await setup();
    await first.service.coalescer.idle();
    first.state.update((s) => s.pending.push({ description: 'entry.publish api::nieuwsbericht.nieuwsbericht x', event: 'entry.publish' }));
    await cleanups.shift()!();
    const second = await setup(first.root, first.control);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await second.service.coalescer.idle();
    expect(first.control.builds).toBe(2);
    expect(second.state.get().pending).toEqual([]);
  });

  it('a restart during the quiet window still builds the change', async () => {
    const first = await setup(undefined, undefined, 60_000);
    await first.service.coalescer.idle();
    // Right after the first build, a webhook waits in its 60 s quiet window; then a restart.
    expect((await first.hook()).status).toBe(202);
    await cleanups.shift()!();
    expect(first.control.builds).toBe(1);
    expect(first.state.get().pending.map((c) => (typeof c === 'string' ? c : c.description))).toEqual([
      'entry.publish api::nieuwsbericht.nieuwsbericht',
    ]);
    const second = await setup(first.root, first.control);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await second.service.coalescer.idle();
    expect(first.control.builds).toBe(2);
    expect(second.state.get().pending).toEqual([]);
  });

  it('reconciliation rebuilds when the CMS changed without a webhook', async () => {
    const { service, cms, control } = await setup();
    await service.coalescer.idle();
    await service.reconcile();
    await service.coalescer.idle();
    expect(control.builds).toBe(1);
    cms.version = 2;
    await service.reconcile();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect(control.builds).toBe(2);
  });

  it('rollback switches back and is refused without the secret', async () => {
    const { service, url, hook } = await setup();
    await service.coalescer.idle();
    await hook();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await service.coalescer.idle();
    expect((await fetch(`${url}/admin/rollback`, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${url}/admin/rollback`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}` } })).status).toBe(200);
    expect(await (await fetch(`${url}/`)).text()).toBe('<h1>build 1</h1>');
  });

  it('serves precompressed HTML when the client accepts it', async () => {
    const { service, url, releases } = await setup();
    await service.coalescer.idle();
    const dir = releases.pathOf(releases.live()!);
    writeFileSync(path.join(dir, 'groot.html'), `<p>${'x'.repeat(5000)}</p>`);
    const { gzipSync } = await import('node:zlib');
    writeFileSync(path.join(dir, 'groot.html.gz'), gzipSync(readFileSync(path.join(dir, 'groot.html'))));
    const response = await fetch(`${url}/groot.html`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.text()).length).toBe(5007);
  });
});

describe('the nightly full rebuild', () => {
  it('is not asked for again while the start-up full build runs, nor after it', async () => {
    const cms = await fakeCms();
    const control: Control = { builds: 0 };
    const slow = fakeBuilder(control);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const publishing = createPublisher({
      root: mkdtempSync(path.join(tmpdir(), 'wsd-publish-nightly-')),
      cmsUrl: cms.url,
      token: 't',
      secret: SECRET,
      log: () => undefined,
      build: async (request) => {
        await gate;
        return slow(request);
      },
      warmSearchIndex: false,
      watchInputs: false,
      site: { siteUrl: 'http://127.0.0.1:4321', mediaBaseUrl: cms.url, publicMediaUrl: cms.url },
      // Midnight has always passed today: without a full build today, the rebuild is due.
      fullRebuildAt: '00:00',
    });
    cleanups.push(async () => {
      await publishing.close();
      await new Promise((resolve) => cms.server!.close(resolve));
    });
    await publishing.service.listen(0);
    expect(publishing.service.coalescer.state.building).toBe(true);
    // The start-up build is a full build: it counts, though it has not finished.
    expect(publishing.service.scheduleDue()).toBe(false);
    release();
    await publishing.service.coalescer.idle();
    expect(publishing.service.scheduleDue()).toBe(false);
    // Tomorrow night it is due again.
    expect(publishing.service.scheduleDue(new Date(Date.now() + 86_400_000))).toBe(true);
    expect(control.builds).toBe(1);
  });
});
