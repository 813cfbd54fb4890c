import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fullSize, recordFinding } from '@wsd/test-harness/findings';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { PG_ADMIN_URL } from '@wsd/test-harness/postgres';
import { startTcpProxy, type TcpProxy } from '@wsd/test-harness/tcp-proxy';

const require = createRequire(import.meta.url);
const { Client } = require('pg') as typeof import('pg');

const OUTAGE_MS = 3000;
const SAVE_TIMEOUT_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Whether `work` settles (either way) within `ms`. */
const settles = (work: Promise<unknown>, ms: number) =>
  Promise.race([
    work.then(
      () => true,
      () => true,
    ),
    sleep(ms).then(() => false),
  ]);
const withTimeout = <T>(work: Promise<T>, ms: number) =>
  Promise.race([work, sleep(ms).then(() => Promise.reject(new Error(`save did not settle within ${ms} ms`)))]);

/** Runs `work` against a database directly, not through the proxy the CMS uses. */
async function direct<T>(databaseUrl: string, work: (client: InstanceType<typeof Client>) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The restart. The report command (root, nothing else on the server at that moment)
 * restarts the real server with pg_ctlcluster. The test command must not touch other
 * tests' databases, so there the proxy plays it: every backend of this database is ended,
 * as a shutdown does, and new connections are refused for OUTAGE_MS.
 */
async function restartPostgres(proxy: TcpProxy, database: string): Promise<string> {
  if (fullSize()) {
    const [version] = readdirSync('/etc/postgresql');
    // Asynchronous, so the CMS keeps trying to save while the server goes down and comes back.
    await promisify(execFile)('pg_ctlcluster', ['--skip-systemctl-redirect', version!, 'main', 'restart']);
    return `PostgreSQL ${version} restarted (pg_ctlcluster restart)`;
  }
  proxy.cut();
  await direct(PG_ADMIN_URL, (c) =>
    c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]),
  );
  await sleep(OUTAGE_MS);
  proxy.restore();
  return `PostgreSQL connections ended and refused for ${OUTAGE_MS / 1000} s`;
}

describe('PostgreSQL restarted under a running CMS', () => {
  let database: Database | undefined;
  let proxy: TcpProxy | undefined;
  let cms: CmsInstance | undefined;
  afterAll(async () => {
    // A save the outage left unsettled can keep a pooled connection busy, and Strapi's
    // shutdown (knex's pool) waits for it without a limit (seen in CI). Ending the proxy's
    // connections fails that save; should the shutdown still hang, the database is dropped
    // anyway (WITH FORCE) and the hang reported: the test's verdict is already in.
    const stopped = cms?.stop();
    if (stopped && !(await settles(stopped, 20_000))) {
      console.warn(`CMS shutdown still waiting after 20 s (${cms!.poolState()}); ending its database connections`);
      await proxy?.close();
      proxy = undefined;
      if (!(await settles(stopped, 20_000)))
        console.warn(`CMS shutdown did not finish (${cms!.poolState()}); dropping its database anyway`);
    }
    await proxy?.close();
    await database?.drop();
  }, 120_000);

  it('the CMS recovers without a restart and no acknowledged write is lost', async () => {
    database = await freshDatabase('postgres');
    const admin = new URL(PG_ADMIN_URL);
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
    const viaProxy = new URL(database.env.DATABASE_URL!);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    cms = await startCms({ ...database, env: { ...database.env, DATABASE_URL: viaProxy.toString() } });
    const themes = cms.strapi.documents('api::thema.thema');

    // An editor saving one theme after another; a resolved save is an acknowledged write.
    const acknowledged: { slug: string; at: number }[] = [];
    let failed = 0;
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const slug = `herstart-${i}`;
        try {
          // A save that never settles counts as not acknowledged; the test must not hang on it.
          await withTimeout(themes.create({ data: { name: `Herstart ${i}`, slug }, status: 'published' } as never), SAVE_TIMEOUT_MS);
          acknowledged.push({ slug, at: Date.now() });
        } catch {
          failed++;
          await sleep(100);
        }
      }
    })();

    await sleep(1500);
    const outage = await restartPostgres(proxy, viaProxy.pathname.slice(1));
    const backAt = Date.now();

    const deadline = Date.now() + 30_000;
    while (acknowledged.filter((w) => w.at > backAt).length < 5 && Date.now() < deadline) await sleep(100);
    writing = false;
    await writer;

    const afterRestart = acknowledged.filter((w) => w.at > backAt);
    expect(failed, 'the outage made writes fail').toBeGreaterThan(0);
    expect(afterRestart.length, 'writes succeed again without restarting the CMS').toBeGreaterThanOrEqual(5);
    const recoveryMs = afterRestart[0]!.at - backAt;

    const stored = await direct(database.env.DATABASE_URL!, async (c) => {
      const rows = await c.query<{ slug: string }>('SELECT slug FROM themas WHERE published_at IS NOT NULL');
      return new Set(rows.rows.map((r) => r.slug));
    });
    const lost = acknowledged.filter((w) => !stored.has(w.slug)).map((w) => w.slug);
    expect(lost).toEqual([]);
    const response = await fetch(`${cms.url}/api/themas?pagination[pageSize]=1`, { headers: { Authorization: `Bearer ${cms.siteToken}` } });
    expect(response.status).toBe(200);

    recordFinding({
      point: 'faults',
      tried: `${outage} under a CMS saving themes`,
      times: acknowledged.length + failed,
      held: `${acknowledged.length} acknowledged saves, 0 lost; ${failed} refused during the outage; saving again ${(recoveryMs / 1000).toFixed(1)} s after the database was back, no CMS restart`,
    });
  }, 180_000);
});
