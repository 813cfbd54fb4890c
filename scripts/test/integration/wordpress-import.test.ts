import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, createCmsClient, type CmsClient } from '../../src/wordpress/cms-client.ts';
import { importWordpress, type ImportOptions } from '../../src/wordpress/import-wordpress.ts';
import type { ImportReport } from '../../src/wordpress/report.ts';
import { startLiveStack, type LiveStack } from './live-stack.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/wordpress');
const EXPORT = path.join(FIXTURES, 'export.xml');
const NEWS = 'api::nieuwsbericht.nieuwsbericht';
const EVENT = 'api::evenement.evenement';
const OLD_HOST = 'www.werkplaats-utrecht.example';

type Found = { documentId: string; title: string; slug: string; publishedAt: string | null; [field: string]: unknown };

describe('importing a WordPress export into the running product', () => {
  let stack: LiveStack;
  let admin: CmsClient;
  let first: ImportReport;
  let buildsDuringImport = 0;
  const redirectsDir = () => path.join(stack.releases.root, 'redirects');
  const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
    file: EXPORT,
    werkplaats: 'Utrecht',
    cms: admin,
    mediaDir: path.join(FIXTURES, 'uploads'),
    authors: true,
    redirectsDir: redirectsDir(),
    mediaUrl: stack.cms.url,
    ...extra,
  });
  const POPULATE: Record<string, string[]> = {
    [NEWS]: ['werkplaatsen', 'themas', 'cover.file', 'people'],
    [EVENT]: ['werkplaatsen', 'venue'],
  };
  const find = async (uid: string, slug: string, status: 'draft' | 'published' = 'published') =>
    (await stack.cms.strapi
      .documents(uid as never)
      .findFirst({ filters: { slug }, status, populate: POPULATE[uid] ?? [] } as never)) as Found | null;
  const count = async (uid: string) => stack.cms.strapi.documents(uid as never).count({ status: 'draft' } as never);

  beforeAll(async () => {
    stack = await startLiveStack({ preview: false });
    admin = createCmsClient(
      stack.cms.url,
      await adminToken(stack.cms.url, stack.cms.env.DEMO_ADMIN_EMAIL!, stack.cms.env.DEMO_ADMIN_PASSWORD!),
    );
    const before = stack.builds();
    first = await importWordpress(options());
    // The publishes come at the end in one burst; wait until the site shows the last of them.
    await stack.waitUntil(async () => (await fetch(`${stack.url}/nieuws/kenniscafe-over-eenzaamheid/`)).status === 200, 120_000);
    await stack.waitUntil(async () => !stack.service.status().building && stack.service.status().queue.length === 0, 60_000);
    buildsDuringImport = stack.builds() - before;
  }, 420_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('imports posts as news items with their body as Blocks, the werkplaats, themes, cover image and author', async () => {
    expect(first.failed).toEqual([]);
    expect(first.imported.map((l) => l.postId).sort()).toEqual(['12', '13', '14', '20', '22']);
    const post = await find(NEWS, 'samenwerken-in-de-wijk');
    expect(post?.title).toBe('Samenwerken in de wijk: wat buurtteams leren');
    expect(post?.date).toBe('2024-05-02');
    expect(post?.lead).toBe('Wat buurtteams in Utrecht leren van samenwerking met bewoners en onderzoekers.');
    expect((post?.werkplaatsen as { code: string }[]).map((w) => w.code)).toEqual(['Utrecht']);
    // "Eenzaamheid" matches the existing theme by name; the tag "Buurtteams" became a new draft theme.
    expect((post?.themas as { slug: string }[]).map((t) => t.slug)).toEqual(['eenzaamheid']);
    expect(await find('api::thema.thema', 'buurtteams', 'draft')).not.toBeNull();
    expect(await find('api::thema.thema', 'buurtteams', 'published')).toBeNull();
    const cover = post?.cover as { alt: string; file: { name: string; alternativeText: string } };
    expect(cover.alt).toBe('Bewoners drinken koffie voor het buurthuis');
    expect(cover.file.name).toBe('wp-45-buurthuis.jpg');
    expect((post?.people as { name: string }[]).map((p) => p.name)).toEqual(['Annet de Vries']);
    const body = JSON.stringify(post?.body);
    for (const kind of [
      '"heading"',
      '"list"',
      '"indentLevel":1',
      '"ordered"',
      '"image"',
      '"quote"',
      '"code"',
      '"bold":true',
      '"strikethrough":true',
    ])
      expect(body).toContain(kind);
    // The link to another imported post points at its new address; the javascript: link is gone.
    expect(body).toContain('"url":"/nieuws/kenniscafe-over-eenzaamheid/"');
    expect(body).not.toContain('javascript:');
    expect(body).not.toContain('<script');
    expect(body).not.toContain('<iframe');
  });

  it('maps the kind from a category, keeps drafts as drafts, skips trash and reports pages and menus', async () => {
    expect((await find(NEWS, 'kenniscafe-over-eenzaamheid'))?.kind).toBe('interview');
    const draft = await find(NEWS, 'nog-niet-af-plannen-voor-2025', 'draft');
    expect(draft?.title).toBe('Nog niet af: plannen voor 2025');
    expect(await find(NEWS, 'nog-niet-af-plannen-voor-2025', 'published')).toBeNull();
    // A link to an old upload points at its copy in the media library.
    const cafe = JSON.stringify((await find(NEWS, 'kenniscafe-over-eenzaamheid'))?.body);
    expect(cafe).toMatch(new RegExp(`"url":"${stack.cms.url}/uploads/wp_48_verslag_kenniscafe[^"]*\\.pdf"`));
    expect(cafe).not.toContain('werkplaats-utrecht.example');
    expect(first.skipped.map((s) => s.postId)).toEqual(['15']);
    expect(first.notImported.map((n) => n.type).sort()).toEqual(['nav_menu_item', 'page']);
    expect(first.media.missing).toEqual(['2023/01/weg.jpg']);
    const review = first.imported.find((l) => l.postId === '12')!.notes.join('\n');
    expect(review).toMatch(/tabel/);
    expect(review).toMatch(/javascript/);
    expect(review).toMatch(/iframe/);
  });

  it('imports events with times in Europe/Amsterdam and the venue; one without a date stays a draft with the reason', async () => {
    const event = await find(EVENT, 'themamiddag-armoede');
    expect(event?.startsAt).toBe('2024-04-11T11:30:00.000Z');
    expect(event?.endsAt).toBe('2024-04-11T15:00:00.000Z');
    expect(event?.venue).toMatchObject({ name: 'Wijkcentrum De Leeuw', city: 'Utrecht', street: 'Leeuwstraat 3' });
    expect(await find(EVENT, 'zonder-datum', 'published')).toBeNull();
    expect(await find(EVENT, 'zonder-datum', 'draft')).not.toBeNull();
    expect(first.publishFailed.map((f) => f.postId)).toEqual(['22']);
    expect(first.publishFailed[0]!.reason).toMatch(/startsAt/);
  });

  it('the imported posts are on the live site, in the feed and the search index, after at most a couple of builds', async () => {
    expect(buildsDuringImport).toBeLessThanOrEqual(3);
    const page = await (await fetch(`${stack.url}/nieuws/samenwerken-in-de-wijk/`)).text();
    expect(page).toContain('Drie lessen');
    expect(page).toContain('href="/nieuws/kenniscafe-over-eenzaamheid/"');
    const feed = await (await fetch(`${stack.url}/rss.xml`)).text();
    expect(feed).toContain('Samenwerken in de wijk: wat buurtteams leren');
    const fragments = path.join(stack.releases.current, 'pagefind', 'fragment');
    const indexed = readdirSync(fragments)
      .map((f) => gunzipSync(readFileSync(path.join(fragments, f))).toString('utf8'))
      .join('\n');
    expect(indexed).toContain('Kenniscafé over eenzaamheid');
  });

  it('old links answer with a permanent redirect to the new address, only for the old host', async () => {
    // fetch() may not set Host: a plain request, as a browser following an old link sends it.
    const old = (pathname: string, host = OLD_HOST) =>
      new Promise<{ status: number; location: string | null }>((resolve, reject) => {
        const request = http.get(`${stack.url}${pathname}`, { headers: { Host: host } }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, location: response.headers.location ?? null });
        });
        request.on('error', reject);
      });
    expect(await old('/2024/05/samenwerken-in-de-wijk/')).toEqual({ status: 301, location: '/nieuws/samenwerken-in-de-wijk/' });
    expect(await old('/?p=13')).toEqual({ status: 301, location: '/nieuws/kenniscafe-over-eenzaamheid/' });
    expect(await old('/agenda/themamiddag-armoede')).toEqual({ status: 301, location: '/agenda/themamiddag-armoede/' });
    expect((await old('/2024/05/samenwerken-in-de-wijk/', 'elders.example')).status).toBe(404);
    const nginx = readFileSync(first.redirectFiles!.nginx, 'utf8');
    expect(nginx).toContain('werkplaats-utrecht\\.example/2024/05/samenwerken-in-de-wijk/?$" "/nieuws/samenwerken-in-de-wijk/";');
  });

  it('a second import changes nothing and duplicates nothing; a dry run writes nothing', async () => {
    const counts = [await count(NEWS), await count(EVENT), await count('api::thema.thema')];
    const builds = stack.builds();
    const again = await importWordpress(options());
    expect(again.imported).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.unchanged).toHaveLength(5);
    expect(again.media).toMatchObject({ uploaded: 0, unchanged: 3 });
    const dry = await importWordpress(options({ dryRun: true, file: path.join(FIXTURES, 'export-changed.xml') }));
    expect(dry.updated.map((l) => l.postId)).toEqual(['12']);
    expect([await count(NEWS), await count(EVENT), await count('api::thema.thema')]).toEqual(counts);
    expect((await find(NEWS, 'samenwerken-in-de-wijk'))?.title).toBe('Samenwerken in de wijk: wat buurtteams leren');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stack.builds()).toBe(builds);
  });

  it('a changed post updates the same entry', async () => {
    const before = await find(NEWS, 'samenwerken-in-de-wijk');
    const changed = await importWordpress(options({ file: path.join(FIXTURES, 'export-changed.xml') }));
    expect(changed.updated.map((l) => l.postId)).toEqual(['12']);
    const after = await find(NEWS, 'samenwerken-in-de-wijk');
    expect(after?.documentId).toBe(before?.documentId);
    expect(after?.title).toBe('Samenwerken in de wijk: wat buurtteams leerden');
  });

  it('a region editor cannot import into another werkplaats (nothing is written); into their own it works, without creating themes', async () => {
    const utrecht = createCmsClient(
      stack.cms.url,
      await adminToken(stack.cms.url, 'redactie-utrecht@wsd.local', stack.cms.env.DEMO_EDITOR_PASSWORD!),
    );
    const otherSite = path.join(FIXTURES, 'export-other-site.xml');
    const news = await count(NEWS);
    const refused = await importWordpress(options({ cms: utrecht, werkplaats: 'NH', file: otherSite, authors: false }));
    expect(refused.imported).toEqual([]);
    expect(refused.failed.map((f) => f.postId)).toEqual(['7']);
    expect(refused.failed[0]!.reason).toMatch(/eigen werkplaats/);
    expect(await count(NEWS)).toBe(news);
    const own = await importWordpress(options({ cms: utrecht, werkplaats: 'Utrecht', file: otherSite, authors: false }));
    expect(own.imported.map((l) => l.postId)).toEqual(['7']);
    expect(own.themes.refused).toEqual([expect.stringMatching(/^Wijkwerk: /)]);
    expect(await find('api::thema.thema', 'wijkwerk', 'draft')).toBeNull();
    expect(await count(NEWS)).toBe(news + 1);
  });
});
