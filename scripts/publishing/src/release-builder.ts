import { existsSync, linkSync, mkdirSync, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import path from 'node:path';
import { worthCompressing, writeCompressed } from './compression.ts';

/** Hard links are made in batches this large, with a pause for the service's requests after each. */
const LINK_BATCH = 500;

/** Runs `work` for every item, `limit` at a time (copies and compression, which are few). */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * A release's own list of its files (and which have .gz/.br next to them), kept next to
 * the release folder (not served): the next release is made from it.
 */
export const releaseListOf = (releaseDir: string) => `${releaseDir}.files.json`;
type ReleaseFiles = { files: string[]; compressed: string[] };

/** Writes .gz and .br next to a text file over 1 kB, so no server compresses per request. */
export async function precompressFile(file: string): Promise<boolean> {
  if (!worthCompressing(file, (await stat(file)).size)) return false;
  await writeCompressed(file, await readFile(file));
  return true;
}

/** The files of a release as it listed them (none for a release made before lists existed). */
export function releaseFiles(dir: string): ReleaseFiles {
  const list = releaseListOf(dir);
  const stored = existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as Partial<ReleaseFiles>) : undefined;
  return Array.isArray(stored?.files) && Array.isArray(stored?.compressed) ? (stored as ReleaseFiles) : { files: [], compressed: [] };
}

export type ReleaseInput = {
  /** The build folder (kept between builds), its current files, and the ones the build wrote. */
  buildDir: string;
  files: string[];
  written: string[];
  /** The live release to share unchanged files with, if any. */
  liveDir?: string;
  /**
   * True when the live release was made from this build folder's previous state: a file the
   * build did not write is then the live release's own, shared without being read. Else
   * (a rollback, a fresh folder) every file is compared.
   */
  liveMatchesBuildDir?: boolean;
  releaseDir: string;
};

export type ReleaseDiff = {
  /** Files whose content differs from the live release (new or changed), relative paths. */
  written: string[];
  /** Files of the live release that this one no longer has. */
  removed: string[];
  /** Files shared with the live release (hard links, no copy, no compression). */
  linked: number;
};

/** Whether the live release's `file` holds exactly `data` (its size is checked before it is read). */
async function liveHolds(file: string, data: Buffer): Promise<boolean> {
  if ((await stat(file)).size !== data.length) return false;
  return (await readFile(file)).equals(data);
}

/**
 * Makes a release by difference: every file the live release has unchanged becomes a hard
 * link to it (with its .gz and .br), every new or changed file is copied from the build
 * and precompressed. Releases are never written to after they are made, so sharing their
 * files is safe; the build folder is never linked (the next build writes into it).
 */
export async function makeRelease(input: ReleaseInput): Promise<ReleaseDiff> {
  const { buildDir, files, liveDir, releaseDir } = input;
  const live = liveDir ? releaseFiles(liveDir) : { files: [], compressed: [] };
  const inLive = new Set(live.files);
  const compressedInLive = new Set(live.compressed);
  const writtenByBuild = new Set(input.written);
  const written: string[] = [];
  const compressed: string[] = [];
  let linked = 0;
  const share = (file: string) => {
    const liveFile = path.join(liveDir!, file);
    const target = path.join(releaseDir, file);
    linkSync(liveFile, target);
    if (compressedInLive.has(file)) {
      linkSync(`${liveFile}.gz`, `${target}.gz`);
      linkSync(`${liveFile}.br`, `${target}.br`);
      compressed.push(file);
    }
    linked++;
  };
  // Folders first (sorted: parents before children).
  for (const dir of [...new Set(files.map((file) => path.dirname(path.join(releaseDir, file))))].sort())
    mkdirSync(dir, { recursive: true });
  // Files the build did not write are shared without being read, in batches of synchronous links.
  const unread = input.liveMatchesBuildDir ? files.filter((f) => inLive.has(f) && !writtenByBuild.has(f)) : [];
  for (let i = 0; i < unread.length; i += LINK_BATCH) {
    unread.slice(i, i + LINK_BATCH).forEach(share);
    await yieldToRequests();
  }
  const shared = new Set(unread);
  // The rest is compared with the live release: shared when equal, else copied and compressed.
  await eachLimited(
    files.filter((f) => !shared.has(f)),
    16,
    async (file) => {
      // Each file is read once: compared with the live one, written and compressed from the same bytes.
      const data = await readFile(path.join(buildDir, file));
      if (liveDir && inLive.has(file) && (await liveHolds(path.join(liveDir, file), data))) return share(file);
      const target = path.join(releaseDir, file);
      await writeFile(target, data);
      if (worthCompressing(file, data.length)) {
        await writeCompressed(target, data);
        compressed.push(file);
      }
      written.push(file);
    },
  );
  written.sort();
  compressed.sort();
  await writeFile(releaseListOf(releaseDir), JSON.stringify({ files, compressed } satisfies ReleaseFiles));
  const now = new Set(files);
  return { written, removed: live.files.filter((file) => !now.has(file)), linked };
}
