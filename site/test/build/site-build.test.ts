import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveFile } from '@wsd/publishing/serve/static-server';
import type { Snapshot } from '../../src/loaders/strapi/source.ts';
import { FIXTURE_SNAPSHOT } from '../harness/build-site.ts';
import { clickDepths } from '@wsd/scripts/link-depth';
import { htmlPages, references } from '../harness/dist-pages.ts';

const SITE = 'https://wsd.example';
let dist: string;
let pages: [string, string][];
const snapshot = JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as Snapshot;
const slugs = (name: keyof Snapshot['collections']) => (snapshot.collections[name] as { slug: string }[]).map((e) => e.slug);
type Dated = {
  slug: string;
  date?: string;
  startsAt?: string;
  endsAt?: string;
  werkplaatsen?: { documentId: string }[];
  werkplaats?: { documentId: string } | null;
};
const entries = (name: keyof Snapshot['collections']) => snapshot.collections[name] as Dated[];
/** Years (UTC is close enough for the fixture: nothing in it is dated on New Year's Eve) of a collection's items. */
const years = (items: Dated[], dateOf: (e: Dated) => string) => [...new Set(items.map((e) => Number(dateOf(e).slice(0, 4))))];
const pastEvents = () => entries('evenementen').filter((e) => new Date(e.endsAt!) < new Date());
const werkplaatsIds = () => snapshot.collections.werkplaatsen as { documentId: string; slug: string }[];
const page = (urlPath: string) => {
  const found = pages.find(([p]) => p === urlPath);
  if (!found) throw new Error(`no page ${urlPath}`);
  return found[1];
};

beforeAll(() => {
  dist = inject('fixtureDist');
  pages = htmlPages(dist);
});

