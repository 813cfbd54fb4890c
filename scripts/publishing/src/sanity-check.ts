import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Counts the HTML pages of a build. */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).length;
}

export type SanityInput = {
  /** Folder of the new build. */
  dir: string;
  /** Its HTML pages (counted from its file list, so the check never walks 12,000 files). */
  pages: number;
  /** Pages of the live release (undefined: nothing is live yet). */
  livePages: number | undefined;
  /** Published entries in the CMS now and when the live release was built. */
  entriesNow: number;
  entriesLive: number | undefined;
  /** Largest accepted drop in pages, as a share (0.2 = 20 %). */
  maxDrop?: number;
};

/**
 * Problems that should stop a new build from going live: no home page, or far fewer
 * pages than the live release while the CMS does not really hold fewer entries.
 */
export function sanityProblems(input: SanityInput): string[] {
  const problems: string[] = [];
  if (!existsSync(path.join(input.dir, 'index.html'))) problems.push('the build has no home page (index.html)');
  const { pages } = input;
  const maxDrop = input.maxDrop ?? 0.2;
  if (input.livePages && pages < input.livePages * (1 - maxDrop)) {
    const cmsShrank = input.entriesLive !== undefined && input.entriesNow < input.entriesLive;
    if (!cmsShrank)
      problems.push(
        `the build has ${pages} pages, the live site ${input.livePages} (more than ${Math.round(maxDrop * 100)} % fewer) while the CMS holds as many entries`,
      );
  }
  return problems;
}
