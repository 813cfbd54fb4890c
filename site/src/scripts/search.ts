/**
 * The search page's only script, on Pagefind's JS API: results in Dutch, the query and the
 * sort order in the URL (/zoeken/?q=…&sorteer=datum, so results can be linked and the
 * header search box submits here), and the filters (werkplaats, soort, thema, jaar) loaded
 * only when a visitor opens them: a first query fetches the index and its results, never
 * every filter's page list. Everything from the index is inserted as text, never as HTML.
 */
import { formatCount, KIND_LABELS, resultMessage, splitExcerpt } from './search-text.ts';

type Filters = Record<string, string[]>;
type ResultData = { url: string; excerpt: string; meta: Record<string, string>; filters: Filters };
type Result = { id: string; data: () => Promise<ResultData> };
type SearchResponse = { results: Result[] } | null;
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  debouncedSearch: (term: string, options: Record<string, unknown>, ms?: number) => Promise<SearchResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

/** Results shown at first and added per "Meer resultaten". */
const PAGE = 10;
/** Labels of the filter groups, in the order they are shown. */
const FILTER_LABELS: Record<string, string> = { werkplaats: 'Werkplaats', soort: 'Soort', thema: 'Thema', jaar: 'Jaar' };

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);
const form = $<HTMLFormElement>('#zoekformulier');
const input = $<HTMLInputElement>('#zoekvraag');
const sort = $<HTMLSelectElement>('#sorteer');
const status = $<HTMLElement>('#zoekstatus');
const list = $<HTMLOListElement>('#zoekresultaten');
const more = $<HTMLButtonElement>('#meer-resultaten');
const filterPanel = $<HTMLDetailsElement>('#zoekfilters');
const filterBody = $<HTMLElement>('#filterkeuzes');

let pagefind: Promise<Pagefind> | undefined;
const chosen: Filters = {};
let results: Result[] = [];
let shown = 0;

/** Pagefind's bundle, loaded on the first query (or when the filters are opened). */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (api) => {
    // No web worker: it would fetch a second copy of Pagefind's code (12 KB) for a search
    // that takes milliseconds on the main thread.
    await api.options({ excerptLength: 24, noWorker: true });
    await api.init();
    return api;
  });
  return pagefind;
}

function updateUrl(term: string): void {
  const next = new URLSearchParams(window.location.search);
  if (term) next.set('q', term);
  else next.delete('q');
  window.history.replaceState(null, '', next.size ? `?${next}` : window.location.pathname);
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const kind = data.filters.soort?.[0];
  meta.textContent = [kind ? (KIND_LABELS[kind] ?? kind) : undefined, data.meta.Datum].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  for (const part of splitExcerpt(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, meta, excerpt);
  return item;
}

async function showMore(): Promise<void> {
  const batch = results.slice(shown, shown + PAGE);
  shown += batch.length;
  const rendered = await Promise.all(batch.map(async (r) => renderResult(await r.data())));
  list!.append(...rendered);
  more!.hidden = shown >= results.length;
}

async function search(): Promise<void> {
  const term = input!.value.trim();
  updateUrl(term);
  if (!term) {
    results = [];
    list!.replaceChildren();
    status!.textContent = '';
    more!.hidden = true;
    return;
  }
  status!.textContent = `Zoeken naar ${term}…`;
  const api = await loadPagefind();
  const filters = Object.fromEntries(
    Object.entries(chosen)
      .filter(([, values]) => values.length > 0)
      .map(([k, v]) => [k, { any: v }]),
  );
  const response = await api.debouncedSearch(term, { filters, ...(sort?.value === 'datum' ? { sort: { date: 'desc' } } : {}) }, 200);
  if (!response) return; // a newer query took over
  results = response.results;
  shown = 0;
  list!.replaceChildren();
  await showMore();
  // Announced once the first results are on the page (a screen reader, or a test, reads them next).
  status!.textContent = resultMessage(results.length, term);
}

/** Renders every filter with its page count as checkboxes; a change searches again. */
async function renderFilters(): Promise<void> {
  if (!filterBody || filterBody.dataset.loaded) return;
  filterBody.dataset.loaded = 'true';
  filterBody.textContent = 'Filters laden…';
  const available = await (await loadPagefind()).filters();
  filterBody.replaceChildren();
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) =>
      name === 'jaar' ? b.localeCompare(a) : a.localeCompare(b, 'nl'),
    );
    if (values.length === 0) continue;
    const group = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label;
    group.append(legend);
    values.forEach(([value, count], index) => {
      const id = `filter-${name}-${index}`;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = (chosen[name] ?? []).includes(value);
      box.addEventListener('change', () => {
        chosen[name] = box.checked ? [...(chosen[name] ?? []), value] : (chosen[name] ?? []).filter((v) => v !== value);
        void search();
      });
      const text = document.createElement('label');
      text.htmlFor = id;
      text.textContent = `${value} (${formatCount(count)})`;
      const row = document.createElement('div');
      row.className = 'filter-option';
      row.append(box, text);
      group.append(row);
    });
    filterBody.append(group);
  }
}

if (form && input && list && status && more) {
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q')?.trim() ?? '';
  if (sort) sort.value = params.get('sorteer') === 'datum' ? 'datum' : 'relevantie';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  input.addEventListener('input', () => void search());
  sort?.addEventListener('change', () => {
    const next = new URLSearchParams(window.location.search);
    if (sort.value === 'datum') next.set('sorteer', 'datum');
    else next.delete('sorteer');
    window.history.replaceState(null, '', `?${next}`);
    void search();
  });
  more.addEventListener('click', () => void showMore());
  filterPanel?.addEventListener('toggle', () => filterPanel.open && void renderFilters());
  if (input.value) void search();
  else input.focus();
}
