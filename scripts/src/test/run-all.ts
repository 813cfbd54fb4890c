/**
 * `npm test`: every check of every package, in order, then one closing line
 * "N passed, N failed". Exits non-zero when anything failed. Each package's vitest run
 * writes a JSON report under .local/test-results/ that is counted here.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { detail, fail, seconds, step } from '@wsd/ops-lib/log';
import { bin, LOCAL_DIR, ROOT } from '@wsd/ops-lib/paths';
import { run } from '@wsd/ops-lib/processes';
import { countsFromVitestReport, summaryLine, type StepResult } from './summarize.ts';

const RESULTS_DIR = path.join(LOCAL_DIR, 'test-results');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  ASTRO_TELEMETRY_DISABLED: '1',
  FORCE_COLOR: process.stdout.isTTY ? '1' : '0',
};

/** A check that passes or fails as a whole (typecheck, lint): counted as one test. */
async function check(name: string, command: string, args: string[], cwd = ROOT): Promise<StepResult> {
  const started = Date.now();
  step(`${name}…`);
  try {
    await run(command, args, { cwd, env, prefix: '  ' });
    return { name, passed: 1, failed: 0, skipped: 0, durationMs: Date.now() - started };
  } catch (error) {
    return { name, passed: 0, failed: 1, skipped: 0, durationMs: Date.now() - started, error: String(error) };
  }
}

/** One package's vitest suite, counted test by test. */
async function vitest(name: string, packageDir: string, description: string): Promise<StepResult> {
  const started = Date.now();
  const report = path.join(RESULTS_DIR, `${name}.json`);
  step(`${description}…`);
  let error: string | undefined;
  try {
    await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: path.join(ROOT, packageDir),
      env,
      prefix: '  ',
    });
  } catch (e) {
    error = String(e);
  }
  const counts = countsFromVitestReport(report);
  // vitest also fails on unhandled errors outside any test: that must never pass silently.
  if (error && counts.failed === 0) counts.failed = 1;
  return { name, ...counts, durationMs: Date.now() - started, ...(error ? { error } : {}) };
}

/** CI must prove the workspace ran on the Node 24 toolchain, not the machine's Node 20. */
async function nodeVersionCheck(): Promise<StepResult> {
  const major = Number(process.versions.node.split('.')[0]);
  const required = process.env.CI ? major === 24 : major >= 22;
  step(`Runtime: Node ${process.version}${process.env.CI ? ' (CI requires Node 24)' : ''}`);
  return {
    name: 'Node runtime',
    passed: required ? 1 : 0,
    failed: required ? 0 : 1,
    skipped: 0,
    durationMs: 0,
    ...(required ? {} : { error: `ran on Node ${process.version}` }),
  };
}

const STEPS: (() => Promise<StepResult>)[] = [
  nodeVersionCheck,
  () => check('Typecheck (all packages)', 'pnpm', ['-r', 'typecheck']),
  () => check('Lint and format', 'pnpm', ['run', 'lint']),
  () => vitest('shared-types', 'shared-types', 'shared-types: schemas and drift against the CMS schema files'),
  () =>
    vitest(
      'publishing',
      'scripts/publishing',
      'publishing: the publishing service with fake and real builders, releases, warm search index, webhook and HTTP hardening',
    ),
  () =>
    vitest(
      'scripts',
      'scripts',
      'scripts: operational tools, live publishing and load, reliability (hostile content, faults, backup/restore), admin e2e in Chromium (builds the admin panel once), benchmark smoke run (~10 min)',
    ),
  () => vitest('cms', 'cms', 'cms: integration tests on SQLite and PostgreSQL (boots Strapi, ~3 min)'),
  () => vitest('site', 'site', 'site: loader and renderer units, fixture build checks, Chromium e2e with axe, live-CMS build (~2 min)'),
];

async function main() {
  const started = Date.now();
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const results: StepResult[] = [];
  for (const runStep of STEPS) {
    const result = await runStep();
    results.push(result);
    detail(`${result.name}: ${result.passed} passed, ${result.failed} failed in ${seconds(Date.now() - result.durationMs)}`);
  }
  const failedSteps = results.filter((r) => r.failed > 0);
  console.log('');
  for (const r of failedSteps) fail(`${r.name} failed`, r.error?.split('\n')[0]);
  step(`All checks done in ${seconds(started)}.`);
  console.log(summaryLine(results));
  process.exit(failedSteps.length > 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  fail(String(error), 'This is a bug in the test runner itself.');
  console.log('0 passed, 1 failed');
  process.exit(1);
});
