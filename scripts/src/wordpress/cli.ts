/**
 * `npm run import:wordpress -- <export.xml> --werkplaats <code> [--media <folder>] [--dry-run] [--authors] [--report <file>]`
 *
 * Imports a WordPress export (Tools → Export → "Alle inhoud") into the running CMS. It logs
 * in as WSD_IMPORT_EMAIL / WSD_IMPORT_PASSWORD (locally: the demo admin from .env), prints
 * a report and writes it as JSON, and writes the redirect maps the publishing service serves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEnvFile } from '@wsd/ops-lib/env/local-env';
import { detail, fail, seconds, step } from '@wsd/ops-lib/log';
import { ENV_FILE, LOCAL_DIR } from '@wsd/ops-lib/paths';
import { adminToken, CmsRequestError, createCmsClient } from './cms-client.ts';
import { importWordpress } from './import-wordpress.ts';
import { textReport } from './report.ts';
import { WxrError } from './wxr-reader.ts';

const USAGE =
  'npm run import:wordpress -- <export.xml> --werkplaats <code> [--media <uploads-map>] [--dry-run] [--authors] [--report <file>]';

function settings(env: Record<string, string | undefined>) {
  const production = env.NODE_ENV === 'production';
  const email = env.WSD_IMPORT_EMAIL || (production ? undefined : env.DEMO_ADMIN_EMAIL);
  const password = env.WSD_IMPORT_PASSWORD || (production ? undefined : env.DEMO_ADMIN_PASSWORD);
  if (!email || !password)
    throw new Error('WSD_IMPORT_EMAIL en WSD_IMPORT_PASSWORD zijn niet gezet: het account waarmee de import inlogt.');
  return {
    email,
    password,
    cmsUrl: env.CMS_URL || `http://127.0.0.1:${env.PORT || '1337'}`,
    mediaUrl: env.PUBLIC_MEDIA_URL || env.PUBLIC_URL || env.CMS_URL || `http://127.0.0.1:${env.PORT || '1337'}`,
    redirectsDir: path.join(env.PUBLISH_DIR || path.join(LOCAL_DIR, 'publish'), 'redirects'),
  };
}

async function main() {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      werkplaats: { type: 'string' },
      media: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      authors: { type: 'boolean', default: false },
      report: { type: 'string' },
      'cms-url': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || !values.werkplaats || positionals.length > 1) {
    fail('Geef precies één exportbestand en de werkplaats op.', `Gebruik: ${USAGE}`);
    process.exit(2);
  }
  const env = { ...readEnvFile(ENV_FILE), ...process.env };
  const config = settings(env);
  const cmsUrl = values['cms-url'] ?? config.cmsUrl;
  const started = Date.now();
  step(`WordPress-import naar ${cmsUrl}${values['dry-run'] ? ' (proefrun: er wordt niets geschreven)' : ''}`);
  const cms = createCmsClient(cmsUrl, await adminToken(cmsUrl, config.email, config.password));
  const report = await importWordpress({
    file: path.resolve(file),
    werkplaats: values.werkplaats,
    cms,
    mediaDir: values.media ? path.resolve(values.media) : undefined,
    dryRun: values['dry-run'],
    authors: values.authors,
    redirectsDir: config.redirectsDir,
    mediaUrl: config.mediaUrl,
    progress: detail,
  });
  const reportFile = path.resolve(
    values.report ??
      path.join(LOCAL_DIR, 'wordpress-import', `${values.werkplaats}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
  );
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${textReport(report)}\n`);
  step(`Klaar in ${seconds(started)}; het volledige verslag staat in ${reportFile}`);
  if (report.failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  if (error instanceof WxrError)
    fail(error.message, 'Het exportbestand is niet in orde; er is niets geïmporteerd. Exporteer opnieuw via Extra → Exporteren.');
  else if (error instanceof CmsRequestError && error.status === 401)
    fail('Inloggen in de CMS lukt niet met WSD_IMPORT_EMAIL / WSD_IMPORT_PASSWORD.', 'Controleer het account en het wachtwoord.');
  else fail(error instanceof Error ? error.message : String(error), `Gebruik: ${USAGE}`);
  process.exit(1);
});
