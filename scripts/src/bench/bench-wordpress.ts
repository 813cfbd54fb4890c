/**
 * `npm run bench -- --wordpress`: the WordPress importer at size. Imports a generated
 * export of 1,000 posts into a fresh demo CMS on SQLite with the importer's own command
 * (time and peak memory of that process), and reads a generated 100 MB export without a
 * CMS (peak memory of both passes). Writes bench/results/wordpress-import.md and its README
 * table; targets: 1,000 posts ≤ 60 s, ≤ 512 MB, and a 100 MB export within 512 MB.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@wsd/ops-lib/free-port';
import { detail, seconds, step } from '@wsd/ops-lib/log';
import { ROOT } from '@wsd/ops-lib/paths';
import { replaceReadmeSection } from '@wsd/ops-lib/readme-section';
import { generateExport } from '../wordpress/generate-export.ts';
import type { ImportReport } from '../wordpress/report.ts';
import { startBenchCms } from './bench-cms.ts';
import type { ReadMeasurement } from './measure-wordpress-read.ts';
import { sampleTreeMemory } from './memory-sampler.ts';

const RESULT_FILE = path.join(ROOT, 'bench', 'results', 'wordpress-import.md');
const POSTS = 1000;
const LARGE_EXPORT_POSTS = 40_000;

type Child = { code: number | null; output: string; peakMb: number; seconds: number };

/** Runs a Node script as a child, sampling its memory; resolves with its exit code and output. */
function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<Child> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = sampleTreeMemory(child.pid!, 50);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output, peakMb: memory.stop() / 2 ** 20, seconds: (Date.now() - started) / 1000 }));
  });
}

async function importIntoCms(work: string) {
  const file = path.join(work, 'export-1000.xml');
  await generateExport(file, POSTS);
  step(`WordPress import: a fresh demo CMS on SQLite, then ${POSTS} posts (${(statSync(file).size / 2 ** 20).toFixed(1)} MB export)…`);
  const cms = await startBenchCms({
    count: 0,
    database: 'sqlite',
    port: await freePort(),
    webhookUrl: `http://127.0.0.1:${await freePort()}/hooks/strapi`,
  });
  try {
    const reportFile = path.join(work, 'report.json');
    const result = await runNode(['scripts/src/wordpress/cli.ts', file, '--werkplaats', 'Utrecht', '--report', reportFile], {
      ...process.env,
      CMS_URL: cms.url,
      WSD_IMPORT_EMAIL: cms.env.DEMO_ADMIN_EMAIL,
      WSD_IMPORT_PASSWORD: cms.env.DEMO_ADMIN_PASSWORD,
      PUBLISH_DIR: path.join(work, 'publish'),
    });
    if (result.code !== 0) throw new Error(`the import failed (exit ${result.code}):\n${result.output.slice(-2000)}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ImportReport;
    detail(`${report.imported.length} entries in ${result.seconds.toFixed(1)} s, peak ${result.peakMb.toFixed(0)} MB`);
    return { ...result, entries: report.imported.length, drafts: report.drafts.length, redirects: report.redirects };
  } finally {
    await cms.stop();
  }
}

async function readLargeExport(work: string) {
  const file = path.join(work, 'export-large.xml');
  await generateExport(file, LARGE_EXPORT_POSTS, { paragraphs: 8 });
  const megabytes = statSync(file).size / 2 ** 20;
  step(`WordPress import: reading and converting a ${megabytes.toFixed(0)} MB export (${LARGE_EXPORT_POSTS} posts) without a CMS…`);
  const result = await runNode(['scripts/src/bench/measure-wordpress-read.ts', file], process.env);
  if (result.code !== 0) throw new Error(`reading the large export failed:\n${result.output.slice(-2000)}`);
  const measured = JSON.parse(result.output.trim().split('\n').at(-1)!) as ReadMeasurement;
  detail(`${measured.posts} posts in ${(measured.milliseconds / 1000).toFixed(1)} s, peak ${measured.peakRssMb} MB`);
  return { ...measured, megabytes };
}

export async function benchWordpress(): Promise<void> {
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), 'wsd-bench-wordpress-'));
  try {
    const imported = await importIntoCms(work);
    const large = await readLargeExport(work);
    const rows = [
      [
        'import of 1,000 posts into the CMS (SQLite) ≤ 60 s',
        `${imported.seconds.toFixed(1)} s (${imported.entries} entries, ${imported.drafts} drafts, ${imported.redirects} redirects)`,
        imported.seconds <= 60,
      ],
      ['importer peak memory for 1,000 posts ≤ 512 MB', `${imported.peakMb.toFixed(0)} MB`, imported.peakMb <= 512],
      [
        `reading a ${large.megabytes.toFixed(0)} MB export within 512 MB`,
        `${large.peakRssMb} MB peak, ${(large.milliseconds / 1000).toFixed(1)} s for ${large.posts} posts`,
        large.peakRssMb <= 512,
      ],
    ] as const;
    const markdown = [
      `Run of ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores, Node ${process.versions.node}.`,
      '',
      '| target | measured | met |',
      '| --- | --- | --- |',
      ...rows.map(([target, measured, met]) => `| ${target} | ${measured} | ${met ? 'yes' : 'NO'} |`),
    ].join('\n');
    writeFileSync(RESULT_FILE, `${markdown}\n`);
    replaceReadmeSection('wordpress-bench', markdown);
    console.log(`\n${markdown}\n`);
    step(`WordPress benchmark done in ${seconds(started)}; wrote ${path.relative(ROOT, RESULT_FILE)} and README.md`);
    if (rows.some(([, , met]) => !met)) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
