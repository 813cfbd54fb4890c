import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A fingerprinted asset or image of the build, as pages and scripts refer to it (also inside an absolute URL). */
const ASSET = /\/_astro\/[\w.@-]+/g;

const referencesIn = (file: string): string[] =>
  existsSync(file) ? [...new Set((readFileSync(file, 'utf8').match(ASSET) ?? []).map((ref) => ref.slice(1)))] : [];

/**
 * Which of the build folder's `_astro/` files a page uses. The build folder keeps every
 * image it ever made (so that unchanged pages need no work); a release takes only the
 * ones its pages refer to, so it holds exactly what a build from nothing would. Kept per
 * page in a file of the work folder: a publish re-reads only the pages it wrote.
 */
export class AssetReferences {
  readonly #file: string;
  #byPage: Map<string, string[]>;

  constructor(file: string) {
    this.#file = file;
    this.#byPage = existsSync(file)
      ? new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>))
      : new Map();
  }

  /** Re-reads the written pages (every page after a full build) and forgets the removed ones. */
  update(buildDir: string, pages: { all: string[]; written: string[]; full: boolean }): void {
    const current = new Set(pages.all);
    if (pages.full) this.#byPage.clear();
    for (const page of this.#byPage.keys()) if (!current.has(page)) this.#byPage.delete(page);
    for (const page of pages.full ? pages.all : pages.written) this.#byPage.set(page, referencesIn(path.join(buildDir, page)));
    // A page this list has never seen (an older work folder) is read now.
    for (const page of pages.all) if (!this.#byPage.has(page)) this.#byPage.set(page, referencesIn(path.join(buildDir, page)));
    writeFileSync(this.#file, JSON.stringify(Object.fromEntries(this.#byPage)));
  }

  /** Every `_astro/` file the pages use, with what those scripts and stylesheets use in turn. */
  used(buildDir: string): Set<string> {
    const used = new Set([...this.#byPage.values()].flat());
    const pending = [...used].filter((f) => /\.(js|mjs|css)$/.test(f));
    while (pending.length > 0) {
      for (const ref of referencesIn(path.join(buildDir, pending.pop()!))) {
        if (used.has(ref)) continue;
        used.add(ref);
        if (/\.(js|mjs|css)$/.test(ref)) pending.push(ref);
      }
    }
    return used;
  }
}
