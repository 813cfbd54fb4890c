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

const byDateDesc = <T extends { date: string }>(a: T, b: T) => b.date.localeCompare(a.date);

async function load(): Promise<Content> {
  const data = async <T>(name: CollectionKey) =>
    (await getCollection(name)).map((entry) => {
      if (entry.digest) digests.set(entry.data as object, `${name}:${entry.id}:${entry.digest}`);
      return entry.data as T;
    });
  const [settings] = await data<SiteSetting>('siteSetting');
  if (!settings) throw new Error('Site-instellingen are not published in the CMS: publish them before building the site.');
  return {
    settings,
    news: (await data<Nieuwsbericht>('nieuwsberichten')).sort(byDateDesc),
    events: (await data<Evenement>('evenementen')).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    werkplaatsen: (await data<Werkplaats>('werkplaatsen')).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    agendas: (await data<Kennisagenda>('kennisagendas')).sort((a, b) => b.periodStart - a.periodStart),
    dossier: (await data<Dossierartikel>('dossierartikelen')).sort(byDateDesc),
    themas: (await data<Thema>('themas')).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    personen: await data<Persoon>('personen'),
  };
}

export function content(): Promise<Content> {
  cache ??= load();
  return cache;
}
