/**
 * `npm run seed` and `npm run generate -- --count N [--seed S]`: CMS tasks that boot the
 * CMS in-process on the configured database (cms/scripts/<task>.mts). Like `npm start`,
 * they create the local .env with fresh secrets when it is missing, so they also work
 * on a fresh clone.
 */
import { ensureLocalEnv, readEnvFile } from '@wsd/ops-lib/env/local-env';
import { detail, fail } from '@wsd/ops-lib/log';
import { CMS_DIR, ENV_EXAMPLE, ENV_FILE } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';

const TASKS = new Set(['seed', 'generate']);
const [task, ...args] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!task || !TASKS.has(task)) {
  fail(`Unknown CMS task "${task ?? ''}".`, 'Use `npm run seed` or `npm run generate -- --count 1000 --seed 42`.');
  process.exit(2);
}
const generated = ensureLocalEnv(ENV_EXAMPLE, ENV_FILE);
if (generated.length > 0) detail(`generated local secrets in ${ENV_FILE}: ${generated.join(', ')}`);
const env: NodeJS.ProcessEnv = { ...readEnvFile(ENV_FILE), ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' };
if (env.NODE_ENV === 'production') {
  fail(`npm run ${task} is for local and test databases; it refuses NODE_ENV=production.`);
  process.exit(2);
}
await run(process.execPath, [`scripts/${task}.mts`, ...args], { cwd: CMS_DIR, env }).catch((error: unknown) => {
  fail(
    error instanceof Error ? error.message.split('\n')[0]! : String(error),
    'Read the CMS output above; check the database settings in .env.',
  );
  process.exit(1);
});
