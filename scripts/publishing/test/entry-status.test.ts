import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSummaries, changeInDutch } from '../src/build-summaries.ts';
import { entryQuery, liveLinks } from '../src/entry-report.ts';
import { entryState, livePath, typicalSeconds, type EntryQuery } from '../src/entry-status.ts';
import type { BuildRecord } from '../src/state-store.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 3, 9, 0, 0) + seconds * 1000).toISOString();
const build = (
  id: string,
  start: number,
  end: number | undefined,
  result: BuildRecord['result'],
  extra: Partial<BuildRecord> = {},
): BuildRecord => ({
  id,
  trigger: [],
  startedAt: at(start),
  ...(end === undefined ? {} : { finishedAt: at(end) }),
  result,
  phases: {},
  ...extra,
});
const query: EntryQuery = { collection: 'nieuwsberichten', documentId: 'doc1', publishedAt: at(10), slug: 'buurtteams' };
const now = Date.parse(at(20));

describe('the publishing state of one entry', () => {
  it('is live from the first build started after the publish that went live', () => {
    const history = [build('a', 0, 4, 'live'), build('b', 11, 14, 'live'), build('c', 20, 23, 'live')];
    expect(entryState(history, [], query, now)).toEqual({ state: 'live', since: at(14) });
  });

  it('is publishing while its build waits or runs, with the usual duration', () => {
    const history = [build('a', 0, 4, 'live'), build('b', 11, undefined, 'running')];
    expect(entryState(history, [], query, now)).toEqual({ state: 'publishing', expectedSeconds: 4 });
    const queued = entryState([build('a', 0, 4, 'live')], [{ description: 'x', documentId: 'doc1' }], query, now + 10 * 60_000);
    expect(queued.state).toBe('publishing');
  });

  it('names the entry and field in Dutch when its build failed, until a later build goes live', () => {
    const failure = {
      kind: 'invalid-entry',
      contentType: 'Nieuwsbericht',
      documentId: 'doc1',
      slug: 'buurtteams',
      field: 'lead',
      problem: 'Too small: expected string to have >=1 characters',
      message: '',
    } as const;
    const failed = [build('a', 0, 4, 'live'), build('b', 11, 13, 'failed', { failure })];
    expect(entryState(failed, [], query, now)).toEqual({
      state: 'failed',
      at: at(13),
      reason: expect.stringMatching(
        /^Nieuwsbericht ‘buurtteams’: het veld ‘lead’ is leeg, maar moet ingevuld zijn\..*de site toont de vorige versie\.$/,
      ),
      failure,
    });
    expect(entryState([...failed, build('c', 15, 18, 'live')], [], query, now).state).toBe('live');
    const technical = entryState([build('b', 11, 13, 'failed', { error: 'ENOSPC' })], [], query, now);
    expect(technical).toMatchObject({ state: 'failed', reason: expect.stringContaining('technische fout') });
  });

  it('counts a build for this publish though the clocks differ, but not one for an earlier publish', () => {
    const event = { description: 'x', event: 'entry.publish', documentId: 'doc1' };
    const named = build('b', 8, 9, 'live', { changes: [{ ...event, publishedAt: at(10) }] });
    expect(entryState([named], [], query, now)).toEqual({ state: 'live', since: at(9) });
    const earlier = build('old', 5, 6, 'live', { changes: [{ ...event, publishedAt: at(4) }] });
    expect(entryState([earlier], [], query, now).state).toBe('publishing');
  });

  it('is stalled when nothing built it two minutes after the publish', () => {
    expect(entryState([build('a', 0, 4, 'live')], [], query, Date.parse(at(10)) + 121_000)).toEqual({
      state: 'stalled',
      expectedSeconds: 4,
    });
  });

  it('takes the median of the last five live builds as the usual duration', () => {
    const history = [1, 9, 2, 3, 30, 4].map((seconds, i) => build(String(i), i * 100, i * 100 + seconds, 'live'));
    expect(typicalSeconds(history)).toBe(4);
    expect(typicalSeconds([])).toBe(10);
  });
});

