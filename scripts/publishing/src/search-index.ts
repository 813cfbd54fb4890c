import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gunzipSync } from 'node:zlib';
import { decode as decodeCbor } from 'cbor-x';
import * as pagefind from 'pagefind';
import type { CustomRecord, PagefindIndex } from 'pagefind';
import { whileBackendAlive } from './pagefind-backend.ts';
import { precompressFile } from './release-builder.ts';

/** Pagefind names these files by their content: the same name means the same bytes, so a new bundle can share them. */
const IMMUTABLE = /^(fragment|index|filter)\/|^pagefind\.[^/]+\.pf_meta(\.br|\.gz)?$/;
/** A page that is gone: Pagefind keeps pages by URL and leaves out pages without text, so this takes it out of the index. */
const EMPTY_PAGE = '<html lang="nl"><body></body></html>';

type BundleMeta = [
  version: string,
  pages: [hash: string, ...unknown[]][],
  chunks: [from: string, to: string, hash: string][],
  filters: [name: string, hash: string][],
];

/** The files a bundle's metadata refers to: its fragments, word and filter chunks, and the metadata itself. */
async function referencedFiles(bundleDir: string): Promise<Set<string>> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const files = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    for (const variant of ['', '.br', '.gz']) files.add(`${metaFile}${variant}`);
    // Pagefind's signature, then CBOR (see pagefind's index_metadata.rs); gzipped unless stored for brotli.
    const raw = ungzipped(await readFile(path.join(bundleDir, metaFile)));
    const [, pages, chunks, filters] = decodeCbor(raw.subarray(SIGNATURE.length)) as BundleMeta;
    for (const [page] of pages) files.add(`fragment/${page}.pf_fragment`);
    for (const [, , chunk] of chunks) files.add(`index/${chunk}.pf_index`);
    for (const [, filter] of filters) files.add(`filter/${filter}.pf_filter`);
  }
  return files;
}
const SIGNATURE = 'pagefind_dcd';
const isGzip = (data: Buffer) => data[0] === 0x1f && data[1] === 0x8b;
const ungzipped = (data: Buffer) => (isGzip(data) ? gunzipSync(data) : data);

/** Files every first search loads, which Pagefind gzips itself: the WebAssembly and the metadata. */
const FIRST_SEARCH = /^wasm\.[^/]+\.pagefind$|^pagefind\.[^/]+\.pf_meta$/;
/** Brotli of those files by the gzip they came from: the WebAssembly is the same in every build, compressed once. */
const brotliCache = new Map<string, Buffer>();

/**
 * Stored gzipped, these files can only ever be sent gzipped; brotli at quality 11 is 15 %
 * smaller (the WebAssembly: 60 → 51 KB on every first search). Pagefind's script also
 * reads them uncompressed (signature first), so they are stored so, with the brotli and
 * the original gzip next to them for the server to choose from. A file shared from the
 * live bundle is stored so already; a new one is replaced by rename, never in place.
 */
async function storeForBrotli(bundleDir: string): Promise<void> {
  for (const file of (await readdir(bundleDir)).filter((f) => FIRST_SEARCH.test(f))) {
    const target = path.join(bundleDir, file);
    const stored = await readFile(target);
    if (!isGzip(stored)) continue;
    const raw = gunzipSync(stored);
    const key = createHash('sha256').update(stored).digest('hex');
    const brotli =
      brotliCache.get(key) ??
      brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    if (file.startsWith('wasm.')) brotliCache.set(key, brotli);
    await Promise.all([writeFile(`${target}.br`, brotli), writeFile(`${target}.gz`, stored), writeFile(`${target}.tmp`, raw)]);
    await rename(`${target}.tmp`, target);
  }
}

/** Removes the content-named files the bundle no longer refers to (hard links shared from the live bundle). */
async function removeUnreferenced(bundleDir: string): Promise<number> {
  const keep = await referencedFiles(bundleDir);
  const all = ((await readdir(bundleDir, { recursive: true })) as string[]).map((file) => file.split(path.sep).join('/'));
  const stale = all.filter((file) => IMMUTABLE.test(file) && !keep.has(file));
  await Promise.all(stale.map((file) => rm(path.join(bundleDir, file))));
  return stale.length;
}

/** Open SearchIndex objects: Pagefind runs one backend process for all of them. */
let openIndexes = 0;

/** The URL Pagefind gives a file of the site (as it does for a whole folder): "nieuws/x/index.html" → "/nieuws/x/". */
export const pageUrl = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const fail = (what: string, errors: string[]) => {
  if (errors.length > 0) throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
};

