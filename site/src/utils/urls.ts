/**
 * URL helpers of the site. The paths themselves come from shared-types (`urls`), the one
 * place they are made; this module adds what only the site needs.
 */
export { urls } from '@wsd/shared-types';

/** An absolute URL on the site (canonical, Open Graph, JSON-LD). */
export function absolute(pathname: string, site: URL | string | undefined): string {
  return new URL(pathname, site ?? 'http://127.0.0.1:4321').toString();
}

/** URL-safe anchor id from a heading text ("Visie: bijdragen aan empowerment" → "visie-bijdragen-aan-empowerment"). */
export function anchorId(text: string): string {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'sectie';
}
