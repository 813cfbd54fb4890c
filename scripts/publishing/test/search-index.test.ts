import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageUrl, SearchIndex } from '../src/search-index.ts';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-search-site-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

/** The text of every fragment in a bundle (each page's fragment is gzip with Pagefind's signature, then JSON). */
const fragments = (bundle: string) =>
  readdirSync(path.join(bundle, 'fragment')).map((file) => gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).toString('utf8'));

describe('the warm search index', () => {
  const index = new SearchIndex();
  afterAll(() => index.close());

  it('names pages as Pagefind does for a folder', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('nieuws/buurtkracht/index.html')).toBe('/nieuws/buurtkracht/');
  });

  it('re-adds changed pages, drops removed ones, and shares unchanged fragments with the live bundle', async () => {
    const dir = site({
      'index.html': page('Home', 'Welkom bij de werkplaatsen'),
      'nieuws/a/index.html': page('Buurtkracht', 'Een verhaal over buurtkracht in Haarlem'),
      'nieuws/b/index.html': page('Eenzaamheid', 'Jongeren en eenzaamheid in Amsterdam'),
    });
    await index.rebuild(dir, [
      { url: 'https://example.org/dossier/x/', content: 'Dossierstuk over armoede', language: 'nl', meta: { title: 'Armoede' } },
    ]);
    const live = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-search-live-')), 'pagefind');
    await index.write(live);
    expect(fragments(live)).toHaveLength(4);

    // Page a changes, b is unpublished, the dossier record is gone.
    writeFileSync(path.join(dir, 'nieuws/a/index.html'), page('Buurtkracht', 'Een verhaal over wijkteams in Zaandam'));
    await index.update(dir, ['nieuws/a/index.html'], ['nieuws/b/index.html'], []);
    const next = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-search-next-')), 'pagefind');
    await index.write(next, live);

    const text = fragments(next).join('\n');
    expect(text).toContain('wijkteams in Zaandam');
    expect(text).not.toContain('Haarlem');
    expect(text).not.toContain('eenzaamheid in Amsterdam');
    expect(text).not.toContain('armoede');
    expect(fragments(next)).toHaveLength(2);
    // The unchanged home page's fragment is the live bundle's own file.
    const liveFragments = readdirSync(path.join(live, 'fragment'));
    const home = readdirSync(path.join(next, 'fragment')).find((f) => liveFragments.includes(f))!;
    expect(statSync(path.join(next, 'fragment', home)).ino).toBe(statSync(path.join(live, 'fragment', home)).ino);
    // Only one metadata file: the old one was removed with the stale fragments.
    expect(readdirSync(next).filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    // The live bundle itself is untouched.
    expect(fragments(live).join('\n')).toContain('Haarlem');
  });

  it('stores the WebAssembly and metadata of every first search for brotli: uncompressed with .br and .gz next to them', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'wsd-search-brotli-'));
    await index.rebuild(site({ 'index.html': page('Start', 'samenwerking in de wijk') }), []);
    await index.write(out);
    const firstSearch = readdirSync(out).filter((f) => /^wasm\.nl\.pagefind$|\.pf_meta$/.test(f));
    expect(firstSearch).toHaveLength(2);
    for (const file of firstSearch) {
      const raw = readFileSync(path.join(out, file));
      expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
      expect(brotliDecompressSync(readFileSync(path.join(out, `${file}.br`)))).toEqual(raw);
      expect(gunzipSync(readFileSync(path.join(out, `${file}.gz`)))).toEqual(raw);
    }
    const wasm = path.join(out, 'wasm.nl.pagefind');
    expect(statSync(`${wasm}.br`).size).toBeLessThan(statSync(`${wasm}.gz`).size * 0.9);
  });
});

describe('two search indexes in one process', () => {
  it('closing one leaves the other working (Pagefind runs one backend process for both)', async () => {
    const dir = site({ 'index.html': page('Home', 'Welkom bij de werkplaatsen') });
    const first = new SearchIndex();
    const second = new SearchIndex();
    await first.rebuild(dir, []);
    await second.rebuild(dir, []);
    await second.close();
    writeFileSync(path.join(dir, 'index.html'), page('Home', 'Nieuwe welkomsttekst'));
    await first.update(dir, ['index.html'], [], []);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-search-two-')), 'pagefind');
    await first.write(out);
    expect(fragments(out).join('\n')).toContain('welkomsttekst');
    await first.close();
  });
});
