import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The CMS package's own harness: boots Strapi in-process on a fresh SQLite database.
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { buildSite } from '../harness/build-site.ts';
import { htmlPages } from '../harness/dist-pages.ts';

const DRAFT_MARKER = 'Conceptbericht-dat-nooit-online-mag';

describe('site built from a live CMS with the demo content', () => {
  let database: Database;
  let cms: CmsInstance;
  let pages: [string, string][];
  let outDir: string;

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    cms = await startCms(database, { seed: true });
    const documents = cms.strapi.documents('api::nieuwsbericht.nieuwsbericht' as never);
    await documents.create({
      data: { title: DRAFT_MARKER, slug: 'concept-marker', date: '2026-11-01', kind: 'nieuws', lead: DRAFT_MARKER },
    } as never);
    const published = await documents.findFirst({ filters: { slug: 'zuid-holland-zuid-lerend-van-jaar-een' } } as never);
    // A published item whose newer draft must not leak either.
    await documents.update({
      documentId: (published as { documentId: string }).documentId,
      data: { title: `${DRAFT_MARKER} (gewijzigd)` },
    } as never);
    outDir = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-live-')), 'dist');
    await buildSite(outDir, {
      CMS_URL: cms.url,
      SITE_API_TOKEN: cms.siteToken,
      WSD_SNAPSHOT: '',
      MEDIA_BASE_URL: cms.url,
      SITE_URL: 'https://wsd.example',
    });
    pages = htmlPages(outDir);
  }, 600_000);

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('builds every demo page', () => {
    const paths = pages.map(([p]) => p);
    expect(paths).toContain('/agenda/professionaliteit-in-samenspel/');
    expect(paths).toContain('/kennisagenda/kennisagenda-noord-holland-2023-2026/');
    // Every news item has its page; lists and year archives are not counted.
    expect(paths.filter((p) => /^\/nieuws\/(?!archief\/|pagina\/)[^/]+\/$/.test(p))).toHaveLength(7);
  });

  it('shows no draft anywhere', () => {
    for (const [urlPath, html] of pages) expect(html, urlPath).not.toContain(DRAFT_MARKER);
    expect(pages.map(([p]) => p)).not.toContain('/nieuws/concept-marker/');
  });

  it('keeps drafts out of the feeds, the calendars and the search index', () => {
    const files = (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => /\.(xml|ics|json)$/.test(f));
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'agenda.ics', 'agenda/rss.xml']));
    for (const file of files) expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toContain(DRAFT_MARKER);
    const fragments = readdirSync(path.join(outDir, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(10);
    const indexed = fragments.map((f) => gunzipSync(readFileSync(path.join(outDir, 'pagefind', 'fragment', f))).toString('utf8'));
    expect(indexed.some((text) => text.includes('Professionaliteit in samenspel'))).toBe(true);
    for (const text of indexed) expect(text).not.toContain(DRAFT_MARKER);
  });

  it('shows upcoming demo events on the home page', () => {
    const home = pages.find(([p]) => p === '/')![1];
    expect(home).toContain('Kenniscafé Noord-Holland');
    expect(home).not.toContain('Er staan op dit moment geen bijeenkomsten gepland');
  });
});
