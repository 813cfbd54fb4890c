import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export type PageType = { type: string; pathname: string };

/** The first page (alphabetically) in a section folder of the build, e.g. one news item. */
function firstPage(dist: string, section: string, skip: string[] = []): string | undefined {
  const dir = path.join(dist, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.includes(d.name) && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/${section}/${slug}/` : undefined;
}

/**
 * One URL per page type of the built site, chosen from the build output so every run
 * measures the same kind of page: overviews, one item of each collection, search.
 */
export function pageTypes(dist: string, preferredNews?: string): PageType[] {
  const news =
    preferredNews && existsSync(path.join(dist, 'nieuws', preferredNews))
      ? `/nieuws/${preferredNews}/`
      : firstPage(dist, 'nieuws', ['pagina']);
  const candidates: [string, string | undefined][] = [
    ['home', '/'],
    ['nieuwsoverzicht', '/nieuws/'],
    ['nieuwsbericht', news],
    ['agenda', '/agenda/'],
    ['evenement', firstPage(dist, 'agenda')],
    ['kennisagenda', firstPage(dist, 'kennisagenda')],
    ['werkplaatsen', '/werkplaatsen/'],
    ['werkplaats', firstPage(dist, 'werkplaatsen')],
    ['thema', firstPage(dist, 'themas')],
    ['dossier', '/dossier/'],
    ['zoeken', '/zoeken/'],
  ];
  return candidates.filter((c): c is [string, string] => Boolean(c[1])).map(([type, pathname]) => ({ type, pathname }));
}
