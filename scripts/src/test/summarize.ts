import { existsSync, readFileSync } from 'node:fs';

/** Counts of one step of the test command. */
export type StepResult = { name: string; passed: number; failed: number; skipped: number; durationMs: number; error?: string };

type VitestJson = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  numTotalTestSuites?: number;
  numFailedTestSuites?: number;
};

/**
 * Reads vitest's JSON report. A file that failed to load (a suite error) counts as one
 * failure, so a broken test file can never pass silently; a missing report is a failure.
 */
export function countsFromVitestReport(file: string): Pick<StepResult, 'passed' | 'failed' | 'skipped'> {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson & { testResults?: { status: string; assertionResults: unknown[] }[] };
  const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

/** The closing line CI reads: "N passed, N failed" (and skipped when there are any). */
export function summaryLine(results: StepResult[]): string {
  const total = (key: 'passed' | 'failed' | 'skipped') => results.reduce((sum, r) => sum + r[key], 0);
  const skipped = total('skipped');
  return `${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
