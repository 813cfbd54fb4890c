import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { isSafeHref, type Dossierartikel, type Evenement, type Nieuwsbericht } from '@wsd/shared-types';
import { renderBlocks } from './blocks-renderer.ts';
import { escapeHtml, withoutXmlInvalid } from './escape.ts';
import { formatEventPeriod, formatPrice } from './format.ts';
import { downloadUrl } from './media.ts';
import { absolute, urls } from './urls.ts';

/** The newest items a feed carries. */
export const FEED_SIZE = 50;

/** Every feed of the site, for the /rss/ page and autodiscovery links. */
export const feedUrls = {
  news: () => '/rss.xml',
  agenda: () => '/agenda/rss.xml',
  dossier: () => '/dossier/rss.xml',
  werkplaats: (slug: string) => `/werkplaatsen/${encodeURIComponent(slug)}/rss.xml`,
  calendar: () => '/agenda.ics',
  eventCalendar: (slug: string) => `/agenda/${encodeURIComponent(slug)}.ics`,
} as const;

/** Site-relative href/src in HTML made absolute, for feed readers that show content elsewhere. */
export function absolutizeHtml(html: string, site: URL | undefined): string {
  return html.replace(/\s(href|src)="(\/(?!\/)[^"]*)"/g, (_, attr: string, path: string) => ` ${attr}="${absolute(path, site)}"`);
}

function coverEnclosure(item: { cover?: Nieuwsbericht['cover'] }): RSSFeedItem['enclosure'] {
  const file = item.cover?.file;
  return file ? { url: downloadUrl(file.url), length: Math.round(file.size * 1024), type: file.mime } : undefined;
}

function coverHtml(item: { cover?: Nieuwsbericht['cover'] }): string {
  const cover = item.cover;
  return cover ? `<p><img src="${escapeHtml(downloadUrl(cover.file.url))}" alt="${escapeHtml(cover.alt)}"></p>` : '';
}

export function newsItem(item: Nieuwsbericht, site: URL | undefined): RSSFeedItem {
  const interview = item.interview
    .map((qa) => `<h2>${escapeHtml(qa.question)}</h2>${renderBlocks(qa.answer, { minHeadingLevel: 3 })}`)
    .join('');
  return {
    title: item.title,
    link: absolute(urls.newsItem(item.slug), site),
    pubDate: new Date(`${item.date}T12:00:00Z`),
    description: escapeHtml(item.lead),
    content: absolutizeHtml(
      `${coverHtml(item)}<p><strong>${escapeHtml(item.lead)}</strong></p>${renderBlocks(item.body)}${interview}`,
      site,
    ),
    categories: [...item.werkplaatsen.map((w) => w.name), ...item.themas.map((t) => t.name)],
    enclosure: coverEnclosure(item),
  };
}

export function eventItem(event: Evenement, site: URL | undefined): RSSFeedItem {
  const facts = [
    formatEventPeriod(event.startsAt, event.endsAt),
    event.venue ? `${event.venue.name}, ${event.venue.city}` : '',
    event.prices.map((p) => `${p.label}: ${formatPrice(p.amountCents)}`).join('; '),
  ].filter(Boolean);
  return {
    title: event.title,
    link: absolute(urls.event(event.slug), site),
    pubDate: new Date(event.publishedAt ?? event.createdAt),
    description: escapeHtml(event.summary),
    content: absolutizeHtml(
      `${coverHtml(event)}<p>${facts.map(escapeHtml).join('<br>')}</p><p>${escapeHtml(event.summary)}</p>${renderBlocks(event.body)}`,
      site,
    ),
    categories: [...event.werkplaatsen.map((w) => w.name), ...event.themas.map((t) => t.name)],
    enclosure: coverEnclosure(event),
  };
}

/** A dossier article links to Sociale Vraagstukken, or (without a safe address there) to where this site lists it. */
export function dossierItem(article: Dossierartikel, site: URL | undefined, location: string = urls.dossier()): RSSFeedItem {
  const link = isSafeHref(article.externalUrl) ? article.externalUrl : absolute(location, site);
  return {
    title: article.title,
    link,
    pubDate: new Date(`${article.date}T12:00:00Z`),
    description: escapeHtml(article.summary),
    content: `<p>${escapeHtml(article.summary)}</p><p>${escapeHtml(article.author ?? '')}</p>`,
    categories: [...(article.werkplaats ? [article.werkplaats.name] : []), ...article.themas.map((t) => t.name)],
  };
}

/** Newest first, at most FEED_SIZE. */
export function latest(items: RSSFeedItem[]): RSSFeedItem[] {
  return [...items].sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0)).slice(0, FEED_SIZE);
}

/**
 * The FEED_SIZE newest of a list by `dateOf` (ISO dates and instants sort as text), picked
 * before the items are rendered: a feed of 50 must not render all 10,000 news items.
 */
export function newestForFeed<T>(list: T[], dateOf: (item: T) => string): T[] {
  return [...list].sort((a, b) => dateOf(b).localeCompare(dateOf(a))).slice(0, FEED_SIZE);
}

/** An RSS 2.0 response in Dutch with the newest FEED_SIZE items. */
export async function feedResponse(
  options: { title: string; description: string; items: RSSFeedItem[] },
  site: URL | undefined,
): Promise<Response> {
  if (!site) throw new Error('Set SITE_URL: feeds need absolute links.');
  const xml = await getRssString({
    ...options,
    site,
    items: latest(options.items),
    customData: '<language>nl-nl</language>',
    trailingSlash: true,
  });
  return new Response(withoutXmlInvalid(xml), { headers: { 'Content-Type': 'application/xml' } });
}
