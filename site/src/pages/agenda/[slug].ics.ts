import type { APIRoute, GetStaticPaths } from 'astro';
import type { Evenement } from '@wsd/shared-types';
import { content } from '../../utils/content.ts';
import { calendar, CALENDAR_HEADERS } from '../../utils/icalendar.ts';

export const getStaticPaths = (async () =>
  (await content()).events.map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies GetStaticPaths;

/** One event, for "Zet in je agenda". */
export const GET: APIRoute = ({ site, props }) => {
  const { event } = props as { event: Evenement };
  return new Response(calendar([event], site, event.title), { headers: CALENDAR_HEADERS });
};
