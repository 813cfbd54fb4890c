import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every HTML file of a build, as [url path, html]. */
export function htmlPages(dist: string): [string, string][] {
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        pages.push([`/${rel.replace(/index\.html$/, '')}`, readFileSync(full, 'utf8')]);
      }
    }
  };
  walk(dist);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}

/** URLs referenced by a page (href, src, srcset). */
export function references(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) found.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  return found.map((u) => u.replace(/&amp;/g, '&'));
}
