/**
 * `npm run start:cms`: the CMS in production, as the systemd unit runs it
 * (deploy/systemd/wsd-cms.service). Reads the environment (the unit's EnvironmentFile, or
 * the shell), then the workspace .env for anything not set; NODE_ENV defaults to
 * production, where the CMS refuses missing or example secrets. Needs `npm run build:prod`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { fail, step } from '@wsd/ops-lib/log';
import { bin, CMS_DIR, ENV_FILE } from '@wsd/ops-lib/paths';

const env: NodeJS.ProcessEnv = {
  ...readEnvFile(ENV_FILE),
  ...process.env,
  NODE_ENV: process.env.NODE_ENV || 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  WSD_SEED_DEMO: 'false',
};

for (const built of [path.join(CMS_DIR, 'dist', 'src', 'index.js'), path.join(CMS_DIR, 'dist', 'build', 'index.html')]) {
  if (!existsSync(built)) {
    fail(`The CMS is not built (${path.relative(CMS_DIR, built)} is missing).`, 'Run `npm run build:prod` first.');
    process.exit(2);
  }
}

step(`Starting the CMS (${env.NODE_ENV}) on ${env.HOST || '127.0.0.1'}:${env.PORT || '1337'}…`);
const child = spawn(bin('strapi'), ['start'], { cwd: CMS_DIR, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
