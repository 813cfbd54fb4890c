/**
 * Every URL of the site is built here and nowhere else (trailing slash, Dutch paths).
 * Pages, components, feeds and the sitemap all use these helpers.
 */
export const urls = {
  home: () => '/',
  news: (page = 1) => (page <= 1 ? '/nieuws/' : `/nieuws/pagina/${page}/`),
  newsItem: (slug: string) => `/nieuws/${encodeURIComponent(slug)}/`,
  agenda: () => '/agenda/',
  event: (slug: string) => `/agenda/${encodeURIComponent(slug)}/`,
  werkplaatsen: () => '/werkplaatsen/',
  werkplaats: (slug: string) => `/werkplaatsen/${encodeURIComponent(slug)}/`,
  kennisagenda: (slug: string) => `/kennisagenda/${encodeURIComponent(slug)}/`,
  dossier: () => '/dossier/',
  thema: (slug: string, page = 1) => `/themas/${encodeURIComponent(slug)}/${page > 1 ? `pagina/${page}/` : ''}`,
  search: () => '/zoeken/',
  feeds: () => '/rss/',
  privacy: () => '/privacy/',
  accessibility: () => '/toegankelijkheid/',
} as const;

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
