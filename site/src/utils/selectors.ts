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

/** Pages of a news list (the overview, a thema): page 1 is the list's own URL, the rest …/pagina/N/. */
export function newsPages(news: Nieuwsbericht[], pageSize = NEWS_PAGE_SIZE): Nieuwsbericht[][] {
  const pages: Nieuwsbericht[][] = [];
  for (let i = 0; i < news.length; i += pageSize) pages.push(news.slice(i, i + pageSize));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two either side of the
 * current one, with 'gap' where numbers are left out (834 links at 10,000 items otherwise).
 */
export function pageWindow(current: number, total: number, around = 2): (number | 'gap')[] {
  const shown = [...new Set([1, total, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i)])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((page, i) => (i > 0 && page - shown[i - 1]! > 1 ? ['gap' as const, page] : [page]));
}

const relationKeys = (n: Nieuwsbericht) => [...n.werkplaatsen.map((w) => `w:${w.documentId}`), ...n.themas.map((t) => `t:${t.documentId}`)];

type Ranked = { item: Nieuwsbericht; index: number };
/** News grouped by their exact set of werkplaatsen and themas, each group newest first. */
type RelationIndex = { signature: Set<string>; members: Ranked[] }[];
const indexes = new WeakMap<Nieuwsbericht[], RelationIndex>();

/**
 * Groups the news once per list: every item of a group shares as many keys with a given
 * item, so ranking compares a few hundred groups instead of every other item (at 10,000
 * items, comparing every pair took tens of seconds of each build).
 */
function relationIndex(news: Nieuwsbericht[]): RelationIndex {
  const cached = indexes.get(news);
  if (cached) return cached;
  const groups = new Map<string, RelationIndex[number]>();
  news.forEach((item, index) => {
    const keys = relationKeys(item);
    const id = [...new Set(keys)].sort().join('|');
    const group = groups.get(id) ?? { signature: new Set(keys), members: [] };
    group.members.push({ item, index });
    groups.set(id, group);
  });
  const byDate = (a: Ranked, b: Ranked) => b.item.date.localeCompare(a.item.date) || a.index - b.index;
  const index = [...groups.values()].map((g) => ({ signature: g.signature, members: g.members.sort(byDate) }));
  indexes.set(news, index);
  return index;
}

/** Items that share a werkplaats or thema with this one, most shared first, then newest (then list order). */
export function relatedNews(item: Nieuwsbericht, news: Nieuwsbericht[], limit = 3): Nieuwsbericht[] {
  const keys = new Set(relationKeys(item));
  const candidates: (Ranked & { score: number })[] = [];
  for (const group of relationIndex(news)) {
    const score = [...group.signature].filter((k) => keys.has(k)).length;
    if (score === 0) continue;
    // The newest `limit` of a group (skipping the item itself) are all it can contribute.
    const best = group.members
      .slice(0, limit + 1)
      .filter((m) => m.item.documentId !== item.documentId)
      .slice(0, limit);
    candidates.push(...best.map((m) => ({ ...m, score })));
  }
  return candidates
    .sort((a, b) => b.score - a.score || b.item.date.localeCompare(a.item.date) || a.index - b.index)
    .slice(0, limit)
    .map((c) => c.item);
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

/** Past events and dossier articles a thema page lists (the newest); all news is paged. */
export const THEMA_LIST_LIMIT = 6;

/** Everything published about one thema: all news (paged by the page), upcoming and the latest past events, the newest dossier articles. */
export function forThema(data: Content, documentId: string) {
  const tagged = (list: { documentId: string }[]) => list.some((t) => t.documentId === documentId);
  const events = data.events.filter((e) => tagged(e.themas));
  return {
    news: data.news.filter((n) => tagged(n.themas)),
    events: [...upcomingEvents(events), ...pastEvents(events).slice(0, THEMA_LIST_LIMIT)],
    dossier: data.dossier.filter((d) => tagged(d.themas)).slice(0, THEMA_LIST_LIMIT),
  };
}

/** Every page of every thema: its news in twelves (page 1 at the thema's own URL), with its events and dossier. */
export function themaPages(data: Content) {
  return data.themas.flatMap((thema) => {
    const related = forThema(data, thema.documentId);
    const pages = newsPages(related.news);
    return pages.map((news, index) => ({ thema, related, news, page: index + 1, total: pages.length }));
  });
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
