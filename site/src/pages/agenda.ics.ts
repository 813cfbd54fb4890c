import type { APIRoute } from 'astro';
import { content } from '../utils/content.ts';
import { calendar, CALENDAR_HEADERS } from '../utils/icalendar.ts';
import { upcomingEvents } from '../utils/selectors.ts';

/** Upcoming events of all werkplaatsen as one subscribable calendar. */
export const GET: APIRoute = async ({ site }) => {
  const { events } = await content();
  return new Response(calendar(upcomingEvents(events), site, 'Werkplaatsen Sociaal Domein'), { headers: CALENDAR_HEADERS });
};
