import { spawn } from 'node:child_process';
import path from 'node:path';

export const SITE_DIR = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_SNAPSHOT = path.join(SITE_DIR, 'test', 'fixtures', 'snapshot', 'snapshot.json');
const ASTRO = path.join(SITE_DIR, '..', 'node_modules', '.bin', 'astro');

/** Runs `astro build` into `outDir` with the given environment; rejects with its output on failure. */
export function buildSite(outDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(ASTRO, ['build'], {
      cwd: SITE_DIR,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_OUT_DIR: outDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
