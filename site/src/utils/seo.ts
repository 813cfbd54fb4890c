import type { Evenement, Nieuwsbericht, Werkplaats } from '@wsd/shared-types';
import { absolute, urls } from './urls.ts';

type JsonLd = Record<string, unknown>;

/** JSON-LD for a news item. */
export function newsArticleLd(item: Nieuwsbericht, site: URL | undefined, imageUrl?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.lead,
    datePublished: item.date,
    dateModified: item.updatedAt,
    inLanguage: 'nl-NL',
    mainEntityOfPage: absolute(urls.newsItem(item.slug), site),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    ...(item.people.length ? { author: item.people.map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
    publisher: { '@type': 'Organization', name: 'Werkplaatsen Sociaal Domein', url: absolute('/', site) },
  };
}

/** JSON-LD for an event. */
export function eventLd(event: Evenement, site: URL | undefined, imageUrl?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: absolute(urls.event(event.slug), site),
    ...(event.venue
      ? {
          location: {
            '@type': 'Place',
            name: event.venue.name,
            address: {
              '@type': 'PostalAddress',
              streetAddress: event.venue.street ?? undefined,
              postalCode: event.venue.postcode ?? undefined,
              addressLocality: event.venue.city,
              addressCountry: 'NL',
            },
          },
        }
      : {}),
    ...(event.prices.length
      ? {
          offers: event.prices.map((p) => ({
            '@type': 'Offer',
            name: p.label,
            price: (p.amountCents / 100).toFixed(2),
            priceCurrency: 'EUR',
          })),
        }
      : {}),
    ...(imageUrl ? { image: [imageUrl] } : {}),
    organizer: event.werkplaatsen.map((w) => ({ '@type': 'Organization', name: w.name, url: absolute(urls.werkplaats(w.slug), site) })),
  };
}

/** JSON-LD for a werkplaats. */
export function organizationLd(werkplaats: Werkplaats, site: URL | undefined): JsonLd {
  const c = werkplaats.contact;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: werkplaats.name,
    url: absolute(urls.werkplaats(werkplaats.slug), site),
    description: werkplaats.summary,
    ...(c?.email ? { email: c.email } : {}),
    ...(c?.phone ? { telephone: c.phone } : {}),
    ...(c?.city
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: c.street ?? undefined,
            postalCode: c.postcode ?? undefined,
            addressLocality: c.city,
            addressCountry: 'NL',
          },
        }
      : {}),
    ...(werkplaats.socials.length ? { sameAs: werkplaats.socials.map((s) => s.url) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
