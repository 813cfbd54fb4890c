import { describe, expect, it } from 'vitest';
import { formatDate, formatEventPeriod, formatPrice, formatSlotTime, formatTime, formatWallTime, yearOf } from '../../src/utils/format.ts';
import { anchorId, absolute, urls } from '../../src/utils/urls.ts';
import { pageWindow, relatedNews, upcomingEvents } from '../../src/utils/selectors.ts';
import { byYear, paginate } from '../../src/view-models/lists.ts';

describe('Dutch formatting', () => {
  it('dates as "25 november 2019", in Amsterdam', () => {
    expect(formatDate('2019-11-25')).toBe('25 november 2019');
    expect(formatDate('2019-11-24T23:30:00.000Z')).toBe('25 november 2019');
  });
  it('times as "13.00 uur" in Amsterdam, summer and winter', () => {
    expect(formatTime('2019-11-25T12:00:00.000Z')).toBe('13.00 uur');
    expect(formatTime('2026-07-01T12:00:00.000Z')).toBe('14.00 uur');
    expect(formatWallTime('09:30:00.000')).toBe('09.30');
    expect(formatSlotTime('09:30:00.000', '10:00:00.000')).toBe('09.30 – 10.00');
    expect(formatSlotTime('13:00:00.000', null)).toBe('13.00');
  });
  it('event periods on one day and over two days', () => {
    expect(formatEventPeriod('2019-11-25T08:30:00.000Z', '2019-11-25T16:30:00.000Z')).toBe('maandag 25 november 2019, 09.30 – 17.30 uur');
    expect(formatEventPeriod('2019-11-25T08:30:00.000Z', '2019-11-26T16:30:00.000Z')).toBe(
      'maandag 25 november 2019 09.30 uur – dinsdag 26 november 2019 17.30 uur',
    );
  });
  it('prices as "€ 60,00" and "€ 12,50" (no-break space), as editors type them; 0 as gratis', () => {
    expect(formatPrice(6000)).toBe('€\u00a060,00');
    expect(formatPrice(125050)).toBe('€\u00a01.250,50');
    expect(formatPrice(1250)).toBe('€\u00a012,50');
    expect(formatPrice(0)).toBe('gratis');
  });
  it('years in Amsterdam', () => {
    expect(yearOf('2019-12-31T23:30:00.000Z')).toBe(2020);
  });
});

describe('URLs', () => {
  it('are Dutch with a trailing slash and encode slugs', () => {
    expect(urls.news()).toBe('/nieuws/');
    expect(urls.newsArchive(2024)).toBe('/nieuws/archief/2024/');
    expect(urls.newsArchive(2024, 2)).toBe('/nieuws/archief/2024/pagina/2/');
    expect(urls.agenda()).toBe('/agenda/');
    expect(urls.agenda(2)).toBe('/agenda/pagina/2/');
    expect(urls.agendaArchive(2019, 3)).toBe('/agenda/archief/2019/pagina/3/');
    expect(urls.dossierArchive(2023, 1, 'een artikel')).toBe('/dossier/archief/2023/#een%20artikel');
    expect(urls.werkplaatsList('noord-holland', 'nieuws', 2)).toBe('/werkplaatsen/noord-holland/nieuws/pagina/2/');
    expect(urls.thema('eenzaamheid')).toBe('/themas/eenzaamheid/');
    expect(urls.thema('eenzaamheid', 3)).toBe('/themas/eenzaamheid/pagina/3/');
    expect(urls.newsItem('a b')).toBe('/nieuws/a%20b/');
    expect(urls.event('x')).toBe('/agenda/x/');
    expect(urls.kennisagenda('nh')).toBe('/kennisagenda/nh/');
    expect(absolute('/nieuws/', 'https://wsd.nl')).toBe('https://wsd.nl/nieuws/');
  });
  it('make anchors from Dutch headings', () => {
    expect(anchorId('Professionaliseringsvraagstuk 1: contextueel werken')).toBe('professionaliseringsvraagstuk-1-contextueel-werken');
    expect(anchorId('Café & ééntje')).toBe('cafe-eentje');
    expect(anchorId('!!!')).toBe('sectie');
  });
});

