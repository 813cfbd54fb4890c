import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Snapshot } from '../../src/loaders/strapi/source.ts';
import { FIXTURE_SNAPSHOT } from '../harness/build-site.ts';

const SITE = 'https://wsd.example';
const snapshot = JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as Snapshot;
type Entry = { documentId: string; slug: string; title?: string; name?: string };
const entries = (name: keyof Snapshot['collections']) => snapshot.collections[name] as Entry[];
let dist: string;
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');
const parser = new Parser({ customFields: { feed: ['language'], item: [['content:encoded', 'contentEncoded'], 'enclosure'] } });

beforeAll(() => {
  dist = inject('fixtureDist');
});

describe('RSS feeds', () => {
  const FEEDS = ['rss.xml', 'agenda/rss.xml', 'dossier/rss.xml', ...entries('werkplaatsen').map((w) => `werkplaatsen/${w.slug}/rss.xml`)];

  it.each(FEEDS)('%s is valid RSS 2.0 in Dutch with absolute links and dates', async (file) => {
    const feed = await parser.parseString(read(file));
    expect((feed as unknown as { language: string }).language).toBe('nl-nl');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^https:\/\//);
      expect(Number.isNaN(new Date(item.pubDate!).getTime())).toBe(false);
      expect(item.guid).toBeTruthy();
    }
    const dates = feed.items.map((i) => new Date(i.pubDate!).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('the news feed carries every news item with full, safe, absolute HTML, categories and the cover', async () => {
    const feed = await parser.parseString(read('rss.xml'));
    expect(feed.items).toHaveLength(entries('nieuwsberichten').length);
    const interview = feed.items.find((i) => i.link === `${SITE}/nieuws/interview-guido-walraven-agenderen/`)!;
    const html = (interview as unknown as { contentEncoded: string }).contentEncoded;
    expect(html).toContain('<h2>Wat kunnen deelnemers van de deelsessie verwachten?</h2>');
    expect(html).not.toMatch(/<script|\son\w+=/i);
    expect(html).not.toMatch(/\s(href|src)="\/(?!\/)/);
    expect(interview.categories).toEqual(
      expect.arrayContaining(['Werkplaats Sociaal Domein Zuid-Holland Zuid', 'Agenderen van sociale kwesties']),
    );
    expect((interview as unknown as { enclosure: { url: string; type: string } }).enclosure).toMatchObject({ type: 'image/jpeg' });
    expect(interview.pubDate).toMatch(/21 Oct 2019/);
  });

  it('a region feed holds only that region', async () => {
    const feed = await parser.parseString(read('werkplaatsen/noord-holland/rss.xml'));
    for (const item of feed.items) expect(item.categories).toContain('Werkplaats Sociaal Domein Noord-Holland');
  });

  it('pages link their feeds for autodiscovery', () => {
    const alternate = (file: string) =>
      [...read(file).matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/g)].map((m) => m[1]);
    expect(alternate('index.html')).toContain('/rss.xml');
    expect(alternate('agenda/index.html')).toEqual(expect.arrayContaining(['/agenda/rss.xml', '/rss.xml']));
    expect(alternate('dossier/index.html')).toContain('/dossier/rss.xml');
    expect(alternate('werkplaatsen/utrecht/index.html')).toContain('/werkplaatsen/utrecht/rss.xml');
  });

  it('/rss/ lists every feed with a how-to', () => {
    const html = read('rss/index.html');
    for (const file of FEEDS) expect(html).toContain(`href="/${file}"`);
    expect(html).toContain('Zo werkt het');
  });
});

describe('iCalendar', () => {
  const parse = (file: string) => new ICAL.Component(ICAL.parse(read(file)));

  it('one event: Europe/Amsterdam times, a stable UID, location and URL', () => {
    const symposium = entries('evenementen').find((e) => e.slug === 'professionaliteit-in-samenspel')!;
    const calendar = parse('agenda/professionaliteit-in-samenspel.ics');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(`${symposium.documentId}@werkplaatsen-sociaal-domein`);
    expect(event.summary).toBe('Professionaliteit in samenspel');
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.toString()).toBe('2019-11-25T09:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2019-11-25T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2019-11-25T16:30:00.000Z');
    expect(event.location).toBe('The Colour Kitchen, Prinses Christinalaan 1, Utrecht');
    expect(vevent.getFirstPropertyValue('url')).toBe(`${SITE}/agenda/professionaliteit-in-samenspel/`);
  });

  it('the agenda calendar holds the upcoming events, with CRLF lines of at most 75 octets', () => {
    const raw = read('agenda.ics');
    expect(raw.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
    const events = parse('agenda.ics')
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.summary)).not.toContain('Professionaliteit in samenspel');
  });

  it('event pages offer "Zet in je agenda" for upcoming events only', () => {
    const upcoming = read('agenda/kenniscafe-utrecht-burgerkracht/index.html');
    expect(upcoming).toContain('<a href="/agenda/kenniscafe-utrecht-burgerkracht.ics">Zet in je agenda</a>');
    expect(read('agenda/professionaliteit-in-samenspel/index.html')).not.toContain('Zet in je agenda');
  });
});
