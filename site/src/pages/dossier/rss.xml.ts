import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { content } from '../../utils/content.ts';
import { dossierItem, latest } from '../../utils/feeds.ts';

/** Articles of the Sociale Vraagstukken dossier. */
export const GET: APIRoute = async ({ site }) => {
  const { dossier, settings } = await content();
  return rss({
    title: `${settings.siteName}: dossier Sociale Vraagstukken`,
    description: 'Artikelen over onderzoek van de werkplaatsen op Sociale Vraagstukken.',
    site: site!,
    items: latest(dossier.map((article) => dossierItem(article, site))),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
};
