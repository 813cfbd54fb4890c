import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { PageType } from './page-types.ts';

type Kind = 'html' | 'css' | 'js' | 'image' | 'other';
export type Bytes = { raw: number; gzip: number };
export type PageWeight = { type: string; pathname: string } & Record<Kind, Bytes>;

const KIND_OF: Record<string, Kind> = { document: 'html', stylesheet: 'css', script: 'js', image: 'image' };
const empty = (): Bytes => ({ raw: 0, gzip: 0 });

/**
 * What a phone downloads for one page: every response the browser fetched while loading
 * it and scrolling to the end (lazy images included), by kind, as raw bytes and gzipped.
 */
async function weighPage(browser: Browser, siteUrl: string, page: PageType): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  const tab = await context.newPage();
  const weight: PageWeight = { ...page, html: empty(), css: empty(), js: empty(), image: empty(), other: empty() };
  const bodies: Promise<void>[] = [];
  tab.on('response', (response) => {
    const kind = KIND_OF[response.request().resourceType()] ?? 'other';
    bodies.push(
      response.body().then(
        (body) => {
          weight[kind].raw += body.length;
          // Images are already compressed: gzip would not shrink them, so it is not applied.
          weight[kind].gzip += kind === 'image' ? body.length : gzipSync(body).length;
        },
        () => undefined,
      ),
    );
  });
  const response = await tab.goto(`${siteUrl}${page.pathname}`, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) throw new Error(`${page.pathname} answered ${response?.status()} instead of 200`);
  await tab.evaluate('window.scrollTo(0, document.body.scrollHeight)');
  await tab.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await context.close();
  return weight;
}

export async function measurePageWeights(browser: Browser, siteUrl: string, pages: PageType[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) weights.push(await weighPage(browser, siteUrl, page));
  return weights;
}
