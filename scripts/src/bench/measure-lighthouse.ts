import lighthouse from 'lighthouse';
import { freePort } from '@wsd/ops-lib/free-port';
import { launchBrowser } from '@wsd/test-harness/browser';
import type { PageType } from './page-types.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseScores = { type: string; pathname: string } & Record<(typeof CATEGORIES)[number], number>;

/**
 * Lighthouse (mobile, its default: emulated phone, simulated slow 4G) on every page type,
 * in Debian's Chromium; scores 0–100 per category.
 */
export async function measureLighthouse(
  siteUrl: string,
  pages: PageType[],
  onPage: (scores: LighthouseScores) => void,
): Promise<LighthouseScores[]> {
  const port = await freePort();
  const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
  const scores: LighthouseScores[] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(`${siteUrl}${page.pathname}`, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.pathname}`);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      const entry = {
        ...page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
      };
      scores.push(entry);
      onPage(entry);
    }
  } finally {
    await browser.close();
  }
  return scores;
}
