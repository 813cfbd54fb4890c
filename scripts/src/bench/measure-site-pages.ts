import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { clickDepths } from './link-depth.ts';

/** Every page of a built site at once: the largest HTML, and how far items are from the home page. */
export type SitePages = {
  pages: number;
  /** The largest page's HTML, raw and gzipped (level 9, as the release is precompressed), and which page. */
  largest: { pathname: string; raw: number; gzip: number };
  largestGzip: { pathname: string; raw: number; gzip: number };
  /** Most clicks from the home page to any item page (news, event, kennisagenda, werkplaats). */
  maxItemDepth: number;
  /** Item pages no link path from the home page reaches. */
  unreachableItems: string[];
};

/** Item pages: one news item, event, kennisagenda or werkplaats (not a list or an archive). */
const ITEM = /^\/(nieuws|agenda|kennisagenda|werkplaatsen)\/(?!archief\/|pagina\/)[^/]+\/$/;

/** Reads every HTML page of `dist` (the 404 page aside) and measures size and click depth. */
export function measureSitePages(dist: string, siteUrl: string): SitePages {
  const pages: [string, string][] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const pathname = `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
    pages.push([pathname, readFileSync(file, 'utf8')]);
  }
  const sizes = pages.map(([pathname, html]) => ({ pathname, raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length }));
  const by = (key: 'raw' | 'gzip') => sizes.reduce((a, b) => (b[key] > a[key] ? b : a));
  const depth = clickDepths(pages, siteUrl);
  const items = pages.map(([p]) => p).filter((p) => ITEM.test(p));
  return {
    pages: pages.length,
    largest: by('raw'),
    largestGzip: by('gzip'),
    maxItemDepth: Math.max(0, ...items.map((p) => depth.get(p) ?? 0)),
    unreachableItems: items.filter((p) => !depth.has(p)),
  };
}
