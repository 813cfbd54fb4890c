/**
 * The README cannot drift from the product: every command in its `sh` blocks is either
 * run here exactly as written (in a scratch environment: own ports, database, uploads,
 * releases and env file) or listed with the test that covers it instead. A new README
 * command fails this test until it is classified.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '@wsd/ops-lib/paths';
import { readmeCommands } from '../harness/readme.ts';
import { freePort } from '@wsd/ops-lib/free-port';

/** Commands not run here, with where they are covered; everything else in the README is run below. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'npm test': 'this is the test command itself (CI runs it)',
  'createdb -h 127.0.0.1 -U postgres wsd': 'PostgreSQL: the CMS suite on PostgreSQL and production-nginx.test.ts',
  'DATABASE_CLIENT=postgres DATABASE_URL=postgres://postgres@127.0.0.1:5432/wsd npm start':
    'npm start is run here on SQLite; PostgreSQL in production-nginx.test.ts',
  'npm run build:site': 'site/test/build (the site built from the fixture snapshot)',
  'WSD_SNAPSHOT=$PWD/.local/snapshot/snapshot.json npm run build:site': 'site/test/build builds from a snapshot',
  'npm run bench': 'bench-smoke.test.ts runs the benchmark command on the demo content',
  'npm run bench -- --sizes 0,1000': 'bench-smoke.test.ts',
  'npm run reliability': 'runs the reliability tests, which are all in the test command',
  'npm run publish:rollback': 'publishing-service.test.ts (rollback)',
};

/** Production set-up lines (sudo, systemd, a server's paths): production-nginx.test.ts runs the same npm scripts behind a real nginx. */
const isServerSetup = (command: string) =>
  /^(sudo|systemctl|git clone|cd \/srv|install |cp |ln )/.test(command) || command.includes('/etc/wsd/');

type Run = { code: number | null; output: string };

