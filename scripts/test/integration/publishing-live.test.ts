import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CMS package's own harness: boots Strapi in-process on a fresh SQLite database.
import { freshDatabase, startCms, type CmsInstance, type Database } from '../../../cms/test/harness/cms-instance.ts';
import { buildPreviewServer } from '../../src/preview/build-preview-server.ts';
import { LOCAL_DIR } from '../../src/lib/paths.ts';
import { astroBuilder, Publisher } from '../../src/publishing/publisher.ts';
import { Releases } from '../../src/publishing/releases.ts';
import { createPublishingService } from '../../src/publishing/service.ts';
import { StateStore } from '../../src/publishing/state-store.ts';

const SECRET = 'integration-publish-secret';
type Service = ReturnType<typeof createPublishingService>;

describe('publishing with a real CMS and real builds', () => {
  let database: Database;
  let cms: CmsInstance;
  let service: Service;
  let releases: Releases;
  let url: string;
  let builds = 0;
  // Inside the repository: the preview server resolves its packages from node_modules above it.
  const previewDir = path.join(LOCAL_DIR, `test-preview-server-${process.pid}`);
  const documents = (uid: string) => cms.strapi.documents(uid as never);

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    const port = 45000 + Math.floor(Math.random() * 10000);
    url = `http://127.0.0.1:${port}`;
    cms = await startCms(database, {
      seed: true,
      env: { PUBLISH_WEBHOOK_URL: `${url}/hooks/strapi`, PUBLISH_WEBHOOK_SECRET: SECRET, PREVIEW_URL: url },
    });
    mkdirSync(LOCAL_DIR, { recursive: true });
    await buildPreviewServer(previewDir, cms.url, cms.env.PREVIEW_API_TOKEN!, { ...process.env, SITE_URL: 'https://wsd.example' });
    const root = mkdtempSync(path.join(tmpdir(), 'wsd-publish-live-'));
    releases = new Releases(root);
    const state = new StateStore(path.join(root, 'state.json'));
    const build = astroBuilder(cms.url, cms.siteToken, { ...process.env, SITE_URL: 'https://wsd.example' });
    const publisher = new Publisher({
      releases,
      state,
      cmsUrl: cms.url,
      token: cms.siteToken,
      log: () => undefined,
      build: (dir) => (builds++, build(dir)),
    });
    service = createPublishingService({
      releases,
      state,
      publisher,
      log: () => undefined,
      secret: SECRET,
      cmsUrl: cms.url,
      token: cms.siteToken,
      quietMs: 500,
      maxDelayMs: 5000,
      preview: {
        secret: cms.env.PREVIEW_SECRET!,
        serverDir: previewDir,
        frameAncestors: [cms.url],
        mediaOrigin: cms.url,
        cms: { url: cms.url, token: cms.env.PREVIEW_API_TOKEN! },
      },
    });
    await service.listen(port);
    await waitUntil(async () => (await fetch(`${url}/healthz`)).status === 200, 240_000);
  }, 300_000);

  afterAll(async () => {
    await service?.close();
    await cms?.stop();
    await database?.drop();
    rmSync(previewDir, { recursive: true, force: true });
  });

  async function waitUntil(check: () => Promise<boolean>, timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`condition not met within ${timeoutMs} ms; status: ${JSON.stringify(service.status().lastBuild)}`);
  }
  const status = async (pathname: string) => (await fetch(`${url}${pathname}`)).status;
  const text = async (pathname: string) => (await fetch(`${url}${pathname}`)).text();
  const indexed = () => {
    const dir = path.join(releases.current, 'pagefind', 'fragment');
    return readdirSync(dir)
      .map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'))
      .join('\n');
  };
  const news = (slug: string, title: string) => ({
    title,
    slug,
    date: '2026-11-20',
    kind: 'nieuws',
    lead: `${title}: een korte inleiding.`,
  });

  it('the preview renders a draft with a signed link from the CMS, refuses others, and is not in the static site', async () => {
    const draft = (await documents('api::nieuwsbericht.nieuwsbericht').create({
      data: news('conceptvoorbeeld', 'Conceptbericht alleen in het voorbeeld'),
    } as never)) as { documentId: string };
    type Handler = (uid: string, params: { documentId: string; status?: string }) => string;
    const handler = (cms.strapi.config.get('admin.preview') as { config: { handler: Handler } }).config.handler;
    const link = new URL(handler('api::nieuwsbericht.nieuwsbericht', { documentId: draft.documentId, status: 'draft' }));
    expect(link.origin).toBe(url);

    const response = await fetch(link);
    const html = await response.text();
    expect(response.status, html.slice(0, 300)).toBe(200);
    expect(html).toContain('Conceptbericht alleen in het voorbeeld');
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).not.toContain('data-pagefind-body');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(response.headers.get('content-security-policy')).toContain(`frame-ancestors ${cms.url}`);

    expect((await fetch(`${url}${link.pathname}`)).status).toBe(401);
    const otherDocument = new URL(link);
    otherDocument.pathname = '/preview/nieuws/someoneelsesdraft/';
    expect((await fetch(otherDocument)).status).toBe(401);
    const tampered = new URL(link);
    tampered.searchParams.set('expires', String(Number(link.searchParams.get('expires')) + 3600));
    expect((await fetch(tampered)).status).toBe(401);

    // The draft is on no public page and no preview route is in any release.
    expect(await status('/nieuws/conceptvoorbeeld/')).toBe(404);
    for (const id of releases.list()) expect(existsSync(path.join(releases.pathOf(id), 'preview'))).toBe(false);
  });

  it('a published news item appears on the site, in /rss.xml and in the search index', async () => {
    await documents('api::nieuwsbericht.nieuwsbericht').create({
      data: news('publicatietest', 'Publicatietest over buurtkracht'),
      status: 'published',
    } as never);
    await waitUntil(async () => (await status('/nieuws/publicatietest/')) === 200);
    expect(await text('/rss.xml')).toContain('Publicatietest over buurtkracht');
    expect(indexed()).toContain('Publicatietest over buurtkracht');
  });

  it('unpublishing removes it from all three', async () => {
    const doc = (await documents('api::nieuwsbericht.nieuwsbericht').findFirst({ filters: { slug: 'publicatietest' } } as never)) as {
      documentId: string;
    };
    await documents('api::nieuwsbericht.nieuwsbericht').unpublish({ documentId: doc.documentId } as never);
    await waitUntil(async () => (await status('/nieuws/publicatietest/')) === 404);
    expect(await text('/rss.xml')).not.toContain('Publicatietest over buurtkracht');
    expect(indexed()).not.toContain('Publicatietest over buurtkracht');
  });

  it('deleting removes the page', async () => {
    const created = (await documents('api::thema.thema').create({
      data: { name: 'Verwijderthema', slug: 'verwijderthema' },
      status: 'published',
    } as never)) as { documentId: string };
    await waitUntil(async () => (await status('/themas/verwijderthema/')) === 200);
    await documents('api::thema.thema').delete({ documentId: created.documentId } as never);
    await waitUntil(async () => (await status('/themas/verwijderthema/')) === 404);
  });

  it('a bulk delete that sends no webhook is caught by reconciliation', async () => {
    await documents('api::thema.thema').create({ data: { name: 'Stil thema', slug: 'stil-thema' }, status: 'published' } as never);
    await waitUntil(async () => (await status('/themas/stil-thema/')) === 200);
    await service.coalescer.idle();
    // Straight to the database: no document service, so no lifecycle event and no webhook.
    await cms.strapi.db.query('api::thema.thema').deleteMany({ where: { slug: 'stil-thema' } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await status('/themas/stil-thema/')).toBe(200);
    await service.reconcile();
    await waitUntil(async () => (await status('/themas/stil-thema/')) === 404);
  });

  it('50 entries published in a burst cause at most 2 builds and are all live; readers never see an error or a missing asset', async () => {
    await service.coalescer.idle();
    const before = builds;
    const failures: string[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) {
        for (const pathname of ['/', '/nieuws/', '/agenda/']) {
          const response = await fetch(`${url}${pathname}`);
          const body = await response.text();
          if (response.status !== 200 || !body.includes('</html>')) failures.push(`${pathname} ${response.status}`);
          // Every asset the page refers to must load too: no page of one release with the assets of another missing.
          for (const asset of new Set(body.match(/\/_astro\/[^"\s,]+/g) ?? [])) {
            const assetResponse = await fetch(`${url}${asset}`);
            await assetResponse.arrayBuffer();
            if (assetResponse.status !== 200) failures.push(`${pathname} → ${asset} ${assetResponse.status}`);
          }
        }
      }
    })();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        documents('api::thema.thema').create({ data: { name: `Burstthema ${i}`, slug: `burstthema-${i}` }, status: 'published' } as never),
      ),
    );
    await waitUntil(async () => (await status('/themas/burstthema-49/')) === 200 && (await status('/themas/burstthema-0/')) === 200);
    await service.coalescer.idle();
    reading = false;
    await reader;
    for (let i = 0; i < 50; i++) expect(await status(`/themas/burstthema-${i}/`)).toBe(200);
    expect(builds - before).toBeLessThanOrEqual(2);
    expect(failures).toEqual([]);
  });

  it('a build broken by invalid content leaves the live site byte-identical and names the entry', async () => {
    await service.coalescer.idle();
    const live = releases.live();
    const home = await text('/');
    // Invalid on purpose: written past the CMS validation, as a faulty import could.
    await cms.strapi.db.query('api::nieuwsbericht.nieuwsbericht').create({
      data: {
        documentId: 'kapotdocument0000000000',
        title: 'Kapot bericht',
        slug: 'kapot-bericht',
        date: '2026-11-21',
        kind: 'nieuws',
        lead: '',
        publishedAt: new Date(),
      },
    });
    await fetch(`${url}/admin/rebuild`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}` } });
    await waitUntil(async () => service.status().lastBuild?.result === 'failed');
    expect(releases.live()).toBe(live);
    expect(await text('/')).toBe(home);
    expect(service.status().lastBuild?.error).toMatch(/Nieuwsbericht "kapot-bericht" \(documentId kapotdocument0000000000\): field "lead"/);
  });
});
