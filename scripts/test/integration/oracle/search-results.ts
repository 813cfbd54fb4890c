import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The part of Pagefind's browser API the comparison uses. */
type PagefindModule = {
  options: (o: { basePath: string }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (
    query: string,
  ) => Promise<{ results: { data: () => Promise<{ url: string; meta: Record<string, string>; excerpt: string }> }[] }>;
};

/** Bundles the fetch shim serves: fake host → folder. */
const bundles = new Map<string, string>();
let loaded = 0;

/**
 * Pagefind's browser script fetches its index with `fetch`. Node's fetch cannot read
 * files, so requests to our fake `.invalid` hosts are answered from the bundle folder;
 * every other request goes out as before.
 */
function installFetchShim() {
  const original = globalThis.fetch;
  if ((original as { oracleShim?: boolean }).oracleShim) return;
  const shim = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const dir = bundles.get(url.host);
    if (!dir) return original(input, init);
    return new Response(readFileSync(path.join(dir, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, '')))));
  }) as typeof fetch & { oracleShim?: boolean };
  shim.oracleShim = true;
  globalThis.fetch = shim;
}

/**
 * What a visitor's search finds in a release's bundle, per query: result URLs (path only),
 * titles and excerpts in ranking order, plus the filter counts. Runs Pagefind's own
 * browser script and WebAssembly in Node, so it searches exactly as the site does.
 */
export async function searchResults(releaseDir: string, queries: string[]): Promise<Record<string, unknown>> {
  installFetchShim();
  const host = `bundle-${++loaded}.invalid`;
  const dir = path.join(releaseDir, 'pagefind');
  bundles.set(host, dir);
  try {
    // A query string makes a new module instance: each bundle gets its own Pagefind.
    const pagefind = (await import(`${pathToFileURL(path.join(dir, 'pagefind.js')).href}?bundle=${loaded}`)) as PagefindModule;
    await pagefind.options({ basePath: `http://${host}/pagefind/` });
    await pagefind.init();
    const results: Record<string, unknown> = { filters: await pagefind.filters() };
    for (const query of queries) {
      const found = await pagefind.search(query);
      results[query] = await Promise.all(
        found.results.map(async (r) => {
          const data = await r.data();
          return { url: new URL(data.url, `http://${host}`).pathname, title: data.meta.title, excerpt: data.excerpt };
        }),
      );
    }
    return results;
  } finally {
    bundles.delete(host);
  }
}
