/**
 * How many clicks each page of a built site is from the home page: a breadth-first walk
 * over the links (href) of every page, as a visitor would follow them. Used by the site's
 * build test (fixture) and by `npm run bench` (10,000 items).
 */
export function clickDepths(pages: [urlPath: string, html: string][], site: string): Map<string, number> {
  const byPath = new Map(pages);
  const origin = new URL(site).origin;
  const depth = new Map<string, number>([['/', 0]]);
  let frontier = ['/'];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const match of (byPath.get(from) ?? '').matchAll(/<a\s[^>]*href="([^"#]*)(?:#[^"]*)?"/g)) {
        const href = match[1]!.replace(/&amp;/g, '&');
        if (!href) continue;
        const url = new URL(href, `${origin}${from}`);
        if (url.origin !== origin || !byPath.has(url.pathname) || depth.has(url.pathname)) continue;
        depth.set(url.pathname, depth.get(from)! + 1);
        next.push(url.pathname);
      }
    }
    frontier = next;
  }
  return depth;
}
