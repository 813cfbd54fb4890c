import type { APIRoute } from 'astro';
import { content } from '../utils/content.ts';
import { feedResponse, newestForFeed, newsItem } from '../utils/feeds.ts';

/** All news of the network. */
export const GET: APIRoute = async ({ site }) => {
  const { news, settings } = await content();
  const description = 'Nieuws, interviews, verslagen en aankondigingen van alle Werkplaatsen Sociaal Domein.';
  return feedResponse(
    {
      title: `${settings.siteName}: nieuws`,
      description,
      items: newestForFeed(news, (item) => item.date).map((item) => newsItem(item, site)),
    },
    site,
  );
};
