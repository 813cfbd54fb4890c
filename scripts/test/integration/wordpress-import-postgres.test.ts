import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { adminToken, createCmsClient } from '../../src/wordpress/cms-client.ts';
import { importWordpress } from '../../src/wordpress/import-wordpress.ts';

// The same fixture as wordpress-import.test.ts, on PostgreSQL (a CMS of its own: one per test file).
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/wordpress');
const EXPORT = path.join(FIXTURES, 'export.xml');
const NEWS = 'api::nieuwsbericht.nieuwsbericht';

describe('importing a WordPress export on PostgreSQL', () => {
  let cms: CmsInstance;
  let database: Database;
  let work: string;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    cms = await startCms(database, { seed: true });
    work = mkdtempSync(path.join(tmpdir(), 'wsd-wordpress-pg-'));
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it('imports the same export, and a second run changes nothing', async () => {
    const admin = createCmsClient(cms.url, await adminToken(cms.url, cms.env.DEMO_ADMIN_EMAIL!, cms.env.DEMO_ADMIN_PASSWORD!));
    const run = () =>
      importWordpress({
        file: EXPORT,
        werkplaats: 'Utrecht',
        cms: admin,
        mediaDir: path.join(FIXTURES, 'uploads'),
        redirectsDir: work,
        mediaUrl: cms.url,
      });
    const first = await run();
    expect(first.failed).toEqual([]);
    expect(first.imported).toHaveLength(5);
    expect(first.publishFailed.map((f) => f.postId)).toEqual(['22']);
    const post = (await cms.strapi
      .documents(NEWS as never)
      .findFirst({ filters: { slug: 'samenwerken-in-de-wijk' }, status: 'published' } as never)) as { body?: unknown } | null;
    expect(JSON.stringify(post?.body)).toContain('"url":"/nieuws/kenniscafe-over-eenzaamheid/"');
    const again = await run();
    expect([again.imported.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 5]);
  });
});
