import { describe, expect, it } from 'vitest';
import { median } from '../src/bench/measure-publish.ts';
import { chartSvg, markdownReport } from '../src/bench/report.ts';
import { checkTargets, type BenchRun, type SizeResult } from '../src/bench/results.ts';

const bytes = (raw: number, gzip = raw) => ({ raw, gzip });
const change = (seconds: number) => ({
  runs: [seconds],
  medianSeconds: seconds,
  phasesMs: { wait: 20, sync: 300, render: 900 },
  rendered: 5,
  restored: 95,
});
function size(
  newsItems: number,
  overrides: {
    buildSeconds?: number;
    publish?: number;
    settings?: number;
    fullRebuild?: number;
    peakMb?: number;
    largestRaw?: number;
    unreachable?: string[];
    js?: number;
    firstQuery?: number;
    p99?: number;
  } = {},
): SizeResult {
  const page = (type: string, js = 0) => ({
    type,
    pathname: `/${type}/`,
    html: bytes(20_000, 6000),
    css: bytes(0),
    js: bytes(js),
    image: bytes(5000),
    other: bytes(0),
  });
  return {
    size: newsItems === 0 ? 'demo' : String(newsItems),
    newsItems,
    coldBuild: { seconds: 30, pages: 100, pagesPerSecond: 3, peakMemoryMb: 1000, stages: [] },
    build: { seconds: overrides.buildSeconds ?? 5, pages: 100, pagesPerSecond: 20, peakMemoryMb: 900, stages: [] },
    publish: {
      changes: {
        edit: change(overrides.publish ?? 3),
        new: change(overrides.publish ?? 3),
        unpublish: change(2),
        settings: change(overrides.settings ?? 4),
      },
      fullRebuild: change(overrides.fullRebuild ?? 10),
    },
    publishingPeakMb: overrides.peakMb ?? 800,
    sitePages: {
      pages: 100,
      largest: { pathname: '/agenda/', raw: overrides.largestRaw ?? 60_000, gzip: 12_000 },
      largestGzip: { pathname: '/agenda/', raw: 60_000, gzip: 12_000 },
      maxItemDepth: 3,
      unreachableItems: overrides.unreachable ?? [],
    },
    pageWeights: [page('home', overrides.js ?? 0), page('zoeken', 125_000)],
    search: {
      indexBytes: 1e6,
      indexFiles: 10,
      first: { query: 'a', bytes: overrides.firstQuery ?? 50_000, milliseconds: 400, results: 3 },
      second: { query: 'b', bytes: 1000, milliseconds: 300, results: 2 },
    },
    ...(overrides.p99 !== undefined
      ? { api: { connections: 8, seconds: 20, requestsPerSecond: 100, p50Ms: 40, p99Ms: overrides.p99, errors: 0, non2xx: 0 } }
      : {}),
  };
}
const run = (sizes: SizeResult[]): BenchRun => ({
  startedAt: '2026-11-23T16:00:00.000Z',
  machine: { cpus: 2, memoryGb: 8, node: '24.21.0' },
  database: 'sqlite',
  smoke: false,
  sizes,
  targets: checkTargets(sizes),
});
const met = (sizes: SizeResult[], prefix: string) => checkTargets(sizes).find((t) => t.target.startsWith(prefix))?.met;

describe('benchmark targets and reports', () => {
  it('judges each target from the size it is about', () => {
    const sizes = [
      size(0),
      size(1000, { buildSeconds: 12, publish: 4, settings: 13, fullRebuild: 12.9 }),
      size(10_000, { buildSeconds: 20, publish: 11, settings: 30, fullRebuild: 30, peakMb: 2600, firstQuery: 120_000, p99: 80 }),
    ];
    expect(met(sizes, 'full build at 1,000')).toBe(false);
    expect(met(sizes, 'new item live at demo content')).toBe(true);
    expect(met(sizes, 'new item live at 1,000')).toBe(true);
    expect(met(sizes, 'edited body live at 1,000')).toBe(true);
    expect(met(sizes, 'site-settings edit at 1,000')).toBe(false);
    // Compared with the service's full rebuild, not with `astro build` alone (20 s here).
    expect(met(sizes, 'site-settings edit at 10,000')).toBe(true);
    expect(met([size(1000, { settings: 13, fullRebuild: 13 })], 'site-settings edit at 1,000')).toBe(true);
    const unmeasured = size(1000);
    delete unmeasured.publish.fullRebuild;
    expect(met([unmeasured], 'site-settings edit at 1,000')).toBeNull();
    expect(met(sizes, 'full build at 10,000')).toBe(true);
    expect(met(sizes, 'new item live at 10,000')).toBe(false);
    expect(met(sizes, 'publishing service peak memory')).toBe(false);
    expect(met(sizes, 'every page ≤ 100 KB')).toBe(true);
    expect(met(sizes, 'every item ≤ 3 clicks')).toBe(true);
    expect(met([size(0), size(10_000, { largestRaw: 200_000, unreachable: ['/nieuws/x/'] })], 'every page ≤ 100 KB')).toBe(false);
    expect(met([size(10_000, { unreachable: ['/nieuws/x/'] })], 'every item ≤ 3 clicks')).toBe(false);
    expect(met(sizes, 'search: first query')).toBe(false);
    expect(met(sizes, 'CMS list endpoint')).toBe(true);
  });

  it('counts JS on content pages but not on the search page, and leaves unmeasured targets open', () => {
    expect(met([size(0)], 'content pages: 0 bytes')).toBe(true);
    expect(met([size(0, { js: 1 })], 'content pages: 0 bytes')).toBe(false);
    expect(met([size(0)], 'full build at 10,000')).toBeNull();
    expect(met([size(0)], 'Lighthouse')).toBeNull();
  });

  it('takes the median of odd and even numbers of runs', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('writes one row per data set, a phase row per change, and three bars per data set in the chart', () => {
    const report = run([size(0), size(1000)]);
    const markdown = markdownReport(report);
    expect(markdown).toContain('| demo | 100 | 30.0 / 5.0 |');
    expect(markdown).toContain('| 1,000 items | 100 |');
    expect(markdown).toContain('| 1,000 items | site-settings edit | 4.0 | 20 | 300 | 900 | 0 |');
    expect(markdown).toContain('| 1,000 items | the same settings edit by a full rebuild (--full, 1×) | 10.0 | 20 | 300 | 900 | 0 |');
    expect(chartSvg(report).match(/<rect x="\d+" y="[\d.]+" width="44"/g)).toHaveLength(6);
  });
});
