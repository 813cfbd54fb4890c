import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CmsInstance } from '@wsd/test-harness/cms-instance';
import type { Releases } from '@wsd/publishing/releases';
import { fullSize, recordFinding } from '@wsd/test-harness/findings';
import { startLiveStack, writeBrokenNewsItem, WEBHOOK_SECRET as SECRET, type LiveStack } from './live-stack.ts';

// In autocannon's README (for results of workers), not in @types/autocannon 7.12.
const aggregateResult = (autocannon as unknown as { aggregateResult: (results: unknown[], opts: autocannon.Options) => autocannon.Result })
  .aggregateResult;

describe('publishing with a real CMS and real builds', () => {
  let stack: LiveStack;
  let cms: CmsInstance;
  let service: LiveStack['service'];
  let releases: Releases;
  let url: string;
  let waitUntil: LiveStack['waitUntil'];
  const documents = (uid: string) => cms.strapi.documents(uid as never);

  beforeAll(async () => {
    stack = await startLiveStack();
    ({ cms, service, releases, url, waitUntil } = stack);
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const previewLink = (uid: string, documentId: string, status?: 'draft' | 'published') => stack.previewLink(uid, documentId, status);
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
    const link = previewLink('api::nieuwsbericht.nieuwsbericht', draft.documentId);
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
    // The status is signed too: a link to the published version cannot be turned into the draft's.
    const publishedLink = previewLink('api::nieuwsbericht.nieuwsbericht', draft.documentId, 'published');
    const unsigned = new URL(publishedLink);
    unsigned.searchParams.delete('status');
    expect((await fetch(unsigned)).status).toBe(401);

    // The draft is on no public page and no preview route is in any release.
    expect(await status('/nieuws/conceptvoorbeeld/')).toBe(404);
    for (const id of releases.list()) expect(existsSync(path.join(releases.pathOf(id), 'preview'))).toBe(false);
  });

  it('kennisagenda and dossier drafts have a preview too, showing edits that are not live yet', async () => {
    const cases = [
      { uid: 'api::kennisagenda.kennisagenda', kind: 'kennisagenda', page: (slug: string) => `/kennisagenda/${slug}/` },
      { uid: 'api::dossierartikel.dossierartikel', kind: 'dossier', page: () => '/dossier/' },
    ];
    for (const { uid, kind, page } of cases) {
      const stored = (await documents(uid).findFirst({ status: 'draft' } as never)) as unknown as { documentId: string; slug: string };
      const title = `Nog niet gepubliceerde titel voor ${kind}`;
      await documents(uid).update({ documentId: stored.documentId, data: { title } } as never);
      const link = previewLink(uid, stored.documentId);
      expect(link.pathname).toBe(`/preview/${kind}/${stored.documentId}/`);
      const response = await fetch(link);
      const html = await response.text();
      expect(response.status, html.slice(0, 300)).toBe(200);
      expect(html).toContain(title);
      expect(html).toContain('<meta name="robots" content="noindex"');
      expect(html).not.toContain('data-pagefind-body');
      expect(await text(page(stored.slug))).not.toContain(title);
    }
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
    const before = stack.builds();
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
    expect(stack.builds() - before).toBeLessThanOrEqual(2);
    expect(failures).toEqual([]);
  });

  // The report command runs the full size (30 s, 5,000 bad webhooks); the test command a shorter one.
  const LOAD_MIN_MS = fullSize() ? 30_000 : 0;
  const BAD_WEBHOOKS = fullSize() ? 5000 : 1000;

  it('200 concurrent readers during a rebuild and release switch get no error; a flood of bad webhooks is refused while a valid event still builds', async () => {
    await service.coalescer.idle();
    const liveBefore = releases.live();
    const loadStarted = Date.now();
    // Readers keep reading until after the switch (stopped below), however long the build takes.
    let load!: autocannon.Instance;
    const result = new Promise<autocannon.Result>((resolve, reject) => {
      load = autocannon(
        {
          url,
          connections: 200,
          duration: 600, // stopped below, after the switch
          requests: [{ path: '/' }, { path: '/nieuws/' }, { path: '/agenda/' }, { path: '/zoeken/' }],
        },
        // In a worker thread (vitest's pool) autocannon leaves the histograms raw: aggregate them here.
        (error, done) => (error ? reject(error) : resolve('latencies' in done ? aggregateResult([done], { url, connections: 200 }) : done)),
      );
    });
    // Bad webhooks from 50 senders at once (more would overflow the client's sockets, not the service).
    const statuses: number[] = [];
    const sender = async (id: number) => {
      for (let i = id; i < BAD_WEBHOOKS; i += 50) {
        const response = await fetch(`${url}/hooks/strapi`, {
          method: 'POST',
          headers: { Authorization: `Bearer wrong-secret-${i}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ event: 'entry.publish', model: 'thema' }),
        });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
    };
    const flood = Promise.all(Array.from({ length: 50 }, (_, id) => sender(id)));
    // A real publish during the flood: its webhook carries the right secret.
    await documents('api::thema.thema').create({
      data: { name: 'Thema tijdens drukte', slug: 'thema-tijdens-drukte' },
      status: 'published',
    } as never);
    await flood;
    expect(statuses).toHaveLength(BAD_WEBHOOKS);
    expect(new Set(statuses)).toEqual(new Set([401]));
    // Under this load on 2 cores the build itself takes longer than usual.
    await waitUntil(async () => (await status('/themas/thema-tijdens-drukte/')) === 200, 300_000);
    const liveAt = Date.now();
    // Two more seconds of reading on the new release (and at least LOAD_MIN_MS in all), then the load stops.
    await new Promise((resolve) => setTimeout(resolve, Math.max(2000, loadStarted + LOAD_MIN_MS - Date.now())));
    load.stop();
    const { errors, timeouts, non2xx, '2xx': ok, latency, duration } = await result;
    expect(releases.live()).not.toBe(liveBefore);
    expect({ errors, timeouts, non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(ok).toBeGreaterThan(1000);
    // Throughput from the 2xx count: the aggregation above has latencies but no per-second request samples.
    recordFinding({
      point: 'load',
      tried: `200 connections for ${duration.toFixed(0)} s on 4 pages while a publish rebuilt and switched the release`,
      times: ok,
      held: `0 errors, 0 timeouts, 0 non-2xx; ${Math.round(ok / duration)} req/s, p50 ${latency.p50} ms, p99 ${latency.p99} ms; new release live after ${((liveAt - loadStarted) / 1000).toFixed(1)} s`,
    });
    recordFinding({
      point: 'load',
      tried: `${BAD_WEBHOOKS.toLocaleString('en')} webhooks with wrong secrets from 50 senders during that load`,
      times: BAD_WEBHOOKS,
      held: 'every one refused with 401; the service stayed up; a valid publish sent during the flood was built and went live',
    });
  }, 420_000);

  it('a build broken by invalid content leaves the live site byte-identical and names the entry', async () => {
    await service.coalescer.idle();
    const live = releases.live();
    const home = await text('/');
    await writeBrokenNewsItem(cms);
    await fetch(`${url}/admin/rebuild`, { method: 'POST', headers: { Authorization: `Bearer ${SECRET}` } });
    await waitUntil(async () => service.status().lastBuild?.result === 'failed');
    expect(releases.live()).toBe(live);
    expect(await text('/')).toBe(home);
    expect(service.status().lastBuild?.error).toMatch(/Nieuwsbericht "kapot-bericht" \(documentId kapotdocument0000000000\): field "lead"/);
  });
});
