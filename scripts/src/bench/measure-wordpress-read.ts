/**
 * The importer's own work on an export, without a CMS: both passes over the file (index,
 * then every post converted to Blocks), in a process of its own so its peak memory is
 * its own. Prints one JSON line: posts, milliseconds, peak RSS in MB. Used by the memory
 * test (2,000 posts) and the benchmark (a 100 MB export).
 *   node scripts/src/bench/measure-wordpress-read.ts <export.xml>
 */
import { readFileSync } from 'node:fs';
import { indexExport } from '../wordpress/export-index.ts';
import { htmlToBlocks } from '../wordpress/html-to-blocks.ts';
import { readWxr } from '../wordpress/wxr-reader.ts';

export type ReadMeasurement = { posts: number; milliseconds: number; peakRssMb: number };

/**
 * This process's peak RSS in MB. On Linux `getrusage` keeps the high-water mark of the
 * parent forked before exec (a test runner's hundreds of MB), so the kernel's own peak of
 * this process's memory (VmHWM) is read instead; elsewhere getrusage is what there is.
 */
function peakRssMb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Math.round(Number(hwm[1]) / 1024);
  } catch {
    // no /proc: not Linux
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function measure(file: string): Promise<ReadMeasurement> {
  const started = performance.now();
  const index = await indexExport(file);
  let posts = 0;
  await readWxr(file, (item) => {
    if (!index.posts.has(item.postId)) return;
    htmlToBlocks(item.content, { rewriteLink: (href) => href, image: () => undefined });
    posts++;
  });
  return { posts, milliseconds: Math.round(performance.now() - started), peakRssMb: peakRssMb() };
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/src/bench/measure-wordpress-read.ts <export.xml>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measure(file)));
}
