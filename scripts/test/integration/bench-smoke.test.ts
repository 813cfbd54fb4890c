import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResults } from '../../src/bench/bench.ts';
import type { BenchRun } from '../../src/bench/results.ts';
import { runBenchmarks } from '../../src/bench/run-benchmarks.ts';

/** The benchmark command end to end on the demo content, so it cannot rot between full runs. */
describe('benchmark smoke run (demo content)', () => {
  let run: BenchRun;
  let files: string[];
  const out = mkdtempSync(path.join(tmpdir(), 'wsd-bench-smoke-'));

  beforeAll(async () => {
    run = await runBenchmarks({ sizes: [0], database: 'sqlite', smoke: true });
    files = writeResults(run, out);
  }, 600_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('measures a full build of every demo page with its peak memory', () => {
    const { build } = run.sizes[0]!;
    expect(build.pages).toBeGreaterThan(30);
    expect(build.seconds).toBeGreaterThan(0);
    expect(build.pagesPerSecond).toBeCloseTo(build.pages / build.seconds, 5);
    // Astro alone needs far more than 100 MB: a smaller figure means the sampler missed the build.
    expect(build.peakMemoryMb).toBeGreaterThan(100);
    // Astro's stage lines, in order of time: the profile of the build.
    expect(build.stages.some((s) => /generating static routes/i.test(s.line))).toBe(true);
    expect(build.stages.map((s) => s.atSeconds)).toEqual([...build.stages.map((s) => s.atSeconds)].sort((a, b) => a - b));
  });

  it('measures publish-to-live of an edit, a new item, an unpublish and a settings change through the admin API', () => {
    const { publish, publishingPeakMb } = run.sizes[0]!;
    expect(Object.keys(publish.changes)).toEqual(['edit', 'new', 'unpublish', 'settings']);
    for (const [kind, change] of Object.entries(publish.changes)) {
      expect(change.runs, kind).toHaveLength(1);
      expect(change.medianSeconds, kind).toBe(change.runs[0]);
      // The service's own phase record of that publish: its phases fit inside the measured time.
      expect(Object.keys(change.phasesMs), kind).toEqual(['wait', 'sync', 'render', 'release', 'index', 'index-write', 'check', 'switch']);
      const phases = Object.values(change.phasesMs).reduce((a, b) => a + b, 0);
      expect(phases / 1000, kind).toBeLessThan(change.medianSeconds);
    }
    // One new item renders itself and the listings it appears on, never the whole site.
    expect(publish.changes.new.rendered).toBeGreaterThan(0);
    expect(publish.changes.new.restored).toBeGreaterThan(publish.changes.new.rendered);
    // The footer is on every page: a settings change renders them all.
    expect(publish.changes.settings.restored).toBe(0);
    expect(publishingPeakMb).toBeGreaterThan(100);
    // What held it: the service itself and its Astro build worker at least.
    const commands = run.sizes[0]!.publishingPeakProcesses!.map((p) => p.command);
    expect(commands).toEqual(expect.arrayContaining(['node cli.ts', 'node build-worker.ts']));
  });

  it('publishes the same settings edit by a full rebuild, to compare: every page rendered again', () => {
    const full = run.sizes[0]!.publish.fullRebuild!;
    expect(full.runs).toHaveLength(1);
    expect(full.restored).toBe(0);
    expect(full.rendered).toBe(run.sizes[0]!.publish.changes.settings.rendered);
    expect(full.phasesMs.sync).toBeGreaterThan(0);
    expect(full.phasesMs.render).toBeGreaterThan(0);
    expect(run.targets.find((t) => t.target.startsWith('site-settings edit at 1,000'))?.met).toBeNull();
  });

  it('reads every page of the build: the largest HTML and how many clicks items are from the home page', () => {
    const { sitePages, build } = run.sizes[0]!;
    expect(sitePages.pages).toBeGreaterThan(30);
    expect(sitePages.pages).toBeLessThanOrEqual(build.pages);
    expect(sitePages.largest.raw).toBeGreaterThan(sitePages.largest.gzip);
    expect(sitePages.unreachableItems).toEqual([]);
    expect(sitePages.maxItemDepth).toBeGreaterThanOrEqual(1);
    expect(sitePages.maxItemDepth).toBeLessThanOrEqual(3);
  });

  it('weighs every page type as loaded in Chromium, scripts and images included', () => {
    const weights = run.sizes[0]!.pageWeights;
    expect(weights.map((w) => w.type)).toEqual([
      'home',
      'nieuwsoverzicht',
      'nieuwsbericht',
      'agenda',
      'evenement',
      'kennisagenda',
      'werkplaatsen',
      'werkplaats',
      'werkplaats: al het nieuws',
      'nieuwsarchief (jaar)',
      'agenda-archief (jaar)',
      'dossier-archief (jaar)',
      'thema',
      'dossier',
      'zoeken',
    ]);
    for (const w of weights) {
      expect(w.html.raw, w.pathname).toBeGreaterThan(1000);
      expect(w.html.gzip, w.pathname).toBeLessThan(w.html.raw);
    }
    expect(weights.find((w) => w.type === 'zoeken')!.js.raw).toBeGreaterThan(0);
    expect(weights.find((w) => w.type === 'nieuwsbericht')!.image.raw).toBeGreaterThan(0);
  });

  it('measures the search index and two queries typed in Chromium', () => {
    const { search } = run.sizes[0]!;
    expect(search.indexBytes).toBeGreaterThan(0);
    expect(search.first.results).toBeGreaterThan(0);
    expect(search.first.bytes).toBeGreaterThan(0);
    expect(search.second.query).toBe('samenwerking');
    expect(search.second.results).toBeGreaterThan(0);
  });

  it('scores pages with Lighthouse and loads the CMS list endpoint from a second process', () => {
    const { lighthouse, api } = run.sizes[0]!;
    expect(lighthouse?.map((l) => l.type)).toEqual(['home', 'nieuwsbericht']);
    for (const l of lighthouse ?? [])
      for (const score of [l.performance, l.accessibility, l['best-practices'], l.seo]) expect(score).toBeGreaterThan(0);
    expect(api?.requestsPerSecond).toBeGreaterThan(0);
    expect(api?.errors).toBe(0);
    expect(api?.non2xx).toBe(0);
  });

  it('writes JSON, an SVG chart and Markdown tables, and leaves targets of unmeasured sizes open', () => {
    expect(files.map((f) => path.basename(f))).toEqual(['bench-sqlite-smoke.json', 'bench-sqlite-smoke.svg', 'bench-sqlite-smoke.md']);
    expect(JSON.parse(readFileSync(files[0]!, 'utf8'))).toEqual(JSON.parse(JSON.stringify(run)));
    expect(readFileSync(files[1]!, 'utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<rect[\s\S]*<\/svg>\n$/);
    expect(readFileSync(files[2]!, 'utf8')).toContain('| page type | path | HTML | CSS | JS | images |');
    expect(run.targets.find((t) => t.target.startsWith('full build at 10,000'))?.met).toBeNull();
    expect(run.targets.find((t) => t.target.startsWith('content pages: 0 bytes'))?.met).not.toBeNull();
    for (const file of files) expect(existsSync(file)).toBe(true);
  });
});
