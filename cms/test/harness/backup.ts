import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from './cms-instance.ts';
import { run } from './run-command.ts';

// The strapi CLI as the README's backup commands run it (hoisted or in cms/node_modules).
const LOCAL_CLI = path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const STRAPI_CLI = existsSync(LOCAL_CLI) ? LOCAL_CLI : path.join(CMS_DIR, '..', 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** `strapi export --no-encrypt` of the CMS whose environment is `env`; returns the archive's path. */
export async function exportBackup(env: NodeJS.ProcessEnv, dir: string): Promise<string> {
  await run(process.execPath, [STRAPI_CLI, 'export', '--no-encrypt', '-f', path.join(dir, 'backup')], { cwd: CMS_DIR, env });
  const archive = readdirSync(dir).find((file) => /^backup\.tar(\.gz)?$/.test(file));
  if (!archive) throw new Error(`strapi export wrote no backup archive into ${dir}`);
  return path.join(dir, archive);
}

/** `strapi import --force` of an archive into the (empty) database that `env` points at. */
export async function importBackup(env: NodeJS.ProcessEnv, archive: string): Promise<void> {
  await run(process.execPath, [STRAPI_CLI, 'import', '--force', '-f', archive], { cwd: CMS_DIR, env });
}
