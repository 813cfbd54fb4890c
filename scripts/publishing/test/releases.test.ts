import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Releases } from '../src/releases.ts';
import { sanityProblems } from '../src/sanity-check.ts';

function makeRelease(releases: Releases, id: string, pages = 3) {
  const dir = releases.pathOf(id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), `<h1>${id}</h1>`);
  for (let i = 1; i < pages; i++) {
    mkdirSync(path.join(dir, `p${i}`), { recursive: true });
    writeFileSync(path.join(dir, `p${i}`, 'index.html'), 'x');
  }
  return dir;
}

describe('releases', () => {
  const setup = () => new Releases(mkdtempSync(path.join(tmpdir(), 'wsd-releases-')));

  it('switches the current symlink to a release', () => {
    const releases = setup();
    makeRelease(releases, 'a');
    makeRelease(releases, 'b');
    releases.switchTo('a');
    expect(releases.live()).toBe('a');
    releases.switchTo('b');
    expect(releases.live()).toBe('b');
    expect(readlinkSync(releases.current)).toBe(path.join('releases', 'b'));
    expect(readFileSync(path.join(releases.current, 'index.html'), 'utf8')).toBe('<h1>b</h1>');
  });

  it('rolls back to the release before the live one', () => {
    const releases = setup();
    for (const id of ['r1', 'r2', 'r3']) makeRelease(releases, id);
    releases.switchTo('r3');
    expect(releases.rollback()).toBe('r2');
    expect(releases.live()).toBe('r2');
    expect(releases.rollback()).toBe('r1');
    expect(() => releases.rollback()).toThrow(/no earlier release/);
  });

  it('keeps the newest five and always the live release', async () => {
    const releases = setup();
    for (let i = 1; i <= 8; i++) makeRelease(releases, `r${i}`);
    releases.switchTo('r2');
    expect(await releases.prune(5)).toEqual(['r1', 'r3']);
    expect(releases.list()).toEqual(['r2', 'r4', 'r5', 'r6', 'r7', 'r8']);
    // Deleted, not just out of the list.
    expect(readdirSync(releases.dir).filter((name) => !name.endsWith('.files.json'))).toEqual(['r2', 'r4', 'r5', 'r6', 'r7', 'r8']);
  });

  it('finishes a removal that was interrupted', async () => {
    const releases = setup();
    makeRelease(releases, 'r1');
    releases.switchTo('r1');
    // What a crash during a removal leaves: a renamed release with its files.
    mkdirSync(path.join(releases.dir, '.removing-r0', 'nieuws'), { recursive: true });
    writeFileSync(path.join(releases.dir, '.removing-r0', 'nieuws', 'index.html'), 'oud');
    expect(await releases.prune(5)).toEqual([]);
    expect(readdirSync(releases.dir)).toEqual(['r1']);
  });

  it('never discards the live release', () => {
    const releases = setup();
    makeRelease(releases, 'live');
    releases.switchTo('live');
    expect(() => releases.discard('live')).toThrow(/is live/);
    makeRelease(releases, 'failed');
    releases.discard('failed');
    expect(existsSync(releases.pathOf('failed'))).toBe(false);
  });

  it('gives unique, time-sorted ids', () => {
    const releases = setup();
    const now = new Date('2026-11-23T10:15:00.123Z');
    const first = releases.newId(now);
    makeRelease(releases, first);
    expect(first).toBe('20261123T101500123Z');
    expect(releases.newId(now)).toBe('20261123T101500123Z-2');
  });
});

describe('sanity checks', () => {
  const build = (pages: number) => {
    const releases = new Releases(mkdtempSync(path.join(tmpdir(), 'wsd-sanity-')));
    return { dir: makeRelease(releases, 'x', pages), pages };
  };

  it('accepts a normal build', () => {
    expect(sanityProblems({ ...build(50), livePages: 48, entriesNow: 40, entriesLive: 39 })).toEqual([]);
  });

  it('refuses a build without a home page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-empty-'));
    expect(sanityProblems({ dir, pages: 0, livePages: undefined, entriesNow: 1, entriesLive: undefined })).toEqual([
      'the build has no home page (index.html)',
    ]);
  });

  it('refuses a big drop in pages unless the CMS really holds fewer entries', () => {
    expect(sanityProblems({ ...build(10), livePages: 50, entriesNow: 40, entriesLive: 40 })[0]).toMatch(/10 pages, the live site 50/);
    expect(sanityProblems({ ...build(10), livePages: 50, entriesNow: 5, entriesLive: 40 })).toEqual([]);
  });
});