describe('selectors', () => {
  const news = (id: string, date: string, w: string[], t: string[] = []) =>
    ({
      documentId: id,
      date,
      werkplaatsen: w.map((documentId) => ({ documentId })),
      themas: t.map((documentId) => ({ documentId })),
    }) as never;
  it('page lists in fifties (or another size), an empty list is one empty page', () => {
    const items = Array.from({ length: 101 }, (_, i) => i);
    expect(paginate(items).map((p) => [p.page, p.total, p.items.length])).toEqual([
      [1, 3, 50],
      [2, 3, 50],
      [3, 3, 1],
    ]);
    expect(paginate(items, 12)).toHaveLength(9);
    expect(paginate([])).toEqual([{ items: [], page: 1, total: 1 }]);
  });
  it('group by year in Amsterdam, newest year first, keeping the order inside a year', () => {
    const dates = ['2026-03-01', '2025-12-31T23:30:00.000Z', '2026-01-01', '2024-06-01'];
    expect(byYear(dates, (d) => d)).toEqual([
      { year: 2026, items: ['2026-03-01', '2025-12-31T23:30:00.000Z', '2026-01-01'] },
      { year: 2024, items: ['2024-06-01'] },
    ]);
  });
  it('relate news by werkplaats and thema, most shared first', () => {
    const item = news('a', '2026-01-01', ['w1'], ['t1']);
    const list = [item, news('b', '2026-02-01', ['w1']), news('c', '2025-01-01', ['w1'], ['t1']), news('d', '2026-03-01', ['w2'])];
    expect(relatedNews(item, list).map((n) => (n as { documentId: string }).documentId)).toEqual(['c', 'b']);
  });
  it('relate news exactly as comparing every pair would, on a large random list', () => {
    // The reference: score every other item, sort by shared keys, then date, then list order.
    const keysOf = (n: { werkplaatsen: { documentId: string }[]; themas: { documentId: string }[] }) => [
      ...n.werkplaatsen.map((w) => `w:${w.documentId}`),
      ...n.themas.map((t) => `t:${t.documentId}`),
    ];
    type Item = { documentId: string; date: string; werkplaatsen: { documentId: string }[]; themas: { documentId: string }[] };
    const reference = (item: Item, list: Item[]) =>
      list
        .filter((o) => o.documentId !== item.documentId)
        .map((o) => ({ o, score: keysOf(o).filter((k) => keysOf(item).includes(k)).length }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || b.o.date.localeCompare(a.o.date))
        .slice(0, 3)
        .map((x) => x.o.documentId);
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = (prefix: string, n: number, max: number) => [
      ...new Set(Array.from({ length: random(max + 1) }, () => `${prefix}${random(n)}`)),
    ];
    const list: Item[] = Array.from({ length: 600 }, (_, i) =>
      news(`n${i}`, `2026-0${1 + random(9)}-1${random(10)}`, pick('w', 4, 2), pick('t', 8, 3)),
    );
    for (const item of list)
      expect(relatedNews(item as never, list as never).map((n) => (n as Item).documentId)).toEqual(reference(item, list));
  });
  it('show the first, the last and two pages either side of the current one in the pagination bar', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(1, 834)).toEqual([1, 2, 3, 'gap', 834]);
    expect(pageWindow(400, 834)).toEqual([1, 'gap', 398, 399, 400, 401, 402, 'gap', 834]);
    expect(pageWindow(833, 834)).toEqual([1, 'gap', 831, 832, 833, 834]);
    // A window that reaches the first and last page leaves no gap.
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
  it('keep events that have not ended as upcoming', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const events = [{ endsAt: '2026-05-01T13:00:00Z' }, { endsAt: '2026-04-30T13:00:00Z' }] as never[];
    expect(upcomingEvents(events, now)).toHaveLength(1);
  });
});
