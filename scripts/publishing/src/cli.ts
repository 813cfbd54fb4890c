/**
 * The publishing service and its commands:
 *   node scripts/publishing/src/cli.ts serve            run the service (webhook, builds, site)
 *   node scripts/publishing/src/cli.ts rebuild [--full] ask the running service for a rebuild now
 *   node scripts/publishing/src/cli.ts rollback         switch the live site back one release
 *   node scripts/publishing/src/cli.ts status           print the service's status
 * Settings come from the environment or the env file (see .env.example), checked once by
 * settings.ts.
 */
import path from 'node:path';
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { ENV_FILE, LOCAL_DIR } from '@wsd/ops-lib/paths';
import { buildPreviewServer } from './preview/build-preview-server.ts';
import type { PreviewOptions } from './preview/preview-gateway.ts';
import { configFromSettings, createPublisher } from './create-publisher.ts';
import { jsonLogger } from './log.ts';
import { serviceSecretProblems } from './production-secrets.ts';
import { readServiceSettings, type ServiceSettings } from './settings.ts';

const env = { ...readEnvFile(ENV_FILE), ...process.env };

function settingsOrExit(): ServiceSettings {
  try {
    return readServiceSettings(env);
  } catch (error) {
    console.error(`${(error as Error).message} Set it in .env (or the environment file of the service); see .env.example.`);
    process.exit(2);
  }
}

async function call(pathname: string, method = 'POST') {
  const settings = settingsOrExit();
  const serviceUrl = env.PUBLISH_SERVICE_URL || `http://127.0.0.1:${settings.SITE_PORT}`;
  const response = await fetch(`${serviceUrl}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${settings.PUBLISH_WEBHOOK_SECRET}` },
  }).catch(() => {
    console.error(`The publishing service does not answer at ${serviceUrl}. Is it running (npm start)?`);
    process.exit(1);
  });
  console.log(JSON.stringify(await response.json(), null, 2));
  if (!response.ok) process.exit(1);
}

/** Previews are on when PREVIEW_SECRET is set; the server is built under .local/preview-server. */
function previewOptions(settings: ServiceSettings): PreviewOptions | undefined {
  if (!settings.PREVIEW_SECRET) return undefined;
  if (!settings.PREVIEW_API_TOKEN) {
    console.error('PREVIEW_API_TOKEN is not set, but PREVIEW_SECRET is: set both for previews, or neither.');
    process.exit(2);
  }
  const cmsPublicUrl = settings.PUBLIC_URL ?? settings.CMS_URL;
  return {
    secret: settings.PREVIEW_SECRET,
    serverDir: path.join(LOCAL_DIR, 'preview-server'),
    frameAncestors: (settings.PREVIEW_FRAME_ANCESTORS ?? new URL(cmsPublicUrl).origin).split(/[\s,]+/).filter(Boolean),
    mediaOrigin: new URL(settings.PUBLIC_MEDIA_URL ?? cmsPublicUrl).origin,
    cms: { url: settings.CMS_URL, token: settings.PREVIEW_API_TOKEN },
  };
}

async function serve() {
  const problems = serviceSecretProblems(env);
  if (problems.length > 0) {
    console.error(
      `Refusing to start in production: ${problems.join('; ')}. Set real values (e.g. \`openssl rand -hex 32\`); see .env.example.`,
    );
    process.exit(2);
  }
  const settings = settingsOrExit();
  const preview = previewOptions(settings);
  const publishing = createPublisher({ ...configFromSettings(settings, jsonLogger), ...(preview ? { preview } : {}) });
  const listening = await publishing.listen(settings.SITE_PORT, settings.PUBLISH_HOST);
  jsonLogger('info', `publishing service on http://${settings.PUBLISH_HOST}:${listening}/ (releases in ${publishing.releases.dir})`);
  if (preview) {
    // Previews need the preview server; it builds in seconds, next to the first site build.
    buildPreviewServer(preview.serverDir, settings.CMS_URL, settings.SITE_API_TOKEN).then(
      () => jsonLogger('info', `preview server built in ${preview.serverDir}`),
      (error: unknown) => jsonLogger('error', 'preview server build failed: previews answer 503', { error: String(error) }),
    );
  }
  const stop = async () => {
    jsonLogger('info', 'stopping: waiting for a running build to finish');
    await publishing.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

const [command = 'serve', ...flags] = process.argv.slice(2).filter((arg) => arg !== '--');
if (command === 'serve') await serve();
else if (command === 'rebuild') await call(flags.includes('--full') ? '/admin/rebuild?full=1' : '/admin/rebuild');
else if (command === 'rollback') await call('/admin/rollback');
else if (command === 'status') await call('/status', 'GET');
else {
  console.error(`Unknown command "${command}": use serve, rebuild [--full], rollback or status.`);
  process.exit(2);
}
