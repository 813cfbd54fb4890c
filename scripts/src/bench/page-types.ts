import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export type PageType = { type: string; pathname: string };

/** Folders of list pages inside a section, not items. */
const LIST_FOLDERS = ['pagina', 'archief'];

/** The first page (alphabetically) in a section folder of the build, e.g. one news item. */
function firstPage(dist: string, section: string, skip: string[] = LIST_FOLDERS): string | undefined {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.includes(d.name) && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/${section}/${slug}/` : undefined;
}

/** The archive page of the busiest recent year of a section, e.g. /nieuws/archief/2025/. */
function newestYear(dist: string, section: string): string | undefined {
  const dir = path.join(dist, section, 'archief');
  if (!existsSync(dir)) return undefined;
  const years = readdirSync(dir)
    .filter((y) => /^\d{4}$/.test(y))
    .sort();
  // The year before the newest: a full year (the newest may have only a few items so far).
  const year = years.at(-2) ?? years.at(-1);
  return year ? `/${section}/archief/${year}/` : undefined;
}

/**
 * One URL per page type of the built site, chosen from the build output so every run
 * measures the same kind of page: overviews, one item of each collection, search.
 */
export function pageTypes(dist: string, preferredNews?: string): PageType[] {
  const news =
    preferredNews && existsSync(path.join(dist, 'nieuws', preferredNews)) ? `/nieuws/${preferredNews}/` : firstPage(dist, 'nieuws');
  const werkplaats = firstPage(dist, 'werkplaatsen');
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['nieuwsoverzicht', '/nieuws/'],
    ['nieuwsbericht', news],
    ['agenda', '/agenda/'],
    ['evenement', firstPage(dist, 'agenda')],
    ['kennisagenda', firstPage(dist, 'kennisagenda')],
    ['werkplaatsen', '/werkplaatsen/'],
    ['werkplaats', werkplaats],
    ['werkplaats: al het nieuws', werkplaats && existsSync(path.join(dist, werkplaats, 'nieuws')) ? `${werkplaats}nieuws/` : undefined],
    ['nieuwsarchief (jaar)', newestYear(dist, 'nieuws')],
    ['agenda-archief (jaar)', newestYear(dist, 'agenda')],
    ['dossier-archief (jaar)', newestYear(dist, 'dossier')],
    ['thema', firstPage(dist, 'themas')],
    ['dossier', '/dossier/'],
    ['zoeken', '/zoeken/'],
  ];
  return candidates.filter((c): c is [string, string] => Boolean(c[1])).map(([type, pathname]) => ({ type, pathname }));
}
