import type { ApiResult } from './measure-api.ts';
import type { BuildResult } from './measure-build.ts';
import type { LighthouseScores } from './measure-lighthouse.ts';
import type { ProcessMemory } from './memory-sampler.ts';
import type { PageWeight } from './measure-page-weight.ts';
import type { PublishResult } from './measure-publish.ts';
import type { SearchResult } from './measure-search.ts';
import type { SitePages } from './measure-site-pages.ts';

/** Everything measured at one data-set size. */
export type SizeResult = {
  /** "demo", or the number of synthetic news items on top of the demo content. */
  size: string;
  newsItems: number;
  /** The first build against this CMS: no image of it optimised yet. */
  coldBuild: BuildResult;
  /** The same build again with Astro's caches warm, as every publish runs it (judged by the targets). */
  build: BuildResult;
  publish: PublishResult;
  /** Peak resident memory of the publishing service and its build workers while the changes went live. */
  publishingPeakMb: number;
  /** What each process of the service held at that peak, largest first (absent in older runs). */
  publishingPeakProcesses?: ProcessMemory[];
  /** Every page of the full build: the largest HTML and the click depth of items. */
  sitePages: SitePages;
  pageWeights: PageWeight[];
  search: SearchResult;
  /** Only at the sizes where it was measured (the demo content; the largest size). */
  lighthouse?: LighthouseScores[];
  api?: ApiResult;
};

export type BenchRun = {
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string };
  database: 'sqlite' | 'postgres';
  smoke: boolean;
  sizes: SizeResult[];
  targets: TargetCheck[];
};

export type TargetCheck = { target: string; measured: string; met: boolean | null };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Content pages: every page type except search, which needs Pagefind's script. */
const isContentPage = (w: PageWeight) => w.type !== 'zoeken';

/** Each target of the issue, met or not, from what was measured (null: not measured in this run). */
export function checkTargets(sizes: SizeResult[]): TargetCheck[] {
  const at = (n: number) => sizes.find((s) => s.newsItems === n);
  const checks: TargetCheck[] = [];
  const add = (target: string, value: number | undefined, limit: number, format: (v: number) => string) =>
    checks.push({
      target,
      measured: value === undefined ? 'not measured' : format(value),
      met: value === undefined ? null : value <= limit,
    });
  const s = (v: number) => `${v.toFixed(1)} s`;
  add('full build at 10,000 items ≤ 60 s', at(10_000)?.build.seconds, 60, s);
  const peak = at(10_000) && Math.max(at(10_000)!.build.peakMemoryMb, at(10_000)!.coldBuild.peakMemoryMb);
  add('build peak memory at 10,000 items ≤ 2.5 GB', peak, 2560, (v) => `${(v / 1024).toFixed(2)} GB`);
  add('full build at 1,000 items ≤ 10 s', at(1000)?.build.seconds, 10, s);
  // Issue 16: a publish costs what the change costs.
  for (const [n, limit] of [
    [0, 3],
    [1000, 5],
    [10_000, 10],
  ] as const) {
    const size = n === 0 ? 'demo content' : `${n.toLocaleString('en')} items`;
    const changes = at(n)?.publish.changes;
    add(`new item live at ${size} ≤ ${limit} s`, changes?.new.medianSeconds, limit, s);
    add(`edited body live at ${size} ≤ ${limit} s`, changes?.edit.medianSeconds, limit, s);
  }
  for (const n of [1000, 10_000]) {
    const size = at(n);
    // The same settings edit published by the service's full rebuild (`publish:rebuild --full`,
    // request to live, release and index included); `astro build` alone makes no release.
    const full = size?.publish.fullRebuild;
    checks.push({
      target: `site-settings edit at ${n.toLocaleString('en')} items no slower than a full rebuild`,
      measured:
        size && full
          ? `${size.publish.changes.settings.medianSeconds.toFixed(1)} s vs ${full.medianSeconds.toFixed(1)} s by a full rebuild (astro build alone ${size.build.seconds.toFixed(1)} s)`
          : 'not measured',
      met: size && full ? size.publish.changes.settings.medianSeconds <= full.medianSeconds : null,
    });
  }
  add('publishing service peak memory at 10,000 items ≤ 2.5 GB', at(10_000)?.publishingPeakMb, 2560, (v) => `${(v / 1024).toFixed(2)} GB`);
  const largest = sizes.at(-1);
  const content = largest?.pageWeights.filter(isContentPage) ?? [];
  add('content pages: 0 bytes of JS', content.length ? Math.max(...content.map((w) => w.js.raw)) : undefined, 0, (v) => `max. ${v} B`);
  add(
    'content pages: HTML + CSS ≤ 30 KB gzipped',
    content.length ? Math.max(...content.map((w) => w.html.gzip + w.css.gzip)) : undefined,
    30 * 1024,
    (v) => `max. ${kb(v)}`,
  );
  const lighthouse = sizes.flatMap((size) => size.lighthouse ?? []);
  const lowest = lighthouse.length
    ? Math.min(...lighthouse.flatMap((l) => [l.performance, l.accessibility, l['best-practices'], l.seo]))
    : undefined;
  checks.push({
    target: 'Lighthouse 100 in all four categories, every page type (mobile)',
    measured: lowest === undefined ? 'not measured' : `lowest score ${lowest}`,
    met: lowest === undefined ? null : lowest === 100,
  });
  add('search: first query ≤ 100 KB transferred at 10,000 items', at(10_000)?.search.first.bytes, 100 * 1024, kb);
  add('search: first query ≤ 60 KB transferred at 1,000 items', at(1000)?.search.first.bytes, 60 * 1024, kb);
  // Issue 19: every page of the largest site, not one per type.
  const pages = largest?.sitePages;
  add('every page ≤ 100 KB of HTML (largest site)', pages?.largest.raw, 100 * 1024, (v) => `max. ${kb(v)} (${pages!.largest.pathname})`);
  add(
    'every page ≤ 30 KB of HTML gzipped (largest site)',
    pages?.largestGzip.gzip,
    30 * 1024,
    (v) => `max. ${kb(v)} (${pages!.largestGzip.pathname})`,
  );
  add(
    'every item ≤ 3 clicks from the home page (largest site)',
    pages && (pages.unreachableItems.length > 0 ? Infinity : pages.maxItemDepth),
    3,
    (v) => (v === Infinity ? `${pages!.unreachableItems.length} unreachable, e.g. ${pages!.unreachableItems[0]}` : `max. ${v} clicks`),
  );
  const api = sizes.find((size) => size.api && size.newsItems === 10_000)?.api;
  add('CMS list endpoint at 10,000 items: p99 ≤ 100 ms, 8 readers', api?.p99Ms, 100, (v) => `${v} ms`);
  return checks;
}
