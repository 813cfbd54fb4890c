import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, toQueryString } from '@wsd/shared-types';
import { CMS_DIR, freshDatabase, startCms, type CmsInstance, type Database } from '../harness/cms-instance.ts';
import { run } from '../harness/run-command.ts';

const STRAPI_CLI = path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const strapiCli = existsSync(STRAPI_CLI) ? STRAPI_CLI : path.join(CMS_DIR, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** Per content type: the documents' ids and titles/names as the site reads them. */
async function snapshot(cms: CmsInstance) {
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

describe('backup and restore with strapi export / import', () => {
  const databases: Database[] = [];
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it('restores into an empty database with the same documents', async () => {
    const source = await freshDatabase('sqlite');
    databases.push(source);
    const original = await startCms(source, { seed: true });
    const before = await snapshot(original);
    const env = { ...process.env, ...original.env, WSD_SEED_DEMO: 'false' };
    await original.stop();

    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-backup-'));
    await run(process.execPath, [strapiCli, 'export', '--no-encrypt', '-f', path.join(dir, 'backup')], { cwd: CMS_DIR, env });
    const [archive] = readdirSync(dir);
    expect(archive).toMatch(/^backup\.tar(\.gz)?$/);

    const target = await freshDatabase('sqlite');
    databases.push(target);
    await run(process.execPath, [strapiCli, 'import', '--force', '-f', path.join(dir, archive!)], {
      cwd: CMS_DIR,
      env: { ...env, ...target.env },
    });

    const restored = await startCms(target, { env: original.env });
    try {
      const after = await snapshot(restored);
      expect(after).toEqual(before);
      expect(after.nieuwsberichten).toHaveLength(7);
      const uploads = readdirSync(path.join(target.env.PUBLIC_DIR!, 'uploads'));
      expect(uploads.some((file) => file.endsWith('.pdf'))).toBe(true);
    } finally {
      await restored.stop();
    }
  }, 300_000);
});
