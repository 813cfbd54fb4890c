import type { Dossierartikel } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { urls } from '../utils/urls.ts';
import { byYear, paginate, yearsOf, type ListPage, type ArchiveYears } from './lists.ts';

/** How many of the newest articles the dossier overview shows before its archive links. */
export const DOSSIER_OVERVIEW_SIZE = 20;

export type DossierArchivePage = ListPage<Dossierartikel> & { year: number; years: ArchiveYears };

const dossierYears = (dossier: Dossierartikel[]) => byYear(dossier, (article) => article.date);

/** /dossier/: the newest articles and every year of the archive. */
export function dossierOverview(data: Content): { latest: Dossierartikel[]; years: ArchiveYears } {
  return { latest: data.dossier.slice(0, DOSSIER_OVERVIEW_SIZE), years: yearsOf(dossierYears(data.dossier)) };
}

/** /dossier/archief/<year>/…: every year of articles, newest first, 50 per page. */
export function dossierArchivePages(data: Content): DossierArchivePage[] {
  const groups = dossierYears(data.dossier);
  const years = yearsOf(groups);
  return groups.flatMap((group) => paginate(group.items).map((page) => ({ ...page, year: group.year, years })));
}

/**
 * Where each article is listed on this site (its year's archive page, with an anchor):
 * articles live on Sociale Vraagstukken, so this is the link for one without a safe
 * external URL (feeds), and the anchor every card carries.
 */
export function dossierLocations(data: Content): Map<string, string> {
  const locations = new Map<string, string>();
  for (const page of dossierArchivePages(data)) {
    for (const article of page.items) locations.set(article.documentId, urls.dossierArchive(page.year, page.page, article.slug));
  }
  return locations;
}
