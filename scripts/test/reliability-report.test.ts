import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FINDINGS_FILE_ENV, POINTS, recordFinding, type Finding } from '@wsd/test-harness/findings';
import { markdownReport, reportRows } from '../src/reliability/report.ts';

const finding = (point: Finding['point'], held = 'held'): Finding => ({ point, tried: `tried ${point}`, times: 1200, held });

describe('reliability report', () => {
  const saved = process.env[FINDINGS_FILE_ENV];
  afterEach(() => {
    if (saved === undefined) delete process.env[FINDINGS_FILE_ENV];
    else process.env[FINDINGS_FILE_ENV] = saved;
  });

  it('lists the points in the issue order and marks a point without findings as not held', () => {
    const rows = reportRows([finding('load'), finding('hostile'), finding('hostile', 'second')]);
    expect(rows.map((r) => r.point)).toEqual([POINTS.hostile, POINTS.hostile, ...Object.values(POINTS).slice(1)]);
    const headers = rows.find((r) => r.point === POINTS.headers)!;
    expect(headers).toMatchObject({ ok: false, held: 'NOT HELD: its test failed or did not run' });
    expect(rows.filter((r) => r.ok)).toHaveLength(3);
    expect(rows.find((r) => r.point === POINTS.load)!.times).toBe('1,200');
  });

  it('renders a Markdown table, escaping pipes, and names failed runs', () => {
    const markdown = markdownReport(reportRows([finding('events', 'a | b')]), {
      date: '2026-11-23',
      machine: '2 cores',
      failedRuns: ['cms tests'],
    });
    expect(markdown).toContain('**Failed: cms tests.**');
    expect(markdown).toContain('| 5. Webhook events | tried events | 1,200 | a \\| b |');
    expect(markdown).toContain('| 1. Hostile content | — | — | **NOT HELD: its test failed or did not run** |');
  });

  it('tests record findings only when the report command asks for them', () => {
    delete process.env[FINDINGS_FILE_ENV];
    expect(() => recordFinding(finding('data'))).not.toThrow();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-findings-')), 'findings.jsonl');
    process.env[FINDINGS_FILE_ENV] = file;
    recordFinding(finding('data'));
    recordFinding(finding('faults'));
    expect(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Finding).point),
    ).toEqual(['data', 'faults']);
  });
});
