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
    writeFileSync(`${full}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    count++;
  }
  return count;
}