describe('the link to an entry on the live site', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'wsd-live-'));
  const page = (pathname: string, html = '<h1>x</h1>') => {
    mkdirSync(path.join(root, pathname), { recursive: true });
    writeFileSync(path.join(root, pathname, 'index.html'), html);
  };
  page('nieuws/buurtteams');
  page('dossier/archief/2025');
  page('dossier/archief/2025/pagina/2', '<li id="armoede-en-schulden">');

  it('is the page when the live release has it, else null', () => {
    expect(livePath(root, { collection: 'nieuwsberichten', slug: 'buurtteams' })).toBe('/nieuws/buurtteams/');
    expect(livePath(root, { collection: 'nieuwsberichten', slug: 'nog-niet-gebouwd' })).toBeNull();
    expect(livePath(root, { collection: 'personen', slug: 'jan' })).toBeNull();
  });

  it('lists the live pages of several entries at once, refusing what could leave the release folder', () => {
    const params = new URLSearchParams([
      ['uid', 'api::nieuwsbericht.nieuwsbericht'],
      ['entry', 'buurtteams'],
      ['entry', 'concept'],
    ]);
    expect(liveLinks(params, root, 'https://wsd.example')).toEqual({
      links: { buurtteams: 'https://wsd.example/nieuws/buurtteams/', concept: null },
    });
    params.append('entry', '../../etc');
    expect(liveLinks(params, root, 'https://wsd.example')).toEqual({ error: 'entry: "../../etc" is not slug|YYYY-MM-DD' });
    const many = new URLSearchParams([
      ['uid', 'api::nieuwsbericht.nieuwsbericht'],
      ...Array.from({ length: 101 }, (_, i): [string, string] => ['entry', `e${i}`]),
    ]);
    expect(liveLinks(many, root, 'https://wsd.example')).toEqual({ error: 'entry: at most 100 per request' });
    expect(
      liveLinks(
        new URLSearchParams([
          ['uid', 'api::dossierartikel.dossierartikel'],
          ['entry', 'armoede-en-schulden|2025-03-01'],
        ]),
        root,
        'https://wsd.example',
      ),
    ).toEqual({
      links: { 'armoede-en-schulden': 'https://wsd.example/dossier/archief/2025/pagina/2/#armoede-en-schulden' },
    });
  });

  it('finds a dossier article on the archive page of its year that holds it', () => {
    expect(livePath(root, { collection: 'dossierartikelen', slug: 'armoede-en-schulden', date: '2025-03-01' })).toBe(
      '/dossier/archief/2025/pagina/2/#armoede-en-schulden',
    );
    expect(livePath(root, { collection: 'dossierartikelen', slug: 'elders', date: '2025-03-01' })).toBeNull();
  });
});

describe('the entry query the CMS sends', () => {
  const params = (values: Record<string, string>) =>
    new URLSearchParams({ uid: 'api::nieuwsbericht.nieuwsbericht', documentId: 'abc123', publishedAt: at(0), ...values });

  it('is accepted when well formed', () => {
    expect(entryQuery(params({ slug: 'buurtteams' }))).toEqual({
      collection: 'nieuwsberichten',
      documentId: 'abc123',
      publishedAt: at(0),
      slug: 'buurtteams',
    });
  });

  it('refuses, naming the field, what is not an entry of the site or could leave the release folder', () => {
    expect(entryQuery(params({ uid: 'admin::user' }))).toEqual({ error: 'uid: "admin::user" is not a content type of the site' });
    expect(entryQuery(params({ slug: '../../../etc/passwd' }))).toEqual({ error: 'slug: expected lowercase letters, digits and hyphens' });
    expect(entryQuery(params({ slug: 'a%2F..' }))).toMatchObject({ error: expect.stringMatching(/^slug:/) });
    expect(entryQuery(params({ documentId: 'x/../y' }))).toMatchObject({ error: expect.stringMatching(/^documentId:/) });
    expect(entryQuery(params({ publishedAt: 'gisteren' }))).toMatchObject({ error: expect.stringMatching(/^publishedAt:/) });
  });
});

describe('builds as the admin lists them', () => {
  it('says in Dutch what changed, one line per entry, and why a build failed', () => {
    const publish = {
      description: 'entry.publish',
      event: 'entry.publish',
      collection: 'nieuwsberichten',
      documentId: 'd1',
      title: 'Buurtteams leren',
    } as const;
    const history = [
      build('a', 0, 30, 'live', { full: true, trigger: ['first build'] }),
      build('b', 40, 42.5, 'live', { changes: [publish, { ...publish }, { description: 'media.delete', event: 'media.delete' }] }),
      build('c', 50, 51, 'failed', { changes: [{ description: 'rebuild requested by Hoofdredactie Demo' }] }),
    ];
    const [failed, edited, first] = buildSummaries(history);
    expect(first).toMatchObject({ changes: ['Eerste bouw van de site'], full: true, seconds: 30, result: 'live', failure: null });
    expect(edited).toMatchObject({
      changes: ['Nieuwsbericht ‘Buurtteams leren’ gepubliceerd', 'Een bestand is uit de mediabibliotheek verwijderd'],
      seconds: 2.5,
    });
    expect(failed).toMatchObject({
      changes: ['Herbouw aangevraagd door Hoofdredactie Demo'],
      result: 'failed',
      failure: expect.stringContaining('technische fout'),
    });
  });

  it('counts the changes it does not list', () => {
    const many = Array.from(
      { length: 7 },
      (_, i) =>
        ({ description: 'e', event: 'entry.unpublish', collection: 'evenementen', documentId: `d${i}`, title: `Evenement ${i}` }) as const,
    );
    const [summary] = buildSummaries([build('a', 0, 1, 'live', { changes: many, moreChanges: 3 })]);
    expect(summary!.changes).toHaveLength(5);
    expect(summary!.changes[0]).toBe('Evenement ‘Evenement 0’ offline gehaald');
    expect(summary!.moreChanges).toBe(5);
    expect(changeInDutch({ description: 'something new' })).toBe('Overige wijziging');
  });
});
