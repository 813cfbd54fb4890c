/**
 * The importer's own work on an export, without a CMS: both passes over the file (index,
 * then every post converted to Blocks), in a process of its own so its peak memory is
 * its own. Prints one JSON line: posts, milliseconds, peak RSS in MB. Used by the memory
 * test (2,000 posts) and the benchmark (a 100 MB export).
 *   node scripts/src/bench/measure-wordpress-read.ts <export.xml>
 */
import { indexExport } from '../wordpress/export-index.ts';
import { htmlToBlocks } from '../wordpress/html-to-blocks.ts';
import { readWxr } from '../wordpress/wxr-reader.ts';

export type ReadMeasurement = { posts: number; milliseconds: number; peakRssMb: number };

async function measure(file: string): Promise<ReadMeasurement> {
  const started = performance.now();
  const index = await indexExport(file);
  let posts = 0;
  await readWxr(file, (item) => {
    if (!index.posts.has(item.postId)) return;
    htmlToBlocks(item.content, { rewriteLink: (href) => href, image: () => undefined });
    posts++;
  });
  return { posts, milliseconds: Math.round(performance.now() - started), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/src/bench/measure-wordpress-read.ts <export.xml>');
    process.exit(2);
  }
  console.log(JSON.stringify(await measure(file)));
}
