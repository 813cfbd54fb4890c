import type { APIRoute, GetStaticPaths } from 'astro';
import type { Werkplaats } from '@wsd/shared-types';
import { content } from '../../../utils/content.ts';
import { eventItem, feedResponse, newestForFeed, newsItem } from '../../../utils/feeds.ts';
import { forWerkplaats } from '../../../utils/selectors.ts';

export const getStaticPaths = (async () => {
  const data = await content();
  return data.werkplaatsen.map((werkplaats) => ({ params: { slug: werkplaats.slug }, props: { werkplaats } }));
}) satisfies GetStaticPaths;

/** One region's news and events. */
export const GET: APIRoute = async ({ site, props }) => {
  const { werkplaats } = props as { werkplaats: Werkplaats };
  const related = forWerkplaats(await content(), werkplaats.documentId);
  const items = [
    ...newestForFeed(related.news, (item) => item.date).map((item) => newsItem(item, site)),
    ...newestForFeed(related.events, (event) => event.publishedAt ?? event.createdAt).map((event) => eventItem(event, site)),
  ];
  return feedResponse(
    { title: `${werkplaats.name}: nieuws en agenda`, description: `Nieuws en bijeenkomsten van ${werkplaats.name}.`, items },
    site,
  );
};
