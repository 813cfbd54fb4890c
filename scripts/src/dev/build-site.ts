import { detail, seconds, step } from '../lib/log.ts';
import { bin, SITE_DIR } from '../lib/paths.ts';
import { run } from '../lib/processes.ts';

/**
 * Builds the static site from the running CMS into site/dist. Astro keeps optimised
 * images in its cache, so later builds only process what changed.
 */
export async function buildSite(env: NodeJS.ProcessEnv, cmsUrl: string): Promise<void> {
  const started = Date.now();
  step('Building the site from the CMS (the first build optimises every image: about 30 s)…');
  await run(bin('astro'), ['build'], {
    cwd: SITE_DIR,
    env: { ...env, CMS_URL: cmsUrl, MEDIA_BASE_URL: cmsUrl, WSD_SNAPSHOT: '' },
    prefix: '  [site build]',
  });
  detail(`site built in ${seconds(started)}`);
}
