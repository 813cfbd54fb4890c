import { createHash } from 'node:crypto';
import { digestOf } from '../utils/content.ts';
import { siteConfig } from '../utils/build-config.ts';

/**
 * A compact, exact description of a value for a cache key: content entries by their
 * content-layer digest (which changes with any field of the entry), everything else by
 * its JSON. Two values with the same description render the same page.
 */
function describe(value: unknown): unknown {
  const digest = digestOf(value);
  if (digest) return digest;
  if (Array.isArray(value)) return value.map(describe);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describe(v)]));
  return value;
}

/**
 * The cacheKey of a page for Astro's incremental build: everything the page shows is in
 * its props (view models), plus what every page shows through the layout (site settings:
 * name, footer, navigation) and the build settings that reach the HTML. A page whose key
 * is unchanged is restored from the previous build instead of rendered.
 */
export function cacheKey(props: unknown, layout: unknown): string {
  const { publicMediaUrl, mediaBaseUrl } = siteConfig();
  const env = { publicMediaUrl, mediaBaseUrl };
  return createHash('sha256')
    .update(JSON.stringify([describe(layout), env, describe(props)]))
    .digest('base64url');
}

/** getStaticPaths entries for view models: each page's view model is its props, with its cacheKey. */
export function withCacheKeys<P extends object, Params extends Record<string, string>>(
  pages: P[],
  params: (page: P) => Params,
  layout: unknown,
) {
  return pages.map((props) => ({ params: params(props), props, cacheKey: cacheKey(props, layout) }));
}
