/**
 * `pnpm bench`: measures build, publish-to-live, page weight, search, Lighthouse and the
 * CMS API on fresh data sets, prints tables and writes JSON, SVG and Markdown.
 *   pnpm bench                          demo content, 1,000 and 10,000 news items (SQLite)
 *   pnpm bench --sizes 0,1000           chosen sizes (0 = demo content only)
 *   pnpm bench --postgres               on a fresh PostgreSQL database instead
 *   pnpm bench --smoke --out <dir>      demo content only, quick (the test command runs this)
 *   pnpm bench --wordpress              the WordPress importer only: 1,000 posts into a CMS, a 100 MB export
 *   pnpm bench --report-only            re-render the tables from bench/results/ (after a report change)
 * Full runs write bench/results/ and the table between the README's bench markers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchWordpress } from './bench-wordpress.ts';
import { fail, seconds, step } from '@wsd/ops-lib/log';
import { ROOT } from '@wsd/ops-lib/paths';
import { README, replaceReadmeSection } from '@wsd/ops-lib/readme-section';
import { chartSvg, markdownReport, textReport } from './report.ts';
import { runBenchmarks } from './run-benchmarks.ts';
import type { BenchRun } from './results.ts';

const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** Writes the run as JSON, SVG and Markdown into `dir`. */
export function writeResults(run: BenchRun, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `bench-${run.database}${run.smoke ? '-smoke' : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(`${base}.svg`, `${chartSvg(run)}\n`);
  writeFileSync(`${base}.md`, `${markdownReport(run)}\n`);
  return [`${base}.json`, `${base}.svg`, `${base}.md`];
}

/** Replaces the README's bench section with the latest tables and the chart. */
function updateReadme(run: BenchRun, chart: string): void {
  replaceReadmeSection('bench', `${markdownReport(run)}\n\n![Build and publish-to-live time per data set](${chart})`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '0,1000,10000' },
      postgres: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS_DIR },
      'report-only': { type: 'boolean', default: false },
      wordpress: { type: 'boolean', default: false },
    },
  });
  if (values.wordpress) return benchWordpress();
  if (values['report-only']) {
    const file = path.join(RESULTS_DIR, `bench-${values.postgres ? 'postgres' : 'sqlite'}.json`);
    const run = JSON.parse(readFileSync(file, 'utf8')) as BenchRun;
    const files = writeResults(run, path.dirname(file));
    updateReadme(run, path.relative(ROOT, files[1]!));
    step(`Re-rendered ${files.map((f) => path.relative(ROOT, f)).join(', ')} and README.md from ${path.relative(ROOT, file)}`);
    return;
  }
  const sizes = values.smoke ? [0] : values.sizes.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 0 || n > 20000)) {
    throw new Error(`--sizes takes whole numbers from 0 to 20000, e.g. 0,1000,10000 (got "${values.sizes}")`);
  }
  const started = Date.now();
  const run = await runBenchmarks({ sizes, database: values.postgres ? 'postgres' : 'sqlite', smoke: values.smoke });
  console.log(`\n${textReport(run)}\n`);
  const files = writeResults(run, values.out);
  if (!values.smoke && path.resolve(values.out) === RESULTS_DIR) {
    updateReadme(run, path.relative(ROOT, files[1]!));
    files.push(README);
    // The importer's numbers belong to a full run too; `--wordpress` runs them alone.
    await benchWordpress();
  }
  step(`Benchmarks done in ${seconds(started)}; wrote ${files.map((f) => path.relative(ROOT, f)).join(', ')}`);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    fail(error instanceof Error ? error.message : String(error), 'Fix the cause above and run `pnpm bench` again; nothing was written.');
    process.exit(1);
  });
}
