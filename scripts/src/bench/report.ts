import { CHANGE_KINDS, CHANGE_LABELS, type ChangeResult } from './measure-publish.ts';
import type { BenchRun, SizeResult } from './results.ts';

type Table = { title: string; head: string[]; rows: string[][] };
/** The phases of one publish: the wait for the build, then the service's own steps (index runs next to release). */
const PHASES = ['wait', 'sync', 'render', 'release', 'index', 'index-write', 'check', 'switch'];

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const sizeLabel = (s: SizeResult) => (s.size === 'demo' ? 'demo' : `${s.newsItems.toLocaleString('en')} items`);

/** The run as tables: per size, page weight and Lighthouse per page type, targets. */
export function tables(run: BenchRun): Table[] {
  const largest = run.sizes.at(-1);
  const result: Table[] = [
    {
      title: 'Build, publish-to-live, search and CMS API per data set',
      head: [
        'data set',
        'pages',
        'build s (cold / rebuild)',
        'pages/s (rebuild)',
        'peak MB (cold / rebuild)',
        'publish→live s: edit · new · unpublish · settings (median)',
        'service peak MB',
        'largest page KB (raw / gz) · item depth',
        'index KB',
        '1st query KB / ms',
        '2nd query KB / ms',
        'API req/s · p50 · p99 ms',
      ],
      rows: run.sizes.map((s) => [
        sizeLabel(s),
        String(s.build.pages),
        `${fixed(s.coldBuild.seconds)} / ${fixed(s.build.seconds)}`,
        fixed(s.build.pagesPerSecond, 0),
        `${fixed(s.coldBuild.peakMemoryMb, 0)} / ${fixed(s.build.peakMemoryMb, 0)}`,
        `${CHANGE_KINDS.map((k) => fixed(s.publish.changes[k].medianSeconds)).join(' · ')} (${s.publish.changes.new.runs.length}× each)`,
        fixed(s.publishingPeakMb, 0),
        `${kb(s.sitePages.largest.raw)} / ${kb(s.sitePages.largestGzip.gzip)} · ${s.sitePages.maxItemDepth}`,
        kb(s.search.indexBytes),
        `${kb(s.search.first.bytes)} / ${fixed(s.search.first.milliseconds, 0)}`,
        `${kb(s.search.second.bytes)} / ${fixed(s.search.second.milliseconds, 0)}`,
        s.api ? `${fixed(s.api.requestsPerSecond, 0)} · ${s.api.p50Ms} · ${s.api.p99Ms}` : '–',
      ]),
    },
  ];
  result.push({
    title: 'Where publish-to-live goes: median ms per phase of the publishing service, and pages rendered / restored from the cache',
    head: ['data set', 'change', 'live s', ...PHASES, 'rendered / restored'],
    rows: run.sizes.flatMap((s) => {
      const row = (label: string, change: ChangeResult) => [
        sizeLabel(s),
        label,
        fixed(change.medianSeconds),
        ...PHASES.map((p) => String(Math.round(change.phasesMs[p] ?? 0))),
        `${change.rendered} / ${change.restored}`,
      ];
      const full = s.publish.fullRebuild;
      return [
        ...CHANGE_KINDS.map((kind) => row(CHANGE_LABELS[kind], s.publish.changes[kind])),
        ...(full ? [row(`the same settings edit by a full rebuild (--full, ${full.runs.length}×)`, full)] : []),
      ];
    }),
  });
  if (largest) {
    result.push({
      title: `Page weight per page type (${sizeLabel(largest)}; KB raw / gzipped, as a phone loads it)`,
      head: ['page type', 'path', 'HTML', 'CSS', 'JS', 'images'],
      rows: largest.pageWeights.map((w) => [
        w.type,
        w.pathname,
        `${kb(w.html.raw)} / ${kb(w.html.gzip)}`,
        `${kb(w.css.raw)} / ${kb(w.css.gzip)}`,
        `${kb(w.js.raw)} / ${kb(w.js.gzip)}`,
        kb(w.image.raw),
      ]),
    });
  }
  const lighthouse = run.sizes.find((s) => s.lighthouse?.length);
  if (lighthouse?.lighthouse) {
    result.push({
      title: `Lighthouse, mobile (${sizeLabel(lighthouse)})`,
      head: ['page type', 'performance', 'accessibility', 'best practices', 'SEO'],
      rows: lighthouse.lighthouse.map((l) => [
        l.type,
        String(l.performance),
        String(l.accessibility),
        String(l['best-practices']),
        String(l.seo),
      ]),
    });
  }
  result.push({
    title: 'Targets',
    head: ['target', 'measured', 'met'],
    rows: run.targets.map((t) => [t.target, t.measured, t.met === null ? '–' : t.met ? 'yes' : 'NO']),
  });
  return result;
}

