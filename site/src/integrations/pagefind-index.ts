import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';

/** Build-time file with search records of content that has no page here (dossier articles). */
export const EXTRA_RECORDS_FILE = 'zoekindex-extra.json';

/**
 * Runs Pagefind as part of every build: indexes the pages that mark their main content
 * with data-pagefind-body (Dutch stemming from <html lang="nl">), adds the extra records,
 * and writes the index to dist/pagefind/.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'wsd:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const extraFile = path.join(outDir, EXTRA_RECORDS_FILE);
        const extra = existsSync(extraFile) ? (JSON.parse(readFileSync(extraFile, 'utf8')) as CustomRecord[]) : [];
        for (const record of extra) {
          const result = await index.addCustomRecord(record);
          if (result.errors.length) throw new Error(`Pagefind refused the record for ${record.url}: ${result.errors.join('; ')}`);
        }
        rmSync(extraFile, { force: true });
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages and ${extra.length} dossier articles in ${Date.now() - started} ms`);
      },
    },
  };
}
