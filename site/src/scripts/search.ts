/**
 * The search page's only script: Pagefind's UI in Dutch, with the query kept in the URL
 * (/zoeken/?q=…) so results can be linked and the header search box can submit to it.
 */
type PagefindUIOptions = Record<string, unknown>;
declare const PagefindUI: new (options: PagefindUIOptions) => { triggerSearch: (term: string) => void };

const container = document.querySelector<HTMLElement>('#zoekresultaten');
if (container) {
  const params = new URLSearchParams(window.location.search);
  const initial = params.get('q')?.trim() ?? '';
  const byDate = params.get('sorteer') === 'datum';
  const ui = new PagefindUI({
    element: '#zoekresultaten',
    showImages: true,
    showSubResults: true,
    resetStyles: false,
    autofocus: initial === '',
    ...(byDate ? { sort: { date: 'desc' } } : {}),
    translations: {
      placeholder: 'Zoek in nieuws, agenda, kennisagenda’s en dossier',
      clear_search: 'Wissen',
      zero_results:
        'Geen resultaten gevonden voor [SEARCH_TERM]. Controleer de spelling, gebruik minder of andere woorden, of haal een filter weg.',
    },
  });
  if (initial) ui.triggerSearch(initial);
  // Pagefind's input has only a placeholder; give it an accessible name once it renders.
  const labelInput = () => {
    const input = container.querySelector<HTMLInputElement>('input.pagefind-ui__search-input');
    if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', 'Zoekterm');
    return Boolean(input);
  };
  if (!labelInput()) {
    const observer = new MutationObserver(() => labelInput() && observer.disconnect());
    observer.observe(container, { childList: true, subtree: true });
  }
  container.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (!target?.matches('input[type="text"], input[type="search"]')) return;
    const term = target.value.trim();
    const next = new URLSearchParams(window.location.search);
    if (term) next.set('q', term);
    else next.delete('q');
    window.history.replaceState(null, '', next.size ? `?${next}` : window.location.pathname);
  });

  // Sorting: relevance (Pagefind's default) or newest first, kept in the URL (?sorteer=datum).
  const sort = document.querySelector<HTMLSelectElement>('#sorteer');
  if (sort) {
    sort.value = byDate ? 'datum' : 'relevantie';
    sort.addEventListener('change', () => {
      const next = new URLSearchParams(window.location.search);
      if (sort.value === 'datum') next.set('sorteer', 'datum');
      else next.delete('sorteer');
      window.location.search = next.toString();
    });
  }
}