/** Runs one README line with `sh` in the repository, as a user would type it. */
function sh(command: string, env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("the README's commands, as written", () => {
  const work = mkdtempSync(path.join(tmpdir(), 'wsd-readme-'));
  const commands = readmeCommands(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  let env: NodeJS.ProcessEnv;
  let start: ChildProcess | undefined;
  let startOutput = '';

  beforeAll(async () => {
    const [port, sitePort] = [await freePort(), await freePort()];
    env = {
      ...process.env,
      CI: process.env.CI ?? '',
      WSD_ENV_FILE: path.join(work, '.env'),
      PORT: String(port),
      SITE_PORT: String(sitePort),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(work, 'data.db'),
      PUBLIC_DIR: path.join(work, 'public'),
      PUBLISH_DIR: path.join(work, 'publish'),
      PUBLISH_RECONCILE_MS: '0',
    };
  });

  afterAll(async () => {
    if (start && start.exitCode === null && start.signalCode === null) process.kill(-start.pid!, 'SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('every command is run here or covered by a named test', () => {
    const unclassified = commands.filter((c) => !(c in COVERED_ELSEWHERE) && !isServerSetup(c) && !RUN_HERE.some((r) => r.matches(c)));
    expect(unclassified, 'classify these README commands in readme-commands.test.ts').toEqual([]);
    for (const covered of Object.keys(COVERED_ELSEWHERE)) expect(commands, `"${covered}" is no longer in the README`).toContain(covered);
  });

  /** What is run here, in order; `matches` finds the README line, `run` may adapt its size. */
  const RUN_HERE: { matches: (c: string) => boolean; label: string }[] = [
    { label: 'npm start', matches: (c) => c === 'npm start' },
    { label: 'npm run seed', matches: (c) => c === 'npm run seed' },
    { label: 'npm run generate', matches: (c) => c.startsWith('npm run generate -- --count') },
    { label: 'npm run backup:export', matches: (c) => c === 'npm run backup:export' },
    { label: 'npm run backup:import', matches: (c) => c.startsWith('npm run backup:import -- backups/') },
    { label: 'npm run snapshot', matches: (c) => c === 'npm run snapshot' },
    { label: 'npm run publish:status', matches: (c) => c === 'npm run publish:status' },
    { label: 'npm run publish:rebuild', matches: (c) => c === 'npm run publish:rebuild' },
    { label: 'npm run publish:rebuild -- --full', matches: (c) => c === 'npm run publish:rebuild -- --full' },
  ];
  const line = (label: string) => commands.find((c) => RUN_HERE.find((r) => r.label === label)!.matches(c))!;

  it('npm run seed loads the demo content into an empty database, and again changes nothing', async () => {
    const first = await sh(line('npm run seed'), env);
    expect(first.code, first.output.slice(-2000)).toBe(0);
    expect(first.output).toContain('Demo content is present.');
    const again = await sh(line('npm run seed'), env);
    expect(again.code, again.output.slice(-2000)).toBe(0);
  }, 300_000);

  it('npm run generate adds synthetic entries (5 here instead of the README example size)', async () => {
    const command = line('npm run generate').replace(/--count \d+/, '--count 5');
    const result = await sh(command, env);
    expect(result.code, result.output.slice(-2000)).toBe(0);
    expect(result.output).toMatch(/Generating 5 news items/);
  }, 300_000);

  it('npm run backup:export writes an archive into backups/, and backup:import restores it into a scratch database', async () => {
    const exported = await sh(line('npm run backup:export'), env);
    expect(exported.code, exported.output.slice(-2000)).toBe(0);
    const written = /Backup written: (\S+)/.exec(exported.output)?.[1];
    expect(written).toMatch(/^backups\/wsd-\d{4}-\d{2}-\d{2}-\d{4}\.tar\.gz$/);
    const archive = path.join(ROOT, written!);
    try {
      expect(existsSync(archive)).toBe(true);
      // The README's import line names an example archive; the one just written takes its place.
      const command = line('npm run backup:import').replace(/backups\/\S+/, written!);
      const restored = await sh(command, {
        ...env,
        DATABASE_FILENAME: path.join(work, 'restored.db'),
        PUBLIC_DIR: path.join(work, 'restored-public'),
      });
      expect(restored.code, restored.output.slice(-2000)).toBe(0);
      expect(restored.output).toContain('Restored in');
    } finally {
      rmSync(archive, { force: true });
    }
  }, 400_000);

  it('npm start runs the product on the given ports, and the publishing commands reach it', async () => {
    start = spawn('sh', ['-c', line('npm start')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    start.stdout!.on('data', (chunk) => (startOutput += chunk));
    start.stderr!.on('data', (chunk) => (startOutput += chunk));
    const deadline = Date.now() + 420_000;
    while (!/Up in \d/.test(startOutput) && start.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    expect(startOutput, startOutput.slice(-3000)).toMatch(/Up in \d/);
    // Every URL between the parts followed SITE_PORT: the site, the webhook, the preview.
    expect(startOutput).toContain(`Site          http://127.0.0.1:${env.SITE_PORT}/`);
    expect(startOutput).toContain(`CMS admin     http://127.0.0.1:${env.PORT}/admin`);

    const status = await sh(line('npm run publish:status'), env);
    expect(status.code, status.output.slice(-2000)).toBe(0);
    expect(JSON.parse(status.output.slice(status.output.indexOf('{'))) as { live: string }).toMatchObject({ live: expect.any(String) });
    const rebuild = await sh(line('npm run publish:rebuild'), env);
    expect(rebuild.code, rebuild.output.slice(-2000)).toBe(0);
    expect(rebuild.output).toContain('"full": false');
    const full = await sh(line('npm run publish:rebuild -- --full'), env);
    expect(full.code, full.output.slice(-2000)).toBe(0);
    expect(full.output).toContain('"full": true');
    const snapshot = await sh(line('npm run snapshot'), { ...env, CMS_URL: `http://127.0.0.1:${env.PORT}` });
    expect(snapshot.code, snapshot.output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(ROOT, '.local', 'snapshot', 'snapshot.json'))).toBe(true);

    // Ctrl-C (SIGINT to the terminal's process group) stops everything cleanly.
    process.kill(-start.pid!, 'SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => start!.once('exit', (c, s) => resolve([c, s])));
    expect(startOutput).toContain('Stopped.');
    expect(code === 0 || signal === 'SIGINT', `exit ${code} ${signal}`).toBe(true);
    for (const port of [env.PORT, env.SITE_PORT]) {
      await expect(fetch(`http://127.0.0.1:${port}/`), `nothing listens on ${port} any more`).rejects.toThrow();
    }
  }, 600_000);
});
