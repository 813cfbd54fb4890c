import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countsFromVitestReport, summaryLine } from '../src/test/summarize.ts';

const report = (content: object) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-report-')), 'r.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
};

describe('test summary', () => {
  it('counts passed, failed and skipped tests', () => {
    const file = report({ numPassedTests: 5, numFailedTests: 1, numPendingTests: 2, testResults: [] });
    expect(countsFromVitestReport(file)).toEqual({ passed: 5, failed: 1, skipped: 2 });
  });

  it('counts a test file that failed to load as a failure', () => {
    const file = report({
      numPassedTests: 3,
      numFailedTests: 0,
      numPendingTests: 0,
      testResults: [{ status: 'failed', assertionResults: [] }],
    });
    expect(countsFromVitestReport(file).failed).toBe(1);
  });

  it('counts a missing report as a failure', () => {
    expect(countsFromVitestReport('/nonexistent/report.json')).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('prints the closing line CI reads', () => {
    const results = [
      { name: 'a', passed: 3, failed: 0, skipped: 0, durationMs: 1 },
      { name: 'b', passed: 2, failed: 1, skipped: 0, durationMs: 1 },
    ];
    expect(summaryLine(results)).toBe('5 passed, 1 failed');
    expect(summaryLine([...results, { name: 'c', passed: 0, failed: 0, skipped: 4, durationMs: 1 }])).toBe('5 passed, 1 failed, 4 skipped');
  });
});
