/**
 * The publishing service and its commands:
 *   node scripts/src/publishing/cli.ts serve      run the service (webhook, builds, site)
 *   node scripts/src/publishing/cli.ts rebuild    ask the running service for a rebuild now
 *   node scripts/src/publishing/cli.ts rollback   switch the live site back one release
 *   node scripts/src/publishing/cli.ts status     print the service's status
 * Settings come from the environment or the workspace .env (see .env.example).
 */
import path from 'node:path';
import { readEnvFile } from '../env/local-env.ts';
import { ENV_FILE, LOCAL_DIR } from '../lib/paths.ts';
import { jsonLogger } from './log.ts';
import { serviceSecretProblems } from './production-secrets.ts';
import { Publisher } from './publisher.ts';
import { Releases } from './releases.ts';
import { buildPreviewServer } from '../preview/build-preview-server.ts';
import type { PreviewOptions } from '../preview/preview-gateway.ts';
import { DEFAULT_LIMITS } from '../serve/hardened-server.ts';
import { createPublishingService } from './service.ts';
import { StateStore } from './state-store.ts';

const env = { ...readEnvFile(ENV_FILE), ...process.env };
const required = (name: string): string => {
  const value = env[name];
  if (!value) {
    console.error(`${name} is not set. Run \`npm start\` once (it writes .env) or export ${name}.`);
    process.exit(2);
  }
  return value;
};
const port = Number(env.SITE_PORT || 4321);
const serviceUrl = env.PUBLISH_SERVICE_URL || `http://127.0.0.1:${port}`;
const root = path.resolve(env.PUBLISH_DIR || path.join(LOCAL_DIR, 'publish'));

async function call(pathname: string, method = 'POST') {
  const response = await fetch(`${serviceUrl}${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${required('PUBLISH_WEBHOOK_SECRET')}` },
  }).catch(() => {
    console.error(`The publishing service does not answer at ${serviceUrl}. Is it running (npm start)?`);
    process.exit(1);
  });
  console.log(JSON.stringify(await response.json(), null, 2));
  if (!response.ok) process.exit(1);
}

/** Previews are on when PREVIEW_SECRET is set; the server is built under .local/preview-server. */
const previewServerDir = env.PREVIEW_SECRET ? path.join(LOCAL_DIR, 'preview-server') : undefined;

function previewOptions(cmsUrl: string): PreviewOptions {
  const cmsPublicUrl = env.PUBLIC_URL || cmsUrl;
  return {
    secret: required('PREVIEW_SECRET'),
    serverDir: previewServerDir!,
    frameAncestors: (env.PREVIEW_FRAME_ANCESTORS || new URL(cmsPublicUrl).origin).split(/[\s,]+/).filter(Boolean),
    mediaOrigin: new URL(env.PUBLIC_MEDIA_URL || cmsPublicUrl).origin,
    cms: { url: cmsUrl, token: required('PREVIEW_API_TOKEN') },
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
  const cmsUrl = env.CMS_URL || `http://127.0.0.1:${env.PORT || '1337'}`;
  const token = required('SITE_API_TOKEN');
  const releases = new Releases(root);
  const state = new StateStore(path.join(root, 'state.json'));
  const publisher = new Publisher({
    releases,
    state,
    cmsUrl,
    token,
    log: jsonLogger,
    keep: Number(env.PUBLISH_KEEP_RELEASES || 5),
    maxDrop: Number(env.PUBLISH_MAX_PAGE_DROP || 0.2),
  });
  const service = createPublishingService({
    releases,
    state,
    publisher,
    log: jsonLogger,
    secret: required('PUBLISH_WEBHOOK_SECRET'),
    cmsUrl,
    token,
    quietMs: Number(env.PUBLISH_QUIET_MS || 2000),
    maxDelayMs: Number(env.PUBLISH_MAX_DELAY_MS || 20_000),
    reconcileMs: Number(env.PUBLISH_RECONCILE_MS || 60_000),
    limits: {
      ...DEFAULT_LIMITS,
      maxConnectionsPerClient: Number(env.PUBLISH_MAX_CONNECTIONS_PER_CLIENT || DEFAULT_LIMITS.maxConnectionsPerClient),
    },
    ...(previewServerDir ? { preview: previewOptions(cmsUrl) } : {}),
  });
  const listening = await service.listen(port, env.PUBLISH_HOST || '127.0.0.1');
  jsonLogger('info', `publishing service on http://127.0.0.1:${listening}/ (releases in ${root})`);
  if (previewServerDir) {
    // Previews need the preview server; it builds in seconds, next to the first site build.
    buildPreviewServer(previewServerDir, cmsUrl, token).then(
      () => jsonLogger('info', `preview server built in ${previewServerDir}`),
      (error: unknown) => jsonLogger('error', 'preview server build failed: previews answer 503', { error: String(error) }),
    );
  }
  const stop = async () => {
    jsonLogger('info', 'stopping: waiting for a running build to finish');
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

const command = process.argv[2] ?? 'serve';
if (command === 'serve') await serve();
else if (command === 'rebuild') await call('/admin/rebuild');
else if (command === 'rollback') await call('/admin/rollback');
else if (command === 'status') await call('/status', 'GET');
else {
  console.error(`Unknown command "${command}": use serve, rebuild, rollback or status.`);
  process.exit(2);
}
