import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '@wsd/scripts/static-server';
import { launchBrowser } from '../harness/browser.ts';
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

  async function search(query: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.locator('.pagefind-ui__message').waitFor();
    return page;
  }

  /** Every result link, after loading all pages of results. */
  async function resultLinks(page: Page): Promise<string[]> {
    await page
      .locator('.pagefind-ui__message')
      .filter({ hasText: /resulta/ })
      .waitFor();
    while (await page.locator('.pagefind-ui__button').isVisible()) {
      await page.locator('.pagefind-ui__button').click();
      await page.waitForTimeout(200);
    }
    return page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  }

  it('"eenzaamheid" (from the URL) finds the dossier article about loneliness, highlighted', async () => {
    const page = await search('eenzaamheid');
    expect(await page.locator('input.pagefind-ui__search-input').inputValue()).toBe('eenzaamheid');
    const links = await resultLinks(page);
    expect(links).toContain('https://www.socialevraagstukken.nl/wat-helpt-tegen-eenzaamheid-in-de-wijk/');
    expect(await page.locator('.pagefind-ui__result-excerpt mark').first().textContent()).toMatch(/eenzaamheid/i);
    await page.close();
  });

  it('a werkplaats filter narrows the results', async () => {
    const page = await search('sociaal');
    const all = await resultLinks(page);
    // Pagefind's UI shows its filter panel once the filter index has loaded: slow on a busy CI machine.
    await page.locator('summary', { hasText: /werkplaats/i }).click({ timeout: 60_000 });
    await page.getByLabel(/Werkplaats Sociaal Domein Noord-Holland/).check();
    await page.waitForTimeout(500);
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
      .poll(() => page.locator('.pagefind-ui__message').textContent())
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
    await page.locator('input.pagefind-ui__search-input').fill('symposium');
    await expect.poll(() => page.url()).toContain('?q=symposium');
    await page.close();
  });

  it('sorts by date, newest first, when chosen (kept in the URL)', async () => {
    const page = await search('symposium');
    await resultLinks(page);
    await page.getByLabel('Sorteren op').selectOption('datum');
    await page.waitForURL(/sorteer=datum/);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const labels = await page.locator('.pagefind-ui__result-tag').allTextContents();
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
    const times = labels.filter((l) => l.includes('Datum')).map(toTime);
    expect(times.length).toBeGreaterThan(2);
    expect(times).toEqual([...times].sort((a, b) => b - a));
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
