import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '@wsd/publishing/serve/static-server';
import { SITE_DIR } from '../harness/build-site.ts';
import { launchBrowser } from '@wsd/test-harness/browser';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = path.join(SITE_DIR, 'test-results', 'screenshots');

/** One page of every type. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  nieuws: '/nieuws/',
  nieuwsbericht: '/nieuws/zuid-holland-zuid-lerend-van-jaar-een/',
  interview: '/nieuws/interview-guido-walraven-agenderen/',
  agenda: '/agenda/',
  evenement: '/agenda/professionaliteit-in-samenspel/',
  werkplaatsen: '/werkplaatsen/',
  werkplaats: '/werkplaatsen/zuid-holland-zuid/',
  kennisagenda: '/kennisagenda/kennisagenda-noord-holland-2023-2026/',
  dossier: '/dossier/',
  thema: '/themas/sociale-basis/',
  privacy: '/privacy/',
  toegankelijkheid: '/toegankelijkheid/',
  rss: '/rss/',
  zoeken: '/zoeken/?q=samenwerking',
  404: '/bestaat-niet/',
};

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

async function axe(page: Page): Promise<AxeResult['violations']> {
  // Evaluated over the DevTools protocol: the site's CSP (no inline script) stays in force.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations;
}

describe('the site in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  const requests: string[] = [];

  beforeAll(async () => {
    site = await serveStatic(inject('fixtureDist'));
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(urlPath: string, width = 1280): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}${urlPath}`, { waitUntil: 'networkidle' });
    return page;
  }

  it('home → news → article', async () => {
    const page = await open('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuws' }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/nieuws/`);
    await page.getByRole('link', { name: 'Interview: Guido Walraven over het agenderen van sociale kwesties' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Interview: Guido Walraven over het agenderen van sociale kwesties');
    expect(await page.locator('h2.question').count()).toBe(4);
    await page.close();
  });

  it('a region page shows its contact, news and kennisagenda', async () => {
    const page = await open('/werkplaatsen/');
    await page
      .getByRole('link', { name: /Zuid-Holland Zuid/ })
      .first()
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Werkplaats Sociaal Domein Zuid-Holland Zuid');
    const address = await page.locator('address').textContent();
    expect(address).toContain('Museumpark 40');
    expect(address).toContain('3015 CX Rotterdam');
    expect(await page.getByRole('link', { name: 'Kennisagenda Zuid-Holland Zuid 2023–2026' }).count()).toBe(1);
    await page.close();
  });

  it('an event page shows its timetable, prices and invitation', async () => {
    const page = await open('/agenda/professionaliteit-in-samenspel/');
    expect(await page.locator('table.timetable tbody tr').count()).toBe(10);
    expect(await page.getByText('€ 60,00').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Download de uitnodiging' }).getAttribute('href')).toMatch(/\.pdf$/);
    await page.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await open('/nieuws/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.close();
  });

  for (const [name, urlPath] of Object.entries(PAGE_TYPES)) {
    it(`${name}: no axe violations; screenshots at 375 and 1280 px`, async () => {
      for (const width of [375, 1280]) {
        const page = await open(urlPath, width);
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        const violations = await axe(page);
        expect(
          violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          `${urlPath} at ${width}px`,
        ).toEqual([]);
        await page.close();
      }
    });
  }

  it('makes no third-party requests, and loads JavaScript only for search', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'))).toEqual([]);
    // Only the search page loads script: Pagefind's UI and the small search module.
    expect(requests.filter((url) => /\.(m?js)(\?|$)/.test(url) && !url.includes('/pagefind/') && !url.includes('/_astro/zoeken'))).toEqual(
      [],
    );
  });
});
