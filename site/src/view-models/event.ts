import type { Evenement, Nieuwsbericht } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';

export type EventPage = {
  event: Evenement;
  /** News items about this event. */
  news: Nieuwsbericht[];
  /** Over at build time: registration closed, shown as a past event. */
  isPast: boolean;
};

/** /agenda/<slug>/: one event, the news about it, and whether it is over. */
export function eventPages(data: Content, now: Date): EventPage[] {
  const newsByEvent = new Map<string, Nieuwsbericht[]>();
  for (const item of data.news) {
    if (!item.event) continue;
    const list = newsByEvent.get(item.event.documentId);
    if (list) list.push(item);
    else newsByEvent.set(item.event.documentId, [item]);
  }
  return data.events.map((event) => ({ event, news: newsByEvent.get(event.documentId) ?? [], isPast: new Date(event.endsAt) < now }));
}
