/**
 * `npm run build:prod`: everything a production server builds before it starts, on the
 * toolchain's Node 24: the dependencies (frozen lockfile, by the toolchain wrapper), the
 * CMS admin panel and server code. The site and its preview server are made from the
 * content, so the publishing service builds them from the CMS when it starts (the first
 * release, about 30 s) and after every publish.
 */
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { fail, seconds, step } from '@wsd/ops-lib/log';
import { ENV_FILE } from '@wsd/ops-lib/paths';
import { prepareCms } from '../dev/prepare-cms.ts';

const started = Date.now();
const env = { ...readEnvFile(ENV_FILE), ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' };
prepareCms(env).then(
  () => step(`Production build done in ${seconds(started)}. Next: npm run admin:create (once), then start the services.`),
  (error: unknown) => {
    fail(error instanceof Error ? error.message : String(error), 'Fix the cause above and run `npm run build:prod` again.');
    process.exit(1);
  },
);
