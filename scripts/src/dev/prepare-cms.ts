import path from 'node:path';
import { hashInputs, markBuilt, needsBuild } from '@wsd/ops-lib/input-hash';
import { detail, seconds, step } from '@wsd/ops-lib/log';
import { bin, CMS_DIR } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';

/** What the admin panel bundle depends on: rebuilding it takes ~45 s and ~2 GB. */
const ADMIN_INPUTS = ['cms/src/admin/**/*', 'cms/package.json', 'pnpm-lock.yaml', 'cms/config/admin.ts'];
/** What the compiled server code depends on: recompiling takes a few seconds. */
const SERVER_INPUTS = ['cms/src/**/*', 'cms/config/**/*', 'cms/tsconfig.json', 'cms/package.json', 'pnpm-lock.yaml'];

/**
 * Brings cms/dist up to date, doing only what changed: the full `strapi build` when the
 * admin inputs changed (or on the first run), else a server-only compile, else nothing.
 */
export async function prepareCms(env: NodeJS.ProcessEnv): Promise<void> {
  const adminDigest = hashInputs(ADMIN_INPUTS);
  const serverDigest = hashInputs(SERVER_INPUTS);
  const started = Date.now();
  if (needsBuild('cms-admin', adminDigest, path.join(CMS_DIR, 'dist', 'build', 'index.html'))) {
    step('Building the CMS admin panel (first run or dependencies changed: about a minute)…');
    await run(bin('strapi'), ['build', '--minify'], { cwd: CMS_DIR, env, prefix: '  [cms build]' });
    markBuilt('cms-admin', adminDigest);
    markBuilt('cms-server', serverDigest);
    detail(`admin panel and server built in ${seconds(started)}`);
  } else if (needsBuild('cms-server', serverDigest, path.join(CMS_DIR, 'dist', 'src', 'index.js'))) {
    step('Compiling CMS server code (it changed since the last start)…');
    await run(process.execPath, ['scripts/compile.mts'], { cwd: CMS_DIR, env, prefix: '  [cms build]' });
    markBuilt('cms-server', serverDigest);
    detail(`compiled in ${seconds(started)}`);
  } else {
    detail('CMS is up to date: nothing to build');
  }
}
