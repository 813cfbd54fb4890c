import type { Evenement } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { pastEvents, upcomingEvents } from '../utils/selectors.ts';
import { byYear, paginate, yearsOf, type ListPage, type ArchiveYears } from './lists.ts';

/** How many past events the agenda shows under the upcoming ones, before the archive links. */
export const RECENT_PAST_EVENTS = 6;

export type AgendaPage = ListPage<Evenement> & { recentPast: Evenement[]; years: ArchiveYears };
export type AgendaArchivePage = ListPage<Evenement> & { year: number; years: ArchiveYears };

const pastYears = (events: Evenement[], now: Date) => byYear(pastEvents(events, now), (event) => event.startsAt);

/** /agenda/ and /agenda/pagina/N/: the upcoming events, 50 per page; page 1 also the latest past ones and the archive years. */
export function agendaPages(data: Content, now: Date): AgendaPage[] {
  const past = pastEvents(data.events, now);
  const years = yearsOf(pastYears(data.events, now));
  return paginate(upcomingEvents(data.events, now)).map((page) => ({
    ...page,
    recentPast: page.page === 1 ? past.slice(0, RECENT_PAST_EVENTS) : [],
    years,
  }));
}

/** /agenda/archief/<year>/…: past events by year, newest first, 50 per page. */
export function agendaArchivePages(data: Content, now: Date): AgendaArchivePage[] {
  const groups = pastYears(data.events, now);
  const years = yearsOf(groups);
  return groups.flatMap((group) => paginate(group.items).map((page) => ({ ...page, year: group.year, years })));
}
