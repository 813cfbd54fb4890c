import { getCollection, type CollectionKey } from 'astro:content';
import type { Dossierartikel, Evenement, Kennisagenda, Nieuwsbericht, Persoon, SiteSetting, Thema, Werkplaats } from '@wsd/shared-types';

/** All published content, sorted, read once per build (getCollection is not free). */
export type Content = {
  settings: SiteSetting;
  news: Nieuwsbericht[];
  events: Evenement[];
  werkplaatsen: Werkplaats[];
  agendas: Kennisagenda[];
  dossier: Dossierartikel[];
  themas: Thema[];
  personen: Persoon[];
};

let cache: Promise<Content> | undefined;

/** The content-layer digest of each entry's data object (what the loader stored), for cache keys. */
const digests = new WeakMap<object, string>();

/** The digest of an entry's data as the content layer stored it, or undefined for any other value. */
export const digestOf = (value: unknown): string | undefined => (value && typeof value === 'object' ? digests.get(value) : undefined);

type Doc = { documentId: string };
/** Total orders (ties broken by documentId), so a build's output never depends on the order entries were stored in. */
const byId = (a: Doc, b: Doc) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);
const byDateDesc = <T extends Doc & { date: string }>(a: T, b: T) => b.date.localeCompare(a.date) || byId(a, b);
const byName = <T extends Doc & { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl') || byId(a, b);

type Collections = Omit<Content, 'settings'>;
/** Relations an entry carries, and the collection of their targets. */
const REFERENCES: { [C in keyof Collections]?: Record<string, keyof Collections> } = {
  news: { werkplaatsen: 'werkplaatsen', themas: 'themas', people: 'personen', event: 'events' },
  events: { werkplaatsen: 'werkplaatsen', themas: 'themas' },
  agendas: { werkplaats: 'werkplaatsen' },
  dossier: { werkplaats: 'werkplaatsen', themas: 'themas' },
};

/**
 * Drops references to entries that are no longer published: the CMS removes those links
 * when the target is unpublished, but an incremental sync does not re-read the entries
 * that pointed at it. A changed entry becomes a new object (without a content digest), so
 * the pages showing it get a new cache key. A required reference that is gone fails the
 * build naming the entry, as a full sync would.
 */
function withoutDanglingRefs(collections: Collections): Collections {
  const known = Object.fromEntries(
    Object.entries(collections).map(([name, list]) => [name, new Set((list as Doc[]).map((e) => e.documentId))]),
  ) as Record<keyof Collections, Set<string>>;
  const prune = <T extends Doc>(list: T[], refs: Record<string, keyof Collections>, label: string): T[] =>
    list.map((entry) => {
      let copy: T | undefined;
      for (const [field, target] of Object.entries(refs)) {
        const value = (entry as Record<string, unknown>)[field];
        if (Array.isArray(value)) {
          const kept = (value as Doc[]).filter((ref) => known[target].has(ref.documentId));
          if (kept.length !== value.length) ((copy ??= { ...entry } as T) as Record<string, unknown>)[field] = kept;
        } else if (value && !known[target].has((value as Doc).documentId)) {
          if (field === 'werkplaats' && label === 'Kennisagenda') {
            throw new Error(
              `${label} (documentId ${entry.documentId}): field "${field}" links to a werkplaats that is not published. Fix this entry in the CMS and publish again.`,
            );
          }
          ((copy ??= { ...entry } as T) as Record<string, unknown>)[field] = null;
        }
      }
      return copy ?? entry;
    });
  const labels: Record<string, string> = { news: 'Nieuwsbericht', events: 'Evenement', agendas: 'Kennisagenda', dossier: 'Dossierartikel' };
  const result = { ...collections } as Record<string, Doc[]>;
  for (const [name, refs] of Object.entries(REFERENCES)) result[name] = prune(result[name]!, refs!, labels[name]!);
  return result as unknown as Collections;
}

async function load(): Promise<Content> {
  const data = async <T>(name: CollectionKey) =>
    (await getCollection(name)).map((entry) => {
      if (entry.digest) digests.set(entry.data as object, `${name}:${entry.id}:${entry.digest}`);
      return entry.data as T;
    });
  const [settings] = await data<SiteSetting>('siteSetting');
  if (!settings) throw new Error('Site-instellingen are not published in the CMS: publish them before building the site.');
  const collections = withoutDanglingRefs({
    news: (await data<Nieuwsbericht>('nieuwsberichten')).sort(byDateDesc),
    events: (await data<Evenement>('evenementen')).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || byId(a, b)),
    werkplaatsen: (await data<Werkplaats>('werkplaatsen')).sort(byName),
    agendas: (await data<Kennisagenda>('kennisagendas')).sort((a, b) => b.periodStart - a.periodStart || byId(a, b)),
    dossier: (await data<Dossierartikel>('dossierartikelen')).sort(byDateDesc),
    themas: (await data<Thema>('themas')).sort(byName),
    personen: (await data<Persoon>('personen')).sort(byName),
  });
  return { settings, ...collections };
}

export function content(): Promise<Content> {
  cache ??= load();
  return cache;
}
