import type { Evenement, Nieuwsbericht } from '@wsd/shared-types';
import type { Content } from './content.ts';

/** The moment the build runs: what counts as "upcoming" on a static site. */
export const buildTime = new Date();

export const NEWS_PAGE_SIZE = 12;

export function upcomingEvents(events: Evenement[], now = buildTime): Evenement[] {
  return events.filter((e) => new Date(e.endsAt) >= now);
}

export function pastEvents(events: Evenement[], now = buildTime): Evenement[] {
  return events.filter((e) => new Date(e.endsAt) < now).reverse();
}

/** Pages of the news overview: page 1 is /nieuws/, the rest /nieuws/pagina/N/. */
export function newsPages(news: Nieuwsbericht[], pageSize = NEWS_PAGE_SIZE): Nieuwsbericht[][] {
  const pages: Nieuwsbericht[][] = [];
  for (let i = 0; i < news.length; i += pageSize) pages.push(news.slice(i, i + pageSize));
  return pages.length > 0 ? pages : [[]];
}

/** Items that share a werkplaats or thema with this one, most shared first, then newest. */
export function relatedNews(item: Nieuwsbericht, news: Nieuwsbericht[], limit = 3): Nieuwsbericht[] {
  const keys = new Set([...item.werkplaatsen.map((w) => `w:${w.documentId}`), ...item.themas.map((t) => `t:${t.documentId}`)]);
  return news
    .filter((other) => other.documentId !== item.documentId)
    .map((other) => ({
      other,
      score: [...other.werkplaatsen.map((w) => `w:${w.documentId}`), ...other.themas.map((t) => `t:${t.documentId}`)].filter((k) =>
        keys.has(k),
      ).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.localeCompare(a.other.date))
    .slice(0, limit)
    .map(({ other }) => other);
}

/** Everything published for one werkplaats. */
export function forWerkplaats(data: Content, documentId: string) {
  const belongs = (list: { documentId: string }[]) => list.some((w) => w.documentId === documentId);
  return {
    news: data.news.filter((n) => belongs(n.werkplaatsen)),
    events: data.events.filter((e) => belongs(e.werkplaatsen)),
    agendas: data.agendas.filter((a) => a.werkplaats.documentId === documentId),
    dossier: data.dossier.filter((d) => d.werkplaats?.documentId === documentId),
  };
}

/** Everything published about one thema. */
export function forThema(data: Content, documentId: string) {
  const tagged = (list: { documentId: string }[]) => list.some((t) => t.documentId === documentId);
  return {
    news: data.news.filter((n) => tagged(n.themas)),
    events: data.events.filter((e) => tagged(e.themas)),
    dossier: data.dossier.filter((d) => tagged(d.themas)),
  };
}

export const NEWS_KIND_LABELS: Record<Nieuwsbericht['kind'], string> = {
  nieuws: 'Nieuws',
  interview: 'Interview',
  verslag: 'Verslag',
  terugblik: 'Terugblik',
  aankondiging: 'Aankondiging',
};

export const EVENT_KIND_LABELS: Record<Evenement['kind'], string> = {
  symposium: 'Symposium',
  themabijeenkomst: 'Themabijeenkomst',
  kenniscafe: 'Kenniscafé',
  werkconferentie: 'Werkconferentie',
  webinar: 'Webinar',
  overig: 'Bijeenkomst',
};
