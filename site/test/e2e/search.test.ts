import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '@wsd/publishing/serve/static-server';
import { launchBrowser } from '@wsd/test-harness/browser';
import { htmlPages } from '../harness/dist-pages.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('search in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    site = await serveStatic(inject('fixtureDist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function search(query: string, params = ''): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(query)}${params}`, { waitUntil: 'networkidle' });
    await page
      .locator('#zoekstatus')
      .filter({ hasText: /resulta/ })
      .waitFor();
    return page;
  }

  /** Every result link, after loading all pages of results. */
  async function resultLinks(page: Page): Promise<string[]> {
    await page
      .locator('#zoekstatus')
      .filter({ hasText: /resulta/ })
      .waitFor();
    while (await page.locator('#meer-resultaten').isVisible()) {
      await page.locator('#meer-resultaten').click();
      await page.waitForTimeout(100);
    }
    return page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  }

  it('"eenzaamheid" (from the URL) finds the dossier article about loneliness, highlighted', async () => {
    const page = await search('eenzaamheid');
    expect(await page.locator('#zoekvraag').inputValue()).toBe('eenzaamheid');
    const links = await resultLinks(page);
    expect(links).toContain('https://www.socialevraagstukken.nl/wat-helpt-tegen-eenzaamheid-in-de-wijk/');
    expect(await page.locator('.search-result mark').first().textContent()).toMatch(/eenzaamheid/i);
    await page.close();
  });

  it('a werkplaats filter narrows the results', async () => {
    const page = await search('sociaal');
    const all = await resultLinks(page);
    await page.locator('#zoekfilters summary').click();
    await page.getByLabel(/Werkplaats Sociaal Domein Noord-Holland/).check();
    await expect.poll(async () => (await resultLinks(page)).length).toBeLessThan(all.length);
    const filtered = await resultLinks(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered).toContain(`${site.url}/kennisagenda/kennisagenda-noord-holland-2023-2026/`);
    await page.close();
    // Loads every result twice, page by page: on a busy 2-core CI machine this passed 30 s once.
  }, 150_000);

  it('"samenwerking" also finds pages that only say "samenwerken" (Dutch stemming)', async () => {
    const text = (html: string) =>
      (html.match(/<article[^>]*data-pagefind-body[\s\S]*?<\/article>/)?.[0] ?? '').replace(/<[^>]+>/g, ' ').toLowerCase();
    const onlyVerb = htmlPages(inject('fixtureDist'))
      .filter(([, html]) => html.includes('data-pagefind-body'))
      .filter(([, html]) => text(html).includes('samenwerken') && !text(html).includes('samenwerking'))
      .map(([urlPath]) => `${site.url}${urlPath}`);
    expect(onlyVerb.length).toBeGreaterThan(0);
    const links = await resultLinks(await search('samenwerking'));
    expect(links.filter((link) => onlyVerb.includes(link)).length).toBeGreaterThan(0);
  });

  it('a nonsense query shows the Dutch no-results text with a hint', async () => {
    const page = await search('xqzwvbrk');
    await expect
      .poll(() => page.locator('#zoekstatus').textContent())
      .toMatch(/Geen resultaten gevonden voor xqzwvbrk\. Controleer de spelling/);
    await page.close();
  });

  it('the header search box on another page submits to /zoeken/ and keeps the query in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/agenda/`, { waitUntil: 'networkidle' });
    await page.getByRole('searchbox', { name: 'Zoeken op de site' }).fill('kenniscafé');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/zoeken\/\?q=kennisca/);
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await page.locator('#zoekvraag').fill('symposium');
    await expect.poll(() => page.url()).toContain('?q=symposium');
    await page.close();
  });

  it('sorts by date, newest first, when chosen (kept in the URL)', async () => {
    const page = await search('symposium');
    await resultLinks(page);
    await page.getByLabel('Sorteren op').selectOption('datum');
    await page.waitForURL(/sorteer=datum/);
    await page
      .locator('#zoekstatus')
      .filter({ hasText: /resulta/ })
      .waitFor();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(2);
    const labels = await page.locator('.search-result .meta').allTextContents();
    const months = [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ];
    const toTime = (label: string) => {
      const m = /(\d{1,2}) ([a-z]+) (\d{4})/.exec(label);
      return m ? Date.UTC(Number(m[3]), months.indexOf(m[2]!), Number(m[1])) : Date.UTC(Number(/\d{4}/.exec(label)?.[0]), 0, 1);
    };
    const times = labels.filter((l) => /\d{4}/.test(l)).map(toTime);
    expect(times.length).toBeGreaterThan(2);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await page.close();
  });

  /**
   * What people type, with the page they expect among the first five results: Dutch
   * stemming, compounds, diacritics, places, people, venues and werkplaats codes. When one
   * fails, fix the index (weights, meta, indexed text), not this list.
   */
  const QUERY_SET: { query: string; expect: string; why: string }[] = [
    { query: 'eenzaamheid', expect: '/agenda/kenniscafe-amsterdam-eenzaamheid/', why: 'a theme word' },
    {
      query: 'samenwerking',
      expect: '/nieuws/ervaringsdeskundigen-en-sociaal-werkers-leren-samenwerken/',
      why: 'stemming: the page says samenwerken',
    },
    { query: 'samenwerken', expect: '/nieuws/ervaringsdeskundigen-en-sociaal-werkers-leren-samenwerken/', why: 'the verb itself' },
    {
      query: 'ervaringsdeskundige',
      expect: '/nieuws/ervaringsdeskundigen-en-sociaal-werkers-leren-samenwerken/',
      why: 'singular of a plural in the text',
    },
    { query: 'jeugdzorg', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'a compound word' },
    { query: 'ouderenzorg', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'another compound' },
    { query: 'client', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'diacritics: the text says cliënt' },
    { query: 'cliënt', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'diacritics as written' },
    { query: 'kenniscafe', expect: '/agenda/kenniscafe-utrecht-burgerkracht/', why: 'diacritics: kenniscafé' },
    { query: 'Haarlem', expect: '/agenda/kenniscafe-noord-holland-ervaringskennis/', why: 'a place' },
    { query: 'Dordrecht', expect: '/agenda/kenniscafe-zuid-holland-zuid-huisuitzettingen/', why: 'a place' },
    { query: 'Utrecht', expect: '/kennisagenda/kennisagenda-utrecht-2023-2026/', why: 'a place and a werkplaats' },
    { query: 'Guido Walraven', expect: '/nieuws/interview-guido-walraven-agenderen/', why: 'a person' },
    { query: 'Walraven', expect: '/nieuws/interview-guido-walraven-agenderen/', why: 'a surname' },
    { query: 'Tonkens', expect: '/agenda/themabijeenkomst-professionaliteit-kus-2016/', why: 'a speaker' },
    { query: 'Inholland', expect: '/nieuws/interview-guido-walraven-agenderen/', why: 'a hogeschool' },
    { query: 'Colour Kitchen', expect: '/agenda/professionaliteit-in-samenspel/', why: 'a venue' },
    { query: 'NH', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'a werkplaats code' },
    { query: 'ZHZ', expect: '/kennisagenda/kennisagenda-zuid-holland-zuid-2023-2026/', why: 'a werkplaats code' },
    { query: 'huisuitzettingen', expect: '/agenda/kenniscafe-zuid-holland-zuid-huisuitzettingen/', why: 'a topic' },
    { query: 'werkbezoek', expect: '/agenda/professionaliteit-in-samenspel/', why: 'stemming: the page has werkbezoeken' },
    { query: 'burgerkracht', expect: '/agenda/kenniscafe-utrecht-burgerkracht/', why: 'a compound in a title' },
    {
      query: 'slash-professional',
      expect: 'https://www.socialevraagstukken.nl/de-slash-professional/',
      why: 'a dossier article (external)',
    },
    { query: 'empowerment', expect: '/kennisagenda/kennisagenda-noord-holland-2023-2026/', why: 'a lectoraat' },
  ];

  it(`finds what people type: ${QUERY_SET.length} Dutch queries, each expected page in the top 5`, async () => {
    const misses: string[] = [];
    const page = await browser.newPage();
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' });
    for (const { query, expect: wanted, why } of QUERY_SET) {
      await page.locator('#zoekvraag').fill(query);
      await page
        .locator('#zoekstatus')
        .filter({ hasText: query })
        .filter({ hasText: /resulta/ })
        .waitFor();
      const top = (await page.locator('.search-result h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).slice(
        0,
        5,
      );
      const target = wanted.startsWith('http') ? wanted : `${site.url}${wanted}`;
      if (!top.includes(target))
        misses.push(`"${query}" (${why}): ${wanted} not in ${JSON.stringify(top.map((t) => t.replace(site.url, '')))}`);
    }
    await page.close();
    expect(misses).toEqual([]);
  }, 120_000);

  it('the first query loads no filter data and no second copy of Pagefind in a worker; opening the filters does load filters', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.url}/zoeken/?q=symposium`, { waitUntil: 'networkidle' });
    await page
      .locator('#zoekstatus')
      .filter({ hasText: /resulta/ })
      .waitFor();
    expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    // Pagefind's worker would fetch its code again (12 KB) for a search that takes milliseconds.
    expect(page.workers().map((w) => w.url())).toEqual([]);
    await page.locator('#zoekfilters summary').click();
    await page.getByRole('group', { name: 'Werkplaats' }).waitFor();
    expect(fetched.filter((p) => p.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
    await page.close();
  });

  it('the search page with results has no axe violations', async () => {
    const page = await search('symposium');
    await resultLinks(page);
    await page.evaluate(AXE_SOURCE);
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
      }),
    )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });
});
