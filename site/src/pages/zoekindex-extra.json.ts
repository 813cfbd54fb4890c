import type { APIRoute } from 'astro';
import type { CustomRecord } from 'pagefind';
import { content } from '../utils/content.ts';
import { isSafeHref } from '@wsd/shared-types';
import { formatDate, yearOf } from '../utils/format.ts';

/**
 * Search records for dossier articles (they are published on Sociale Vraagstukken, so they
 * have no page here). Read and removed by the Pagefind integration after the build. Stored
 * as plain text: the search page inserts everything from the index as text.
 */
export const GET: APIRoute = async () => {
  const { dossier } = await content();
  const records: CustomRecord[] = dossier
    .filter((article) => isSafeHref(article.externalUrl))
    .map((article) => ({
      url: article.externalUrl,
      content: `${article.title}. ${article.summary} ${article.author ?? ''}`,
      language: 'nl',
      meta: { title: article.title, Datum: formatDate(article.date) },
      filters: {
        soort: ['dossier'],
        werkplaats: article.werkplaats ? [article.werkplaats.name] : [],
        thema: article.themas.map((t) => t.name),
        jaar: [String(yearOf(article.date))],
      },
      sort: { date: article.date },
    }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
