/**
 * Every URL of the site is built here and nowhere else (trailing slash, Dutch paths).
 * The site's pages, components, feeds and sitemap use these helpers, and so do the tools
 * that must know where an entry will live (the WordPress importer's redirects).
 */
/** `…/pagina/N/` after a list's own URL for pages 2 and up. */
const paged = (base: string, page: number) => (page > 1 ? `${base}pagina/${page}/` : base);
const segment = (value: string | number) => encodeURIComponent(String(value));

export const urls = {
  home: () => '/',
  news: () => '/nieuws/',
  /** One year of news, newest first, 50 per page. */
  newsArchive: (year: number, page = 1) => paged(`/nieuws/archief/${year}/`, page),
  newsItem: (slug: string) => `/nieuws/${segment(slug)}/`,
  /** The next upcoming events (page 1) and the rest of them (pages 2 and up). */
  agenda: (page = 1) => paged('/agenda/', page),
  /** One year of past events, newest first. */
  agendaArchive: (year: number, page = 1) => paged(`/agenda/archief/${year}/`, page),
  event: (slug: string) => `/agenda/${segment(slug)}/`,
  werkplaatsen: () => '/werkplaatsen/',
  werkplaats: (slug: string) => `/werkplaatsen/${segment(slug)}/`,
  /** Every news item, event or dossier article of one werkplaats, paged. */
  werkplaatsList: (slug: string, list: 'nieuws' | 'agenda' | 'dossier', page = 1) => paged(`/werkplaatsen/${segment(slug)}/${list}/`, page),
  kennisagenda: (slug: string) => `/kennisagenda/${segment(slug)}/`,
  dossier: () => '/dossier/',
  /** One year of dossier articles, newest first; `slug` points at one article on it. */
  dossierArchive: (year: number, page = 1, slug?: string) =>
    `${paged(`/dossier/archief/${year}/`, page)}${slug ? `#${segment(slug)}` : ''}`,
  thema: (slug: string, page = 1) => paged(`/themas/${segment(slug)}/`, page),
  search: () => '/zoeken/',
  feeds: () => '/rss/',
  privacy: () => '/privacy/',
  accessibility: () => '/toegankelijkheid/',
} as const;
