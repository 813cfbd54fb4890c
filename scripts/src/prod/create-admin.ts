/**
 * `npm run admin:create`: the first administrator of a (production) CMS, from ADMIN_EMAIL
 * and ADMIN_PASSWORD in the shell, with the CMS's environment (shell, then the env file).
 * The public first-administrator form is refused in production, so this is the way in.
 */
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { fail, step } from '@wsd/ops-lib/log';
import { CMS_DIR, ENV_FILE } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';

const env: NodeJS.ProcessEnv = { ...readEnvFile(ENV_FILE), ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
step(`Creating the administrator ${env.ADMIN_EMAIL ?? '(ADMIN_EMAIL is not set)'}…`);
run(process.execPath, ['scripts/create-admin.mts'], { cwd: CMS_DIR, env, prefix: '  [cms]' }).catch((error: unknown) => {
  fail(
    error instanceof Error ? error.message.split('\n').slice(-3).join(' ') : String(error),
    'Set ADMIN_EMAIL and ADMIN_PASSWORD, e.g. `ADMIN_EMAIL=beheer@example.nl ADMIN_PASSWORD=… npm run admin:create`.',
  );
  process.exit(1);
});
