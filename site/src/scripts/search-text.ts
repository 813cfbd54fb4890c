/** The Dutch texts of the search page and how an excerpt becomes text (pure, unit-tested). */

const count = new Intl.NumberFormat('nl-NL');

/** "1.234" */
export const formatCount = (n: number): string => count.format(n);

/** What the status line says after a search. */
export function resultMessage(total: number, term: string): string {
  if (total === 0) {
    return `Geen resultaten gevonden voor ${term}. Controleer de spelling, gebruik minder of andere woorden, of haal een filter weg.`;
  }
  return `${formatCount(total)} ${total === 1 ? 'resultaat' : 'resultaten'} voor ${term}`;
}

/** What a visitor reads for Pagefind's "soort" filter value. */
export const KIND_LABELS: Record<string, string> = {
  nieuws: 'Nieuws',
  evenement: 'Bijeenkomst',
  kennisagenda: 'Kennisagenda',
  dossier: 'Dossier',
};

/**
 * Pagefind's excerpt is the page's text with the matching words wrapped in <mark>. The
 * text itself is not escaped, so it is never inserted as HTML: it is split at the marks
 * into plain text parts, which the page inserts as text nodes.
 */
export function splitExcerpt(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = excerpt;
  while (rest.length > 0) {
    const open = rest.indexOf('<mark>');
    if (open === -1) {
      parts.push({ text: rest, marked: false });
      break;
    }
    const close = rest.indexOf('</mark>', open + 6);
    if (close === -1) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 6, close), marked: true });
    rest = rest.slice(close + 7);
  }
  return parts;
}