/** Plain-text tables for the terminal. */
export function textReport(run: BenchRun): string {
  return tables(run)
    .map((table) => {
      const widths = table.head.map((h, i) => Math.max(h.length, ...table.rows.map((r) => r[i]!.length)));
      const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
      return [table.title, line(table.head), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
    })
    .join('\n\n');
}

/** Markdown tables for the README. */
export function markdownReport(run: BenchRun): string {
  const intro =
    `Run of ${run.startedAt.slice(0, 10)} on ${run.machine.cpus} cores, ${run.machine.memoryGb} GB, Node ${run.machine.node}, ` +
    `${run.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}${run.smoke ? ' (smoke run)' : ''}.`;
  const body = tables(run).map((table) =>
    [
      `**${table.title}**`,
      '',
      `| ${table.head.join(' | ')} |`,
      `|${table.head.map(() => ' --- ').join('|')}|`,
      ...table.rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n'),
  );
  return [intro, ...body].join('\n\n');
}

/** A bar chart (SVG) of build and publish-to-live seconds per data set. */
export function chartSvg(run: BenchRun): string {
  const series = [
    { label: 'full build, caches warm (s)', color: '#1d4f91', value: (s: SizeResult) => s.build.seconds },
    { label: 'new item live, median (s)', color: '#c0511a', value: (s: SizeResult) => s.publish.changes.new.medianSeconds },
    { label: 'site settings live, median (s)', color: '#6b8e23', value: (s: SizeResult) => s.publish.changes.settings.medianSeconds },
  ];
  const max = Math.max(1, ...run.sizes.flatMap((s) => series.map((x) => x.value(s))));
  const group = 40 + series.length * 50;
  const width = 120 + run.sizes.length * group;
  const height = 300;
  const plot = { top: 40, bottom: 250 };
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / max;
  const bars = run.sizes.flatMap((s, i) =>
    series.map((x, j) => {
      const v = x.value(s);
      const left = 80 + i * group + j * 50;
      return (
        `<rect x="${left}" y="${y(v).toFixed(1)}" width="44" height="${(plot.bottom - y(v)).toFixed(1)}" fill="${x.color}"/>` +
        `<text x="${left + 22}" y="${(y(v) - 4).toFixed(1)}" text-anchor="middle">${v.toFixed(1)}</text>`
      );
    }),
  );
  const labels = run.sizes.map(
    (s, i) => `<text x="${80 + i * group + (series.length * 50) / 2}" y="${plot.bottom + 18}" text-anchor="middle">${sizeLabel(s)}</text>`,
  );
  const legend = series.map(
    (x, j) =>
      `<rect x="${80 + j * 230}" y="12" width="12" height="12" fill="${x.color}"/><text x="${96 + j * 230}" y="22">${x.label}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img" aria-label="Build and publish-to-live time per data set">`,
    `<line x1="70" y1="${plot.bottom}" x2="${width - 10}" y2="${plot.bottom}" stroke="#888"/>`,
    ...legend,
    ...bars,
    ...labels,
    '</svg>',
  ].join('\n');
}
