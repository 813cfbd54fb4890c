import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content } from '../utils/content.ts';
import { latest, newsItem } from '../utils/feeds.ts';

/** All news of the network. */
export const GET: APIRoute = async ({ site }) => {
  const { news, settings } = await content();
  return rss({
    title: `${settings.siteName}: nieuws`,
    description: 'Nieuws, interviews, verslagen en aankondigingen van alle Werkplaatsen Sociaal Domein.',
    site: site!,
    items: latest(news.map((item) => newsItem(item, site))),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
};
