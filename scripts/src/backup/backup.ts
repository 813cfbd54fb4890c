/**
 * Backups with Strapi's own data transfer (content, uploads and configuration in one
 * archive; no admin users and no API tokens):
 *   npm run backup:export                      writes backups/wsd-<date>-<time>.tar.gz
 *   npm run backup:import -- <archive>         restores it into the configured database
 * Both read the same environment as the CMS (the shell, then the workspace .env).
 * BACKUP_ENCRYPTION_KEY, when set, encrypts the archive (and is needed to restore it).
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { detail, fail, seconds, step } from '@wsd/ops-lib/log';
import { bin, CMS_DIR, ENV_FILE, ROOT } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';

export const BACKUP_DIR = path.join(ROOT, 'backups');

/** A sortable name per minute, e.g. wsd-2026-12-02-0710. */
export function backupName(now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  return `wsd-${stamp}`;
}

const keyArgs = (env: NodeJS.ProcessEnv) => (env.BACKUP_ENCRYPTION_KEY ? ['--key', env.BACKUP_ENCRYPTION_KEY] : ['--no-encrypt']);

/** Exports the CMS whose environment is `env` into `dir` (created if missing); returns the archive's path. */
export async function exportBackup(env: NodeJS.ProcessEnv, dir = BACKUP_DIR, name = backupName()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  await run(bin('strapi'), ['export', ...keyArgs(env), '-f', path.join(dir, name)], { cwd: CMS_DIR, env, prefix: '  [export]' });
  const archive = readdirSync(dir).find((file) => file.startsWith(`${name}.tar`));
  if (!archive) throw new Error(`strapi export wrote no archive named ${name}.tar* into ${dir}`);
  return path.join(dir, archive);
}

/** Restores an archive into the database `env` points at, replacing its content. */
export async function importBackup(env: NodeJS.ProcessEnv, archive: string): Promise<void> {
  if (!existsSync(archive))
    throw new Error(`No backup at ${archive}: give the path the export printed, e.g. backups/wsd-2026-12-02-0710.tar.gz`);
  const args = [
    'import',
    '--force',
    '-f',
    path.resolve(archive),
    ...(env.BACKUP_ENCRYPTION_KEY ? ['--key', env.BACKUP_ENCRYPTION_KEY] : []),
  ];
  await run(bin('strapi'), args, { cwd: CMS_DIR, env, prefix: '  [import]' });
}

async function main() {
  const [command, file] = process.argv.slice(2).filter((arg) => arg !== '--');
  const env: NodeJS.ProcessEnv = { ...readEnvFile(ENV_FILE), ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
  const started = Date.now();
  if (command === 'export') {
    step('Exporting content, uploads and configuration (stop editing for a moment)…');
    const archive = await exportBackup(env);
    step(`Backup written: ${path.relative(process.cwd(), archive)} in ${seconds(started)}`);
    detail('It holds content, uploads and settings; not the admin users or API tokens (the CMS re-creates its tokens on boot).');
  } else if (command === 'import' && file) {
    step(`Restoring ${file} into the configured database (its current content is replaced)…`);
    await importBackup(env, file);
    step(`Restored in ${seconds(started)}. Start the CMS; the publishing service rebuilds the site from it.`);
  } else {
    fail('Usage: npm run backup:export | npm run backup:import -- <archive>', 'The archive is the file backup:export printed.');
    process.exit(2);
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    fail(error instanceof Error ? error.message : String(error), 'Check the database settings in .env (or the shell) and try again.');
    process.exit(1);
  });
}
