import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Pagefind's bundle: compared by the results of queries (search-results.ts), not by bytes. */
const SEARCH_BUNDLE = 'pagefind';

/** Every file of a release, except the search bundle: relative path → content. */
function releaseFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(dir, path.join(entry.parentPath, entry.name));
    if (relative.split(path.sep)[0] === SEARCH_BUNDLE) continue;
    files.set(relative, readFileSync(path.join(dir, relative)));
  }
  return files;
}

/** Where two texts first differ, with a little context either side. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `at byte ${i}: incremental ${around(a)} vs full ${around(b)}`;
}

/**
 * The differences between the incremental release and a from-scratch full build of the
 * same content, one line per file: missing, extra or different (with where). Empty when
 * every file is identical byte for byte. Nothing is normalised.
 */
export function compareReleases(incremental: string, full: string): string[] {
  const a = releaseFiles(incremental);
  const b = releaseFiles(full);
  const problems: string[] = [];
  for (const [file, content] of b) {
    const other = a.get(file);
    if (!other) problems.push(`${file}: missing from the incremental release`);
    else if (!other.equals(content)) problems.push(`${file}: differs ${firstDifference(other, content)}`);
  }
  for (const file of a.keys()) if (!b.has(file)) problems.push(`${file}: only in the incremental release`);
  return problems.sort();
}
