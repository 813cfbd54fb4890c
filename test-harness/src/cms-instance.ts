import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, dropTestDatabase, PG_ADMIN_URL } from './postgres.ts';

// Strapi's ESM build does not load under native Node ESM; use its CJS build.
const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

export type DatabaseClient = 'sqlite' | 'postgres';
export const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

/** Secrets for a throwaway test CMS; never the developer's .env. */
function testSecrets(): Record<string, string> {
  const hex = () => randomBytes(24).toString('hex');
  return {
    APP_KEYS: [hex(), hex()].join(','),
    API_TOKEN_SALT: hex(),
    ADMIN_JWT_SECRET: hex(),
    TRANSFER_TOKEN_SALT: hex(),
    JWT_SECRET: hex(),
    ENCRYPTION_KEY: hex(),
    SITE_API_TOKEN: hex(),
    PREVIEW_API_TOKEN: hex(),
    PREVIEW_SECRET: hex(),
    DEMO_ADMIN_EMAIL: 'admin@wsd.local',
    DEMO_ADMIN_PASSWORD: `Test-${hex()}1`,
    DEMO_EDITOR_PASSWORD: `Test-${hex()}1`,
  };
}

let compiled: Promise<{ appDir: string; distDir: string }> | undefined;

/** Compiles the CMS TypeScript once per test process. */
function compileOnce() {
  compiled ??= compileStrapi({ appDir: CMS_DIR }) as Promise<{ appDir: string; distDir: string }>;
  return compiled;
}

/** A throwaway public folder (uploads) per test database, so tests never touch cms/public. */
function publicDir(base: string): string {
  const dir = path.join(base, 'public');
  mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  return dir;
}

export type Database = { client: DatabaseClient; env: Record<string, string>; drop: () => Promise<void> };

/** A fresh database: a temp SQLite file or a new PostgreSQL database. */
export async function freshDatabase(client: DatabaseClient): Promise<Database> {
  if (client === 'sqlite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'wsd-cms-'));
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db'), PUBLIC_DIR: publicDir(dir) },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = await createTestDatabase();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-cms-'));
  return {
    client,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), PUBLIC_DIR: publicDir(dir) },
    drop: async () => {
      await dropTestDatabase(name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Pool = { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number };
const poolOf = (strapi: Core.Strapi) => (strapi.db.connection as unknown as { client: { pool?: Pool } }).client.pool;

/** The connection pool in a line, for a test that reports a shutdown that hangs. */
function describePool(strapi: Core.Strapi): string {
  const pool = poolOf(strapi);
  if (!pool) return 'no connection pool';
  return `connections in use ${pool.numUsed()}, waiting ${pool.numPendingAcquires()}, being opened ${pool.numPendingCreates()}`;
}

/**
 * Waits (up to 5 s) until no query holds or waits for a connection: destroying knex with
 * work still queued rejects those queries with "aborted" after the test has finished.
 */
async function drainPool(strapi: Core.Strapi): Promise<void> {
  const pool = poolOf(strapi);
  const deadline = Date.now() + 5000;
  while (pool && Date.now() < deadline && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type CmsInstance = {
  strapi: Core.Strapi;
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The read-only site token. */
  siteToken: string;
  env: Record<string, string>;
  stop: () => Promise<void>;
  /** What the database pool is doing (used, waiting, opening), for diagnostics. */
  poolState: () => string;
};

export type StartOptions = {
  seed?: boolean;
  env?: Record<string, string>;
  /** Serve the admin panel from cms/dist/build (browser tests); it must have been built before. */
  adminPanel?: boolean;
};

/**
 * Boots the CMS in this process on the given database, with test secrets, listening on a
 * random loopback port; without the admin panel unless asked. `env` survives restarts of
 * the same data.
 */
export async function startCms(database: Database, options: StartOptions = {}): Promise<CmsInstance> {
  const env: Record<string, string> = {
    ...testSecrets(),
    ...options.env,
    ...database.env,
    HOST: '127.0.0.1',
    PORT: '0',
    WSD_SEED_DEMO: options.seed ? 'true' : 'false',
    // Tests may run the CMS as in production; the database always comes from `database`.
    NODE_ENV: options.env?.NODE_ENV ?? 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
  };
  Object.assign(process.env, env);
  const context = await compileOnce();
  const strapi = (await createStrapi({
    ...context,
    autoReload: false,
    serveAdminPanel: options.adminPanel ?? false,
  }).load()) as Core.Strapi;
  strapi.log.level = 'warn';
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('CMS did not report a TCP address');
  return {
    strapi,
    url: `http://127.0.0.1:${address.port}`,
    siteToken: env.SITE_API_TOKEN ?? '',
    env,
    stop: async () => {
      await drainPool(strapi);
      await strapi.destroy();
    },
    poolState: () => describePool(strapi),
  };
}
