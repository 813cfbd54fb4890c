import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content } from '../../utils/content.ts';
import { eventItem, latest } from '../../utils/feeds.ts';

/** Events of all werkplaatsen, newest announcements first. */
export const GET: APIRoute = async ({ site }) => {
  const { events, settings } = await content();
  return rss({
    title: `${settings.siteName}: agenda`,
    description: 'Symposia, themabijeenkomsten en kenniscafés van de Werkplaatsen Sociaal Domein.',
    site: site!,
    items: latest(events.map((event) => eventItem(event, site))),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
};
