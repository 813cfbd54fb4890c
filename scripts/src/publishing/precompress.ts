import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|ics|webmanifest)$/;

/** Writes .gz and .br next to every text file over 1 kB, so the server never compresses per request. */
export function precompress(dir: string): number {
  let count = 0;
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, file);
    if (!COMPRESSIBLE.test(file) || statSync(full).size < 1024) continue;
    const data = readFileSync(full);
    writeFileSync(`${full}.gz`, gzipSync(data, { level: 9 }));
    // Quality 5: measured on the demo site 94 ms for 64 files vs 1.8 s at quality 11, only
    // 9 % larger; at 10,000 pages quality 11 would add minutes to every publish.
    writeFileSync(`${full}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
    count++;
  }
  return count;
}
