import { POINTS, type Finding, type Point } from '@wsd/test-harness/findings';

export type ReportRow = { point: string; tried: string; times: string; held: string; ok: boolean };

/** Rows in the issue's order; a point without any finding shows as not held. */
export function reportRows(findings: Finding[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const [key, label] of Object.entries(POINTS) as [Point, string][]) {
    const own = findings.filter((f) => f.point === key);
    if (own.length === 0) rows.push({ point: label, tried: '—', times: '—', held: 'NOT HELD: its test failed or did not run', ok: false });
    for (const f of own) rows.push({ point: label, tried: f.tried, times: f.times.toLocaleString('en'), held: f.held, ok: true });
  }
  return rows;
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The Markdown table the README shows, with a line saying when and where it ran. */
export function markdownReport(rows: ReportRow[], context: { date: string; machine: string; failedRuns: string[] }): string {
  const lines = [
    `Run of ${context.date} on ${context.machine}.${context.failedRuns.length ? ` **Failed: ${context.failedRuns.join('; ')}.**` : ''}`,
    '',
    '| Point | What was tried | Times | What held |',
    '|---|---|---:|---|',
    ...rows.map((r) => `| ${cell(r.point)} | ${cell(r.tried)} | ${r.times} | ${r.ok ? '' : '**'}${cell(r.held)}${r.ok ? '' : '**'} |`),
  ];
  return lines.join('\n');
}

/** The same rows for a terminal: one block per row. */
export function textReport(rows: ReportRow[]): string {
  return rows.map((r) => `${r.ok ? '✔' : '✘'} ${r.point}: ${r.tried} (×${r.times})\n    ${r.held}`).join('\n');
}
