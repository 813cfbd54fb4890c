/**
 * Writes the CMS content to a snapshot for offline builds and tests:
 *   npm run snapshot [-- --out <folder>]          (default .local/snapshot)
 * Reads CMS_URL (default http://127.0.0.1:1337) and SITE_API_TOKEN from the environment,
 * then WSD_ENV_FILE or the workspace .env. Build from it with WSD_SNAPSHOT=<out>/snapshot.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, parseEnv } from 'node:util';
import { cmsUrlFrom } from '../utils/build-config.ts';
import { writeSnapshot } from './write-snapshot.ts';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { out: { type: 'string', default: path.resolve(import.meta.dirname, '../../../.local/snapshot') } },
});
const envFile = process.env.WSD_ENV_FILE ? path.resolve(process.env.WSD_ENV_FILE) : path.resolve(import.meta.dirname, '../../../.env');
const env = { ...(existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {}), ...process.env };
const cmsUrl = cmsUrlFrom(env);
if (!env.SITE_API_TOKEN) {
  console.error('SITE_API_TOKEN is not set. Run `npm start` once (it writes .env) or export the token.');
  process.exit(2);
}
console.log(`Writing a snapshot of ${cmsUrl} to ${values.out}…`);
await writeSnapshot(values.out!, cmsUrl, env.SITE_API_TOKEN);
console.log(`Done. Build offline with WSD_SNAPSHOT=${path.join(values.out!, 'snapshot.json')} npm run build:site`);
