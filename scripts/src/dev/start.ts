/**
 * `npm start`: runs the whole product locally on the embedded default (SQLite) with demo
 * content. Generates local secrets on the first run, builds only what changed, starts
 * every part, prints the URLs and logins, and stops everything cleanly on Ctrl-C.
 */
import { CONTENT_TYPES, restUrl } from '@wsd/shared-types';
import { withDerivedUrls } from '@wsd/ops-lib/env/derived-urls';
import { ensureLocalEnv, readEnvFile } from '@wsd/ops-lib/env/local-env';
import { detail, fail, seconds, step } from '@wsd/ops-lib/log';
import { bin, CMS_DIR, ENV_EXAMPLE, ENV_FILE, ROOT } from '@wsd/ops-lib/paths';
import { startService, stopServices, type Service } from '@wsd/ops-lib/processes';
import { waitForUrl } from '@wsd/ops-lib/wait-for';
// The same addresses the CMS seeds (cms/src/seed/demo-accounts.ts reads this file too).
import accounts from '@wsd/cms/demo-accounts.json' with { type: 'json' };
import { prepareCms } from './prepare-cms.ts';
import { readStartSettings } from './start-settings.ts';

const started = Date.now();
const services: Service[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    step('Stopping…');
    await stopServices(services);
    step('Stopped.');
  }
  process.exit(code);
}

/** The demo editor logins the CMS seeded: one per werkplaats (read through the content API) and the chief editor. */
async function demoLogins(cmsUrl: string, token: string): Promise<string[]> {
  const url = restUrl(cmsUrl, CONTENT_TYPES.werkplaatsen.path, { fields: ['slug', 'name'], sort: ['name'], pagination: { pageSize: 100 } });
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) return [`(could not list the werkplaatsen: HTTP ${response.status})`];
  const { data } = (await response.json()) as { data: { slug: string; name: string }[] };
  return [
    `${accounts.chiefEditorEmail.padEnd(44)} Hoofdredactie (alle werkplaatsen)`,
    ...data.map((w) => `${accounts.editorEmailPattern.replace('{werkplaats}', w.slug).padEnd(44)} Redacteur werkplaats (${w.name})`),
  ];
}

async function main() {
  step('Preparing the local environment…');
  const generated = ensureLocalEnv(ENV_EXAMPLE, ENV_FILE);
  if (generated.length > 0) detail(`generated local secrets in .env: ${generated.join(', ')}`);
  const fileEnv = readEnvFile(ENV_FILE);
  // The URLs between the parts follow PORT and SITE_PORT unless set explicitly.
  const env: NodeJS.ProcessEnv = withDerivedUrls({
    ...fileEnv,
    ...process.env,
    WSD_SEED_DEMO: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const settings = readStartSettings(env);

  await prepareCms(env);

  const cmsUrl = settings.CMS_URL;
  step(`Starting the CMS on ${cmsUrl} (the first start also loads the demo content)…`);
  const cms = startService('cms', bin('strapi'), ['start'], { cwd: CMS_DIR, env });
  services.push(cms);
  void cms.exited.then((code) => {
    if (!stopping) {
      fail(`The CMS stopped unexpectedly (exit ${code}).`, 'Read the [cms] lines above; `rm -rf cms/dist .local` forces a clean rebuild.');
      void shutdown(1);
    }
  });
  await waitForUrl(`${cmsUrl}/_health`, { timeoutMs: 180_000, isAlive: () => cms.child.exitCode === null });

  const siteUrl = settings.PUBLISH_SERVICE_URL;
  step(`Starting the publishing service on ${siteUrl} (the first build optimises every image: about 30 s)…`);
  const publishing = startService('publish', process.execPath, ['scripts/publishing/src/cli.ts', 'serve'], {
    cwd: ROOT,
    env,
  });
  services.push(publishing);
  void publishing.exited.then((code) => {
    if (!stopping) {
      fail(`The publishing service stopped unexpectedly (exit ${code}).`, 'Read the [publish] lines above.');
      void shutdown(1);
    }
  });
  await waitForUrl(`${siteUrl}/healthz`, { timeoutMs: 300_000, isAlive: () => publishing.child.exitCode === null });

  const logins = await demoLogins(cmsUrl, settings.SITE_API_TOKEN);
  step(`Up in ${seconds(started)}.`);
  console.log(`
  Site          ${siteUrl}/
  Publishing    ${siteUrl}/status  (publish in the CMS: the site follows within seconds)
  CMS admin     ${cmsUrl}/admin
                log in as ${settings.DEMO_ADMIN_EMAIL} with the password DEMO_ADMIN_PASSWORD from .env
                (${settings.DEMO_ADMIN_PASSWORD})
  Editors       password DEMO_EDITOR_PASSWORD from .env (${settings.DEMO_EDITOR_PASSWORD}):
                ${logins.join('\n                ')}
  Content API   ${restUrl(cmsUrl, CONTENT_TYPES.nieuwsberichten.path)}  (closed: needs SITE_API_TOKEN from .env)

  Press Ctrl-C to stop.
`);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (error: unknown) => {
  fail(error instanceof Error ? error.message : String(error), 'Fix the cause above and run `npm start` again.');
  await shutdown(1);
});
