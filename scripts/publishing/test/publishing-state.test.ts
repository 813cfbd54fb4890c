import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeRelease, precompressFile, releaseFiles } from '../src/release-builder.ts';
import { StateStore } from '../src/state-store.ts';

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
  it('writes gzip and brotli next to text files over 1 kB only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-gz-'));
    mkdirSync(path.join(dir, 'nieuws'));
    const html = `<h1>Nieuws</h1>${'<p>tekst</p>'.repeat(200)}`;
    writeFileSync(path.join(dir, 'nieuws', 'index.html'), html);
    writeFileSync(path.join(dir, 'klein.css'), 'a{}');
    writeFileSync(path.join(dir, 'foto.avif'), Buffer.alloc(4096));
    expect(await precompressFile(path.join(dir, 'nieuws', 'index.html'))).toBe(true);
    expect(await precompressFile(path.join(dir, 'klein.css'))).toBe(false);
    expect(await precompressFile(path.join(dir, 'foto.avif'))).toBe(false);
    expect(gunzipSync(readFileSync(path.join(dir, 'nieuws', 'index.html.gz'))).toString()).toBe(html);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'nieuws', 'index.html.br'))).toString()).toBe(html);
    expect(existsSync(path.join(dir, 'klein.css.gz'))).toBe(false);
    expect(existsSync(path.join(dir, 'foto.avif.gz'))).toBe(false);
  });
});

describe('making a release by difference', () => {
  const big = (text: string) => `<h1>${text}</h1>${'<p>tekst</p>'.repeat(200)}`;
  function buildFolder(files: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-build-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), content);
    }
    return dir;
  }

  it('links unchanged files to the live release and copies and compresses only changed ones', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wsd-rel-'));
    const first = { 'index.html': big('home'), 'nieuws/a/index.html': big('a'), 'oud/index.html': big('oud') };
    const buildDir = buildFolder(first);
    const liveDir = path.join(root, 'r1');
    const files1 = Object.keys(first);
    const diff1 = await makeRelease({ buildDir, files: files1, written: files1, releaseDir: liveDir });
    expect(diff1).toEqual({ written: files1.sort(), removed: [], linked: 0 });
    expect(releaseFiles(liveDir)).toEqual({ files: files1, compressed: files1.sort() });

    // The next build changes the home page, adds b and drops oud; a is untouched.
    writeFileSync(path.join(buildDir, 'index.html'), big('home 2'));
    mkdirSync(path.join(buildDir, 'nieuws/b'));
    writeFileSync(path.join(buildDir, 'nieuws/b/index.html'), big('b'));
    const files2 = ['index.html', 'nieuws/a/index.html', 'nieuws/b/index.html'];
    const releaseDir = path.join(root, 'r2');
    const diff2 = await makeRelease({
      buildDir,
      files: files2,
      written: ['index.html', 'nieuws/b/index.html'],
      liveDir,
      liveMatchesBuildDir: true,
      releaseDir,
    });
    expect(diff2).toEqual({ written: ['index.html', 'nieuws/b/index.html'], removed: ['oud/index.html'], linked: 1 });
    // Shared: the same inode (and its compressed copies), never a copy.
    expect(statSync(path.join(releaseDir, 'nieuws/a/index.html')).ino).toBe(statSync(path.join(liveDir, 'nieuws/a/index.html')).ino);
    expect(statSync(path.join(releaseDir, 'nieuws/a/index.html.br')).ino).toBe(statSync(path.join(liveDir, 'nieuws/a/index.html.br')).ino);
    expect(gunzipSync(readFileSync(path.join(releaseDir, 'index.html.gz'))).toString()).toBe(big('home 2'));
    expect(readFileSync(path.join(liveDir, 'index.html'), 'utf8')).toBe(big('home'));
    expect(existsSync(path.join(releaseDir, 'oud/index.html'))).toBe(false);
  });

  it('compares every file when the live release did not come from this build folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wsd-rel-'));
    const files = { 'index.html': big('home'), 'a/index.html': big('a') };
    const liveDir = path.join(root, 'live');
    await makeRelease({ buildDir: buildFolder(files), files: Object.keys(files), written: Object.keys(files), releaseDir: liveDir });
    // A fresh folder where a differs but the build claims to have written nothing.
    const other = buildFolder({ ...files, 'a/index.html': big('a, changed') });
    const diff = await makeRelease({
      buildDir: other,
      files: Object.keys(files),
      written: [],
      liveDir,
      releaseDir: path.join(root, 'next'),
    });
    expect(diff.written).toEqual(['a/index.html']);
    expect(diff.linked).toBe(1);
    expect(readFileSync(path.join(root, 'next', 'a/index.html'), 'utf8')).toBe(big('a, changed'));
  });
});