describe('site built from the fixture snapshot', () => {
  it('has every page type, for every entry', () => {
    const expected = [
      '/',
      '/nieuws/',
      '/agenda/',
      '/werkplaatsen/',
      '/dossier/',
      '/privacy/',
      '/toegankelijkheid/',
      '/404.html',
      '/rss/',
      '/zoeken/',
      ...slugs('nieuwsberichten').map((s) => `/nieuws/${s}/`),
      ...slugs('evenementen').map((s) => `/agenda/${s}/`),
      ...slugs('werkplaatsen').map((s) => `/werkplaatsen/${s}/`),
      ...slugs('kennisagendas').map((s) => `/kennisagenda/${s}/`),
      ...slugs('themas').map((s) => `/themas/${s}/`),
      ...years(entries('nieuwsberichten'), (e) => e.date!).map((y) => `/nieuws/archief/${y}/`),
      ...years(entries('dossierartikelen'), (e) => e.date!).map((y) => `/dossier/archief/${y}/`),
      ...years(pastEvents(), (e) => e.startsAt!).map((y) => `/agenda/archief/${y}/`),
      ...werkplaatsIds().flatMap((w) => {
        const lists = {
          nieuws: entries('nieuwsberichten').some((n) => n.werkplaatsen!.some((x) => x.documentId === w.documentId)),
          agenda: entries('evenementen').some((n) => n.werkplaatsen!.some((x) => x.documentId === w.documentId)),
          dossier: entries('dossierartikelen').some((n) => n.werkplaats?.documentId === w.documentId),
        };
        return Object.entries(lists)
          .filter(([, has]) => has)
          .map(([list]) => `/werkplaatsen/${w.slug}/${list}/`);
      }),
    ];
    const built = pages.map(([p]) => p);
    expect(built.filter((p) => !expected.includes(p))).toEqual([]);
    expect(expected.filter((p) => !built.includes(p))).toEqual([]);
    expect(resolveFile(dist, '/sitemap-index.xml')).toBeTruthy();
    expect(resolveFile(dist, '/pagefind/pagefind-entry.json')).toBeTruthy();
    expect(resolveFile(dist, '/zoekindex-extra.json')).toBeUndefined();
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('every page is Dutch, has one h1, a title, a description and a canonical URL', () => {
    for (const [urlPath, html] of pages) {
      expect(html, urlPath).toMatch(/^<!DOCTYPE html><html lang="nl"/i);
      expect(html.match(/<h1[\s>]/g), urlPath).toHaveLength(1);
      expect(html, urlPath).toMatch(/<title>[^<]+<\/title>/);
      expect(html, urlPath).toMatch(/<meta name="description" content="[^"]+"/);
      const noindex = html.includes('<meta name="robots" content="noindex">');
      if (!noindex) expect(html, urlPath).toContain(`<link rel="canonical" href="${SITE}${urlPath}"`);
      expect(noindex, urlPath).toBe(urlPath === '/404.html' || urlPath === '/zoeken/');
    }
  });

  it('content pages load no JavaScript (only the search page does)', () => {
    for (const [urlPath, html] of pages.filter(([p]) => p !== '/zoeken/')) {
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      expect(
        scripts.filter((attrs) => !attrs.includes('application/ld+json')),
        urlPath,
      ).toEqual([]);
    }
  });

  it('has no broken internal link, image or anchor', () => {
    const broken: string[] = [];
    for (const [urlPath, html] of pages) {
      for (const ref of references(html)) {
        const url = new URL(ref, `${SITE}${urlPath}`);
        if (url.origin !== SITE) continue;
        const file = resolveFile(dist, url.pathname);
        if (!file) broken.push(`${urlPath} → ${ref}`);
        else if (url.hash && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`))
          broken.push(`${urlPath} → ${ref} (anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page is valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'], rules: { 'no-inline-style': 'off' } });
    const failures: string[] = [];
    for (const [urlPath, html] of pages) {
      const report = await validator.validateString(html, urlPath);
      for (const result of report.results) for (const m of result.messages) failures.push(`${urlPath}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('formats dates, times and prices the Dutch way', () => {
    const html = page('/agenda/professionaliteit-in-samenspel/');
    expect(html).toContain('maandag 25 november 2019, 09.30 – 17.30 uur');
    expect(html).toContain('€\u00a060,00');
    expect(html).toContain('€\u00a080,00');
    expect(html).toContain('<th scope="row">13.00 – 14.00</th>');
  });

  it('shows the event programme, sessions, site visits, venue and invitation', () => {
    const html = page('/agenda/professionaliteit-in-samenspel/');
    expect(html.match(/<th scope="row">/g)).toHaveLength(10);
    expect(html).toContain('<h2 id="sessies-titel">Deelsessies</h2>');
    expect(html.match(/<section class="subsection"/g)).toHaveLength(7);
    expect(html).toContain('Prinses Christinalaan 1');
    expect(html).toMatch(/href="[^"]+\.pdf" download/);
  });

  it('shows an interview as questions and answers', () => {
    const html = page('/nieuws/interview-guido-walraven-agenderen/');
    expect(html.match(/<h2 class="question">/g)).toHaveLength(4);
  });

  it('gives the kennisagenda a table of contents, numbered themes and question lists', () => {
    const html = page('/kennisagenda/kennisagenda-noord-holland-2023-2026/');
    expect(html).toContain('<nav class="toc"');
    expect(html.match(/Professionaliseringsvraagstuk \d:/g)).toHaveLength(3);
    expect(html.match(/<ul class="questions">/g)).toHaveLength(3);
    expect(html.match(/<figcaption>/g)).toHaveLength(2);
  });

  it('serves images as AVIF and WebP with width and height', () => {
    const html = page('/nieuws/interview-guido-walraven-agenderen/');
    expect(html).toMatch(/<source srcset="\/_astro\/[^"]+\.avif 320w[^"]*" type="image\/avif"/);
    expect(html).toMatch(/<source srcset="[^"]+\.webp[^"]*" type="image\/webp"/);
    for (const img of html.match(/<img [^>]+>/g) ?? []) expect(img).toMatch(/width="\d+" height="\d+"/);
  });

  it('describes pages for search engines and sharing (JSON-LD, Open Graph)', () => {
    expect(page('/agenda/professionaliteit-in-samenspel/')).toContain('"@type":"Event"');
    expect(page('/nieuws/interview-guido-walraven-agenderen/')).toContain('"@type":"NewsArticle"');
    expect(page('/werkplaatsen/zuid-holland-zuid/')).toContain('"@type":"Organization"');
    const shareImage = /<meta property="og:image" content="https:\/\/wsd\.example\/_astro\/[^"]+\.jpe?g"/;
    // Every page with an image shares it: news and events their cover, a kennisagenda its first figure.
    expect(page('/nieuws/interview-guido-walraven-agenderen/')).toMatch(shareImage);
    expect(page('/agenda/professionaliteit-in-samenspel/')).toMatch(shareImage);
    expect(page('/agenda/professionaliteit-in-samenspel/')).toMatch(/<meta property="og:image:alt" content="[^"]+"/);
    expect(page('/kennisagenda/kennisagenda-noord-holland-2023-2026/')).toMatch(shareImage);
    // Pages without any image share none (no broken og:image).
    expect(page('/agenda/themabijeenkomst-professionaliteit-kus-2016/')).not.toContain('og:image');
    expect(page('/werkplaatsen/utrecht/')).not.toContain('og:image');
  });

  it('the sitemap lists every page but 404 and search, and nothing else', () => {
    const listed = [...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    const wanted = pages.map(([p]) => p).filter((p) => p !== '/404.html' && p !== '/zoeken/');
    expect(listed.sort()).toEqual(wanted.sort());
    expect(readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });

  it('archives every year: each overview links its years, each year lists its items newest first', () => {
    for (const [overview, archive, items, dateOf] of [
      ['/nieuws/', '/nieuws/archief/', entries('nieuwsberichten'), (e: Dated) => e.date!],
      ['/dossier/', '/dossier/archief/', entries('dossierartikelen'), (e: Dated) => e.date!],
      ['/agenda/', '/agenda/archief/', pastEvents(), (e: Dated) => e.startsAt!],
    ] as const) {
      for (const year of years(items, dateOf)) {
        expect(page(overview), `${overview} links ${year}`).toContain(`href="${archive}${year}/"`);
        expect(page('/'), `home links ${archive}${year}/`).toContain(`href="${archive}${year}/"`);
        const html = page(`${archive}${year}/`);
        const inYear = items.filter((e) => dateOf(e).startsWith(String(year))).sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
        const positions = inYear.map((e) => html.indexOf(`${e.slug}`));
        expect(
          positions.every((p) => p > 0),
          `${archive}${year}/ lists every item of ${year}`,
        ).toBe(true);
        expect(
          [...positions].sort((a, b) => a - b),
          `${archive}${year}/ newest first`,
        ).toEqual(positions);
      }
    }
  });

  it('every item is at most three clicks from the home page', () => {
    const depth = clickDepths(pages, SITE);
    const items = [
      ...slugs('nieuwsberichten').map((s) => `/nieuws/${s}/`),
      ...slugs('evenementen').map((s) => `/agenda/${s}/`),
      ...slugs('kennisagendas').map((s) => `/kennisagenda/${s}/`),
      ...slugs('werkplaatsen').map((s) => `/werkplaatsen/${s}/`),
    ];
    const tooDeep = items.filter((p) => !((depth.get(p) ?? Infinity) <= 3));
    expect(tooDeep).toEqual([]);
  });

  it('marks dossier articles as external', () => {
    const html = page('/dossier/');
    expect(slugs('dossierartikelen').length).toBeLessThanOrEqual(20);
    expect(html.match(/\(externe site: Sociale Vraagstukken\)/g)?.length).toBe(slugs('dossierartikelen').length);
  });
});
