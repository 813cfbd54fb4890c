import { describe, expect, it } from 'vitest';
import { amsterdamTime, buildRow, liveLine, statusView, type BuildsAnswer } from '../../src/admin/publish-status/status-text.ts';

// 3 December 2026, 12:30 in Amsterdam (UTC+1).
const NOW = new Date('2026-12-03T11:30:00.000Z');

describe('what the admin says about an entry on the site', () => {
  it('shows times in Amsterdam: the time today, else the date too', () => {
    expect(amsterdamTime('2026-12-03T11:03:00.000Z', NOW)).toBe('12:03');
    expect(amsterdamTime('2026-12-02T23:30:00.000Z', NOW)).toBe('00:30');
    expect(amsterdamTime('2026-12-02T22:30:00.000Z', NOW)).toBe('2 december 2026 om 23:30');
  });

  it('says live with the page, publishing with the usual wait, and asks again only while it waits', () => {
    const live = statusView({ state: 'live', since: '2026-12-03T11:03:00.000Z', url: 'https://wsd.example/nieuws/buurtteams/' }, NOW);
    expect(live).toMatchObject({ tone: 'success', text: 'Online sinds 12:03', path: '/nieuws/buurtteams/', pollMs: null });
    const publishing = statusView({ state: 'publishing', expectedSeconds: 4, url: null }, NOW);
    expect(publishing).toMatchObject({ tone: 'warning', text: 'Wordt gepubliceerd… (meestal binnen 4 s)', url: null, pollMs: 2000 });
    expect(statusView({ state: 'draft' }).pollMs).toBe(15_000);
  });

  it('puts the reason of a failed build after "Publicatie mislukt" and keeps the dossier anchor in the path', () => {
    const failed = statusView({
      state: 'failed',
      at: '2026-12-03T11:03:00.000Z',
      reason: 'Nieuwsbericht ‘kapot’: het veld ‘Intro’ is leeg, maar moet ingevuld zijn.',
      url: 'https://wsd.example/dossier/archief/2025/#armoede',
    });
    expect(failed).toMatchObject({
      tone: 'danger',
      text: 'Publicatie mislukt: Nieuwsbericht ‘kapot’: het veld ‘Intro’ is leeg, maar moet ingevuld zijn.',
      path: '/dossier/archief/2025/#armoede',
    });
  });

  it('says when a scheduled item will be published', () => {
    expect(statusView({ state: 'scheduled', scheduledAt: '2026-12-04T08:00:00.000Z' }).text).toBe('Gepland op 4 december 2026 om 09:00.');
    const republish = statusView(
      { state: 'live', since: '2026-12-03T11:03:00.000Z', url: null, scheduledAt: '2026-12-04T08:00:00.000Z' },
      NOW,
    );
    expect(republish.scheduled).toBe('Gepland op 4 december 2026 om 09:00');
  });

  it('tells an editor when the site is not connected or the service does not answer', () => {
    expect(statusView({ state: 'unconnected' }).text).toMatch(/niet gekoppeld aan een publicatieservice/);
    expect(statusView({ state: 'unreachable' })).toMatchObject({ tone: 'warning', pollMs: 15_000 });
  });
});

describe('what the homepage widget says about builds', () => {
  const build = {
    id: 'b',
    startedAt: '2026-12-03T11:03:00.000Z',
    finishedAt: '2026-12-03T11:03:04.500Z',
    seconds: 4.5,
    full: false,
    failure: null,
  };
  it('lists when, the result with its duration, and the changes', () => {
    const row = buildRow({ ...build, result: 'live', changes: ['Nieuwsbericht ‘Buurtteams’ gepubliceerd'], moreChanges: 2 }, NOW);
    expect(row).toMatchObject({
      when: '12:03',
      result: 'Online in 4,5 s',
      tone: 'success',
      changes: ['Nieuwsbericht ‘Buurtteams’ gepubliceerd', 'en 2 andere wijzigingen'],
    });
    expect(buildRow({ ...build, seconds: null, result: 'running', changes: [], moreChanges: 1 }, NOW)).toMatchObject({
      result: 'Bezig',
      changes: ['en 1 andere wijziging'],
    });
  });

  it('says whether the site is live or being updated', () => {
    const connected: BuildsAnswer & { state: 'connected' } = {
      state: 'connected',
      live: 'r1',
      liveSince: '2026-12-03T11:03:04.500Z',
      building: false,
      waiting: 0,
      builds: [],
      mayRebuild: false,
    };
    expect(liveLine(connected, NOW)).toEqual({ text: 'De site is online, laatst bijgewerkt 12:03.', tone: 'success' });
    expect(liveLine({ ...connected, building: true }, NOW).text).toBe('De site wordt nu bijgewerkt…');
    expect(liveLine({ ...connected, live: null }, NOW).text).toBe('De site is nog niet gebouwd.');
  });
});
