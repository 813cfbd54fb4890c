import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureLocalEnv, readEnvFile } from '@wsd/ops-lib/env/local-env';
import { CMS_DIR, ENV_EXAMPLE } from '@wsd/ops-lib/paths';
import { startService, stopServices, type Service } from '@wsd/ops-lib/processes';
import { waitForUrl } from '@wsd/ops-lib/wait-for';

export type BenchDatabase = 'sqlite' | 'postgres';

export type BenchCms = {
  url: string;
  /** Every variable the CMS runs with (secrets, tokens, demo admin login). */
  env: Record<string, string>;
  stop: () => Promise<void>;
};

const PG_ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type PgClient = { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
/** `pg` is the CMS's driver; the benchmarks borrow it to create and drop their database. */
async function pgAdmin(sql: string): Promise<void> {
  const require = createRequire(path.join(CMS_DIR, 'package.json'));
  const { Client } = require('pg') as { Client: new (options: { connectionString: string }) => PgClient };
  const client = new Client({ connectionString: PG_ADMIN_URL });
  await client.connect().catch((error: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN_URL}: start it or set BENCH_PG_URL.`, { cause: error });
  });
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Fresh secrets and a fresh, empty database for one benchmark size. */
async function freshEnv(dir: string, database: BenchDatabase): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const envFile = path.join(dir, '.env');
  ensureLocalEnv(ENV_EXAMPLE, envFile);
  const env = readEnvFile(envFile);
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  env.PUBLIC_DIR = path.join(dir, 'public');
  if (database === 'sqlite') {
    Object.assign(env, { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') });
    return { env, drop: async () => undefined };
  }
  const name = `wsd_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await pgAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  Object.assign(env, { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
  return { env, drop: () => pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * A CMS of its own for one benchmark size: fresh database, demo content plus `count`
 * synthetic news items (with proportional events and dossier articles), no admin panel,
 * webhooks to `webhookUrl`. Runs as a child process, like in production.
 */
export async function startBenchCms(options: {
  count: number;
  database: BenchDatabase;
  port: number;
  webhookUrl: string;
}): Promise<BenchCms> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-bench-cms-'));
  const { env, drop } = await freshEnv(dir, options.database);
  Object.assign(env, {
    HOST: '127.0.0.1',
    PORT: String(options.port),
    NODE_ENV: 'development',
    WSD_SEED_DEMO: 'true',
    PUBLISH_WEBHOOK_URL: options.webhookUrl,
    STRAPI_TELEMETRY_DISABLED: 'true',
  });
  const url = `http://127.0.0.1:${options.port}`;
  const cms: Service = startService(
    'cms',
    process.execPath,
    ['scripts/generate.mts', '--count', String(options.count), '--seed', '42', '--serve'],
    // Seeding progress and errors are shown; the request log of the measurements is not.
    {
      cwd: CMS_DIR,
      env: { ...process.env, ...env },
      prefix: '    [cms]',
      show: (line) => !/http\S*: (GET|POST|PUT|DELETE) /.test(line) && line.trim() !== '',
    },
  );
  const stop = async () => {
    await stopServices([cms]);
    await drop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // Seeding 10,000 items takes minutes; the child prints its progress meanwhile.
    await waitForUrl(`${url}/_health`, { timeoutMs: 30 * 60_000, isAlive: () => cms.child.exitCode === null });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, env, stop };
}
