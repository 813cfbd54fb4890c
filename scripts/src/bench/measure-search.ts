import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export type QueryResult = { query: string; bytes: number; milliseconds: number; results: number };
export type SearchResult = { indexBytes: number; indexFiles: number; first: QueryResult; second: QueryResult };

/** Size on disk of the Pagefind index of a build. */
function indexSize(dist: string): { bytes: number; files: number } {
  const dir = path.join(dist, 'pagefind');
  const files = (readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => statSync(f).isFile());
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

/** Types a query into the search page and waits for its results; counts the bytes fetched meanwhile. */
async function runQuery(tab: Page, query: string): Promise<QueryResult> {
  let bytes = 0;
  const count = (request: import('playwright-core').Request) =>
    request.sizes().then(
      (s) => void (bytes += s.responseBodySize + s.responseHeadersSize),
      () => undefined,
    );
  tab.on('requestfinished', count);
  const started = performance.now();
  await tab.locator('#zoekvraag').fill(query);
  const message = tab.locator('#zoekstatus');
  // The final message ("N resultaten voor …" or "Geen resultaten …"), not "Zoeken naar …" shown meanwhile.
  await message
    .filter({ hasText: query })
    .filter({ hasText: /resulta/i })
    .waitFor({ timeout: 30_000 });
  const milliseconds = performance.now() - started;
  await tab.waitForLoadState('networkidle');
  tab.off('requestfinished', count);
  const results = Number(/^\s*(\d[\d.]*)/.exec((await message.textContent()) ?? '')?.[1]?.replace(/\./g, '') ?? 0);
  return { query, bytes, milliseconds, results };
}

/**
 * Search as a visitor meets it on a phone: open /zoeken/, type a first query, then a
 * second; bytes transferred and time until the result count shows, per query.
 */
export async function measureSearch(browser: Browser, siteUrl: string, dist: string, queries: [string, string]): Promise<SearchResult> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const tab = await context.newPage();
  await tab.goto(`${siteUrl}/zoeken/`, { waitUntil: 'networkidle' });
  const first = await runQuery(tab, queries[0]);
  await tab.locator('#zoekvraag').fill('');
  const second = await runQuery(tab, queries[1]);
  await context.close();
  const index = indexSize(dist);
  return { indexBytes: index.bytes, indexFiles: index.files, first, second };
}
