import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, toQueryString } from '@wsd/shared-types';
import { exportBackup, importBackup } from '../../src/backup/backup.ts';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { startTcpProxy } from '@wsd/test-harness/tcp-proxy';
import { recordFinding } from '@wsd/test-harness/findings';
import { astroBuilder } from '@wsd/publishing/site-builder';
import { SITE_ENV } from './live-stack.ts';

/** Per content type: every document's id, title and update time as the site's token reads them. */
async function documents(cms: CmsInstance) {
  const result: Record<string, string[]> = {};
  for (const spec of Object.values(CONTENT_TYPES)) {
    const query = spec.kind === 'collection' ? `?${toQueryString({ sort: ['documentId:asc'], pagination: { pageSize: 100 } })}` : '';
    const response = await fetch(`${cms.url}/api/${spec.path}${query}`, { headers: { Authorization: `Bearer ${cms.siteToken}` } });
    const body = (await response.json()) as { data: Record<string, unknown> | Record<string, unknown>[] };
    const list = Array.isArray(body.data) ? body.data : [body.data];
    result[spec.path] = list.map((d) => `${String(d.documentId)}|${String(d.title ?? d.name ?? d.siteName)}|${String(d.updatedAt)}`);
  }
  return result;
}

/** Every file of a built site: relative path → content. */
function siteFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), readFileSync(file));
  }
  return files;
}

/**
 * Builds the site from `cms` as seen at a fixed address: in production the CMS keeps its
 * address after a restore, and image file names hash their source URL.
 */
async function buildAt(port: number, cms: CmsInstance, outDir: string): Promise<Map<string, Buffer>> {
  const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(cms.url).port) }, port);
  try {
    await astroBuilder(`http://127.0.0.1:${port}`, cms.siteToken, SITE_ENV)(outDir);
  } finally {
    await proxy.close();
  }
  return siteFiles(outDir);
}

describe("backup and restore (npm run backup:export / backup:import, Strapi's data transfer)", () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('a backup restored into an empty database gives the same documents, uploads and a byte-identical site', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'wsd-data-safety-'));
    cleanup.push(() => rmSync(work, { recursive: true, force: true }));
    const cmsPort = 40000 + Math.floor(Math.random() * 5000);

    const source: Database = await freshDatabase('sqlite');
    cleanup.push(source.drop);
    const original = await startCms(source, { seed: true });
    const before = await documents(original);
    const beforeSite = await buildAt(cmsPort, original, path.join(work, 'site-before'));
    const env = { ...process.env, ...original.env, WSD_SEED_DEMO: 'false' };
    await original.stop();

    const archive = await exportBackup(env, work);
    const target: Database = await freshDatabase('sqlite');
    cleanup.push(target.drop);
    await importBackup({ ...env, ...target.env }, archive);

    const restored = await startCms(target, { env: original.env });
    try {
      expect(await documents(restored)).toEqual(before);
      expect(readdirSync(path.join(target.env.PUBLIC_DIR!, 'uploads')).some((file) => file.endsWith('.pdf'))).toBe(true);
      const afterSite = await buildAt(cmsPort, restored, path.join(work, 'site-after'));
      expect([...afterSite.keys()].sort()).toEqual([...beforeSite.keys()].sort());
      const different = [...beforeSite].filter(([file, content]) => !content.equals(afterSite.get(file)!)).map(([file]) => file);
      expect(different).toEqual([]);
      expect(beforeSite.size).toBeGreaterThan(50);
      recordFinding({
        point: 'data',
        tried: 'strapi export → empty SQLite database → strapi import, then the site built from both',
        times: beforeSite.size,
        held: `${Object.values(before).flat().length} documents with their update times and the uploads restored; all ${beforeSite.size} site files byte-identical`,
      });
    } finally {
      await restored.stop();
    }
  }, 400_000);
});