/**
 * The site's search index, kept in the long-lived publishing service (Pagefind's Node
 * API). A full rebuild indexes every page; a publish re-adds only the pages it changed
 * (re-adding a URL replaces it) and empties the ones it removed, then writes the bundle
 * into a copy of the live one, where Pagefind skips every fragment it already has.
 */
export class SearchIndex {
  #index: PagefindIndex | undefined;
  #open = true;
  /** Custom records (dossier articles) by URL, as last added. */
  #records = new Map<string, string>();

  constructor() {
    openIndexes++;
  }

  /** True once a full index exists in memory (after the first full rebuild of this process). */
  get ready(): boolean {
    return this.#index !== undefined;
  }

  /** A new index of every page of `siteDir` and the given records. */
  async rebuild(siteDir: string, records: CustomRecord[]): Promise<{ pages: number }> {
    await this.#index?.deleteIndex();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    fail('start', errors);
    this.#index = index!;
    this.#records.clear();
    const added = await this.#index.addDirectory({ path: siteDir });
    fail('index the site', added.errors);
    await this.#setRecords(records);
    return { pages: added.page_count };
  }

  /** Re-adds changed pages (read from `siteDir`), empties removed ones, and brings the records up to date. */
  async update(siteDir: string, changed: string[], removed: string[], records: CustomRecord[]): Promise<{ pages: number }> {
    const index = this.#index;
    if (!index) throw new Error('The search index is not built yet: a full rebuild makes it.');
    for (const file of changed) {
      const result = await index.addHTMLFile({ url: pageUrl(file), content: await readFile(path.join(siteDir, file), 'utf8') });
      fail(`index ${file}`, result.errors);
    }
    for (const file of removed) fail(`remove ${file}`, (await index.addHTMLFile({ url: pageUrl(file), content: EMPTY_PAGE })).errors);
    await this.#setRecords(records);
    return { pages: changed.length + removed.length };
  }

  /** Adds new and changed records; a record that is gone is replaced by an empty one (left out of the index). */
  async #setRecords(records: CustomRecord[]): Promise<void> {
    const next = new Map(records.map((r) => [r.url, JSON.stringify(r)]));
    for (const record of records) {
      if (this.#records.get(record.url) === next.get(record.url)) continue;
      fail(`index the record for ${record.url}`, (await this.#index!.addCustomRecord(record)).errors);
    }
    for (const url of this.#records.keys()) {
      if (!next.has(url))
        fail(`remove the record for ${url}`, (await this.#index!.addCustomRecord({ url, content: '', language: 'nl' })).errors);
    }
    this.#records = next;
  }

  /**
   * Writes the bundle to `outDir`. With the live bundle given, its content-named files are
   * hard-linked in first (Pagefind then skips writing those); every other file (the
   * entry, scripts, WebAssembly) is written new, never into a shared file.
   */
  async write(outDir: string, liveBundle?: string): Promise<void> {
    if (liveBundle && existsSync(liveBundle)) {
      const shared = ((await readdir(liveBundle, { recursive: true })) as string[]).filter((file) =>
        IMMUTABLE.test(file.split(path.sep).join('/')),
      );
      for (const dir of new Set(shared.map((file) => path.dirname(path.join(outDir, file))))) await mkdir(dir, { recursive: true });
      await Promise.all(shared.map((file) => link(path.join(liveBundle, file), path.join(outDir, file))));
    }
    const index = this.#index!;
    const written = await whileBackendAlive(outDir, index.writeFiles({ outputPath: outDir })).catch((error: unknown) => {
      // The backend died with this index in it: the next build makes a new one (a full build).
      this.#index = undefined;
      throw error;
    });
    fail('write its index', written.errors);
    // Shared files of pages that are gone would stay readable by their name: remove them.
    if (liveBundle) await removeUnreferenced(outDir);
    await storeForBrotli(outDir);
    for (const file of await readdir(outDir)) {
      if (!IMMUTABLE.test(file) && !existsSync(path.join(outDir, `${file}.gz`))) await precompressFile(path.join(outDir, file));
    }
  }

  /** Drops this index; Pagefind's process (shared by every index of this Node process) stops with the last one. */
  async close(): Promise<void> {
    const index = this.#index;
    this.#index = undefined;
    if (index) await index.deleteIndex();
    if (this.#open) {
      this.#open = false;
      if (--openIndexes === 0) await pagefind.close();
    }
  }
}
