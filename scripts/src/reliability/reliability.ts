/**
 * `npm run reliability`: runs the reliability tests (hostile content, headers, faults,
 * load, webhook events, production mode, data safety, access and leaks, incremental
 * publishing) at full size (30 s load, 5,000 bad webhooks, the 30-step incremental
 * oracle), collects what each one measured, prints one table and writes it to
 * bench/results/reliability.md and the README. Exits non-zero when anything did not hold.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fail, seconds, step } from '@wsd/ops-lib/log';
import { bin, CMS_DIR, LOCAL_DIR, ROOT } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';
import { replaceReadmeSection } from '@wsd/ops-lib/readme-section';
import { FINDINGS_FILE_ENV, type Finding } from '@wsd/test-harness/findings';
import { markdownReport, reportRows, textReport } from './report.ts';

const SCRIPTS_DIR = path.join(ROOT, 'scripts');
const FINDINGS_FILE = path.join(LOCAL_DIR, 'reliability', 'findings.jsonl');
const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'reliability.md');

/** The test files per package, in the order of points. */
const SUITES = [
  {
    name: 'scripts',
    dir: SCRIPTS_DIR,
    files: [
      'test/integration/hostile-content.test.ts',
      'test/nginx-config.test.ts',
      'test/integration/faults.test.ts',
      'test/integration/publishing-live.test.ts',
      'test/integration/data-safety.test.ts',
      'test/integration/incremental-oracle.test.ts',
    ],
  },
  {
    name: 'publishing',
    dir: path.join(SCRIPTS_DIR, 'publishing'),
    files: ['test/static-server.test.ts', 'test/publishing-service.test.ts', 'test/production-secrets.test.ts'],
  },
  {
    name: 'cms',
    dir: CMS_DIR,
    files: ['test/integration/postgres-restart.test.ts', 'test/integration/production-mode.test.ts', 'test/integration/security.test.ts'],
  },
];

/** Runs one package's reliability tests; returns an error line instead of throwing. */
async function runSuite(suite: (typeof SUITES)[number], env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const started = Date.now();
  step(`${suite.name}: ${suite.files.length} test files…`);
  try {
    await run(bin('vitest'), ['run', ...suite.files], { cwd: suite.dir, env, prefix: '  ' });
    step(`${suite.name}: passed in ${seconds(started)}`);
    return undefined;
  } catch {
    return `${suite.name} tests (see the output above)`;
  }
}

function readFindings(): Finding[] {
  if (!existsSync(FINDINGS_FILE)) return [];
  return readFileSync(FINDINGS_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Finding);
}

async function main() {
  const started = Date.now();
  rmSync(FINDINGS_FILE, { force: true });
  mkdirSync(path.dirname(FINDINGS_FILE), { recursive: true });
  const env = {
    ...process.env,
    [FINDINGS_FILE_ENV]: FINDINGS_FILE,
    WSD_RELIABILITY_FULL: '1',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  step(
    'Reliability report: hostile content, headers, faults, full-size load, events, production mode, data safety, access and leaks, incremental oracle (~35 min)',
  );
  const failedRuns: string[] = [];
  for (const suite of SUITES) {
    const failure = await runSuite(suite, env);
    if (failure) failedRuns.push(failure);
  }

  const rows = reportRows(readFindings());
  const context = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} cores, Node ${process.versions.node}`,
    failedRuns,
  };
  console.log(`\n${textReport(rows)}\n`);
  const markdown = markdownReport(rows, context);
  mkdirSync(path.dirname(RESULT_FILE), { recursive: true });
  writeFileSync(RESULT_FILE, `${markdown}\n`);
  replaceReadmeSection('reliability', markdown);
  const held = rows.every((r) => r.ok) && failedRuns.length === 0;
  step(
    `Reliability report in ${seconds(started)}: ${path.relative(ROOT, RESULT_FILE)} and README.md${held ? '' : ' — NOT everything held'}`,
  );
  if (!held) process.exitCode = 1;
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    fail(error instanceof Error ? error.message : String(error), 'Fix the cause above and run `npm run reliability` again.');
    process.exit(1);
  });
}
