import type { APIRoute } from 'astro';
import { content } from '../../utils/content.ts';
import { dossierItem, feedResponse } from '../../utils/feeds.ts';

/** Articles of the Sociale Vraagstukken dossier. */
export const GET: APIRoute = async ({ site }) => {
  const { dossier, settings } = await content();
  const title = `${settings.siteName}: dossier Sociale Vraagstukken`;
  return feedResponse(
    {
      title,
      description: 'Artikelen over onderzoek van de werkplaatsen op Sociale Vraagstukken.',
      items: dossier.map((a) => dossierItem(a, site)),
    },
    site,
  );
};
