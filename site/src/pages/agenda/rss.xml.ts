import type { APIRoute } from 'astro';
import { content } from '../../utils/content.ts';
import { eventItem, feedResponse, newestForFeed } from '../../utils/feeds.ts';

/** Events of all werkplaatsen, newest announcements first. */
export const GET: APIRoute = async ({ site }) => {
  const { events, settings } = await content();
  const description = 'Symposia, themabijeenkomsten en kenniscafés van de Werkplaatsen Sociaal Domein.';
  return feedResponse(
    {
      title: `${settings.siteName}: agenda`,
      description,
      items: newestForFeed(events, (event) => event.publishedAt ?? event.createdAt).map((event) => eventItem(event, site)),
    },
    site,
  );
};
