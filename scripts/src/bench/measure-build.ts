import { bin, SITE_DIR } from '@wsd/ops-lib/paths';
import { startService } from '@wsd/ops-lib/processes';
import { astroBuildEnv } from '@wsd/publishing/site-builder';
import { countPages } from '@wsd/publishing/sanity-check';
import { sampleTreeMemory } from './memory-sampler.ts';

export type BuildResult = {
  seconds: number;
  pages: number;
  pagesPerSecond: number;
  peakMemoryMb: number;
  /** Astro's own stage lines with the second each appeared: the build's profile. */
  stages: { atSeconds: number; line: string }[];
};

/** Astro's output lines that mark a build stage (content sync, Vite, pages, images, Pagefind). */
const STAGE =
  /Synced content|Building static entrypoints|building client|generating static routes|generating optimized images|Completed in|pagefind|Indexed|Complete!/i;
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, '').trim();

/**
 * One full site build as a release gets it (content sync from the CMS, Astro pages and
 * images, Pagefind index) into `outDir`: wall time, pages and the build's peak memory.
 */
export async function measureBuild(cms: { url: string; token: string }, outDir: string, siteUrl: string): Promise<BuildResult> {
  const started = performance.now();
  const stages: BuildResult['stages'] = [];
  const build = startService('astro', bin('astro'), ['build'], {
    cwd: SITE_DIR,
    env: astroBuildEnv(cms.url, cms.token, outDir, { ...process.env, SITE_URL: siteUrl }),
    prefix: '    [build]',
    // Not printed (one line per page); stage lines are kept as the profile.
    show: (line) => {
      if (STAGE.test(line)) stages.push({ atSeconds: (performance.now() - started) / 1000, line: plain(line).slice(0, 160) });
      return false;
    },
  });
  const memory = sampleTreeMemory(build.child.pid!);
  const code = await build.exited;
  const peak = memory.stop();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`the site build failed (exit ${code}); run \`pnpm build:site\` against this CMS to see why`);
  const pages = countPages(outDir);
  return { seconds, pages, pagesPerSecond: pages / seconds, peakMemoryMb: peak / 2 ** 20, stages };
}
