import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../src/publishing/precompress.ts';
import { StateStore } from '../src/publishing/state-store.ts';

describe('state store', () => {
  it('keeps pending changes across a restart (a new store on the same file)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-state-')), 'state.json');
    new StateStore(file).update((s) => s.pending.push('entry.publish api::nieuwsbericht.nieuwsbericht x'));
    expect(new StateStore(file).get().pending).toEqual(['entry.publish api::nieuwsbericht.nieuwsbericht x']);
  });

  it('keeps the last 20 builds', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-state-')), 'state.json');
    const store = new StateStore(file);
    for (let i = 0; i < 30; i++)
      store.update((s) => s.history.push({ id: `b${i}`, trigger: [], startedAt: '', result: 'live', phases: {} }));
    expect(store.get().history.map((b) => b.id)[0]).toBe('b10');
    expect(JSON.parse(readFileSync(file, 'utf8')).history).toHaveLength(20);
  });
});

describe('precompress', () => {
  it('writes gzip and brotli next to text files over 1 kB only', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-gz-'));
    mkdirSync(path.join(dir, 'nieuws'));
    const html = `<h1>Nieuws</h1>${'<p>tekst</p>'.repeat(200)}`;
    writeFileSync(path.join(dir, 'nieuws', 'index.html'), html);
    writeFileSync(path.join(dir, 'klein.css'), 'a{}');
    writeFileSync(path.join(dir, 'foto.avif'), Buffer.alloc(4096));
    expect(precompress(dir)).toBe(1);
    expect(gunzipSync(readFileSync(path.join(dir, 'nieuws', 'index.html.gz'))).toString()).toBe(html);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'nieuws', 'index.html.br'))).toString()).toBe(html);
    expect(existsSync(path.join(dir, 'klein.css.gz'))).toBe(false);
    expect(existsSync(path.join(dir, 'foto.avif.gz'))).toBe(false);
  });
});
