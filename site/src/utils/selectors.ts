import type { Evenement, Nieuwsbericht } from '@wsd/shared-types';
import type { Content } from './content.ts';

/** The moment the build runs: what counts as "upcoming" on a static site. */
export const buildTime = new Date();

export function upcomingEvents(events: Evenement[], now = buildTime): Evenement[] {
  return events.filter((e) => new Date(e.endsAt) >= now);
}

export function pastEvents(events: Evenement[], now = buildTime): Evenement[] {
  return events.filter((e) => new Date(e.endsAt) < now).reverse();
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
