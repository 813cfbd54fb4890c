import type { Dossierartikel, Evenement, Nieuwsbericht, Thema } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { pastEvents, upcomingEvents } from '../utils/selectors.ts';
import { paginate } from './lists.ts';

/** A thema page lists this many news items per page, and at most this many events and dossier articles. */
export const THEMA_NEWS_PAGE_SIZE = 12;
export const THEMA_LIST_LIMIT = 6;

export type ThemaPage = {
  thema: Thema;
  /** This page's share of the thema's news. */
  news: Nieuwsbericht[];
  page: number;
  total: number;
  /** Upcoming, then the latest past events (page 1 only). */
  events: Evenement[];
  /** The newest dossier articles (page 1 only). */
  dossier: Dossierartikel[];
};

/** /themas/<slug>/…: every thema's news in twelves; page 1 also its events and dossier articles. */
export function themaPages(data: Content, now: Date): ThemaPage[] {
  return data.themas.flatMap((thema) => {
    const tagged = (list: { documentId: string }[]) => list.some((t) => t.documentId === thema.documentId);
    const themaEvents = data.events.filter((e) => tagged(e.themas));
    const events = [
      ...upcomingEvents(themaEvents, now).slice(0, THEMA_LIST_LIMIT),
      ...pastEvents(themaEvents, now).slice(0, THEMA_LIST_LIMIT),
    ];
    const dossier = data.dossier.filter((d) => tagged(d.themas)).slice(0, THEMA_LIST_LIMIT);
    return paginate(
      data.news.filter((n) => tagged(n.themas)),
      THEMA_NEWS_PAGE_SIZE,
    ).map(({ items, page, total }) => ({
      thema,
      news: items,
      page,
      total,
      events: page === 1 ? events : [],
      dossier: page === 1 ? dossier : [],
    }));
  });
}
