import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareReleases } from './integration/oracle/compare-releases.ts';

function release(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-compare-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe("the oracle's release comparison", () => {
  it('names every file that differs, is missing or is extra, and where a file differs', () => {
    const incremental = release({
      'index.html': '<p>Oud</p>',
      'nieuws/a/index.html': 'a',
      'extra.html': 'x',
      'pagefind/x.pf_fragment': '1',
    });
    const full = release({
      'index.html': '<p>Nieuw</p>',
      'nieuws/a/index.html': 'a',
      'nieuws/b/index.html': 'b',
      'pagefind/y.pf_fragment': '2',
    });
    const problems = compareReleases(incremental, full);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('extra.html: only in the incremental release');
    expect(problems[1]).toMatch(/^index\.html: differs at byte 3: incremental "<p>Oud<\/p>" vs full "<p>Nieuw<\/p>"$/);
    expect(problems[2]).toBe(path.join('nieuws', 'b', 'index.html') + ': missing from the incremental release');
  });

  it('finds nothing in identical releases (the search bundle is compared by queries instead)', () => {
    const files = { 'index.html': 'x', '_astro/a.css': 'y' };
    expect(compareReleases(release(files), release(files))).toEqual([]);
  });
});
