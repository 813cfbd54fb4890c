import type { APIRoute } from 'astro';
import { content } from '../../utils/content.ts';
import { dossierItem, feedResponse, newestForFeed } from '../../utils/feeds.ts';
import { dossierLocations } from '../../view-models/dossier.ts';

/** Articles of the Sociale Vraagstukken dossier. */
export const GET: APIRoute = async ({ site }) => {
  const data = await content();
  const { dossier, settings } = data;
  const locations = dossierLocations(data);
  const title = `${settings.siteName}: dossier Sociale Vraagstukken`;
  return feedResponse(
    {
      title,
      description: 'Artikelen over onderzoek van de werkplaatsen op Sociale Vraagstukken.',
      items: newestForFeed(dossier, (a) => a.date).map((a) => dossierItem(a, site, locations.get(a.documentId))),
    },
    site,
  );
};
