import { safeHref, type Dossierartikel, type Evenement, type Nieuwsbericht, type Werkplaats } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { SOCIAL_PLATFORM_LABELS } from '../utils/labels.ts';
import { forWerkplaats, pastEvents, upcomingEvents } from '../utils/selectors.ts';
import { paginate, type ListPage } from './lists.ts';

/** How many recent items of each kind a werkplaats page shows before the link to all of them. */
export const WERKPLAATS_RECENT = 6;

export type Link = { href: string; label: string };
export type WerkplaatsLists = 'nieuws' | 'agenda' | 'dossier';

export type WerkplaatsPage = {
  werkplaats: Werkplaats;
  agendas: { slug: string; title: string }[];
  upcoming: Evenement[];
  recentNews: Nieuwsbericht[];
  /** The newest dossier articles, linked to Sociale Vraagstukken when their address is safe. */
  recentDossier: { title: string; href: string | undefined }[];
  /** How many items each complete list holds (a link to it is shown when there are more than are listed). */
  counts: Record<WerkplaatsLists, number>;
  socials: Link[];
  newsletter: string | undefined;
  partners: { name: string; href: string | undefined }[];
  /** The phone number as a tel: link, digits and + only. */
  phoneHref: string | undefined;
};

/** /werkplaatsen/<slug>/: about, contact, and the recent items with links to their complete lists. */
export function werkplaatsPage(data: Content, werkplaats: Werkplaats, now: Date): WerkplaatsPage {
  const related = forWerkplaats(data, werkplaats.documentId);
  return {
    werkplaats,
    agendas: related.agendas.map((a) => ({ slug: a.slug, title: a.title })),
    upcoming: upcomingEvents(related.events, now).slice(0, WERKPLAATS_RECENT),
    recentNews: related.news.slice(0, WERKPLAATS_RECENT),
    recentDossier: related.dossier.slice(0, WERKPLAATS_RECENT).map((a) => ({ title: a.title, href: safeHref(a.externalUrl) })),
    counts: { nieuws: related.news.length, agenda: related.events.length, dossier: related.dossier.length },
    socials: werkplaats.socials.flatMap((s) => {
      const href = safeHref(s.url);
      return href ? [{ href, label: SOCIAL_PLATFORM_LABELS[s.platform] }] : [];
    }),
    newsletter: safeHref(werkplaats.newsletterUrl),
    partners: werkplaats.partners.map((p) => ({ name: p.name, href: safeHref(p.url) })),
    phoneHref: werkplaats.contact?.phone ? `tel:${werkplaats.contact.phone.replace(/[^+0-9]/g, '')}` : undefined,
  };
}

export type WerkplaatsListPage = ListPage<Nieuwsbericht | Evenement | Dossierartikel> & {
  werkplaats: Werkplaats;
  list: WerkplaatsLists;
};

/** /werkplaatsen/<slug>/<nieuws|agenda|dossier>/…: every item of one kind, 50 per page (events: upcoming first, then past, newest first). */
export function werkplaatsListPages(data: Content, now: Date): WerkplaatsListPage[] {
  return data.werkplaatsen.flatMap((werkplaats) => {
    const related = forWerkplaats(data, werkplaats.documentId);
    const lists: Record<WerkplaatsLists, (Nieuwsbericht | Evenement | Dossierartikel)[]> = {
      nieuws: related.news,
      agenda: [...upcomingEvents(related.events, now), ...pastEvents(related.events, now)],
      dossier: related.dossier,
    };
    // A werkplaats page links to a complete list only when it has items: empty lists get no page.
    return (Object.keys(lists) as WerkplaatsLists[])
      .filter((list) => lists[list].length > 0)
      .flatMap((list) => paginate(lists[list]).map((page) => ({ ...page, werkplaats, list })));
  });
}
