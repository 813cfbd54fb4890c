import type { Nieuwsbericht } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { relatedNews } from '../utils/selectors.ts';
import { byYear, paginate, yearsOf, type ListPage, type ArchiveYears } from './lists.ts';

/** How many of the newest items the news overview shows before its archive links. */
export const NEWS_OVERVIEW_SIZE = 24;

export type NewsOverview = { latest: Nieuwsbericht[]; years: ArchiveYears };
export type NewsArchivePage = ListPage<Nieuwsbericht> & { year: number; years: ArchiveYears };

const newsYears = (news: Nieuwsbericht[]) => byYear(news, (item) => item.date);

/** /nieuws/: the newest items and every year of the archive. */
export function newsOverview(data: Content): NewsOverview {
  return { latest: data.news.slice(0, NEWS_OVERVIEW_SIZE), years: yearsOf(newsYears(data.news)) };
}

/** /nieuws/archief/<year>/…: every year of news, newest first, 50 per page. */
export function newsArchivePages(data: Content): NewsArchivePage[] {
  const groups = newsYears(data.news);
  const years = yearsOf(groups);
  return groups.flatMap((group) => paginate(group.items).map((page) => ({ ...page, year: group.year, years })));
}

/** /nieuws/<slug>/: one item and the items related to it. */
export function newsItemPages(data: Content): { item: Nieuwsbericht; related: Nieuwsbericht[] }[] {
  return data.news.map((item) => ({ item, related: relatedNews(item, data.news) }));
}
