import { yearOf } from '../utils/format.ts';

/** No page lists more than this many items (archives, complete lists of a werkplaats). */
export const LIST_PAGE_SIZE = 50;

/** One page of a longer list: page 1 is the list's own URL. */
export type ListPage<T> = { items: T[]; page: number; total: number };

/** A list in pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: T[], size = LIST_PAGE_SIZE): ListPage<T>[] {
  const pages: ListPage<T>[] = [];
  for (let i = 0; i < items.length; i += size) pages.push({ items: items.slice(i, i + size), page: 0, total: 0 });
  if (pages.length === 0) pages.push({ items: [], page: 0, total: 0 });
  return pages.map((p, index) => ({ ...p, page: index + 1, total: pages.length }));
}

/**
 * The years of an archive, newest first, for its links. Just the years: a count per year
 * would change on every publish and with it every archive page (and its cache key).
 */
export type ArchiveYears = number[];

/** Items grouped by the year of their date (Europe/Amsterdam), newest year first; each group keeps the list's order. */
export function byYear<T>(items: T[], dateOf: (item: T) => string): { year: number; items: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const year = yearOf(dateOf(item));
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, items: list }));
}

export const yearsOf = <T>(groups: { year: number; items: T[] }[]): ArchiveYears => groups.map((g) => g.year);
