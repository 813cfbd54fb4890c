import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_DIR, ROOT } from './paths.ts';

/** A digest of the contents of every file matching the patterns (relative to ROOT). */
export function hashInputs(patterns: string[]): string {
  const hash = createHash('sha256');
  const files = [...new Set(patterns.flatMap((pattern) => globSync(pattern, { cwd: ROOT })))]
    .filter((file) => statSync(path.join(ROOT, file)).isFile())
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(ROOT, file)));
  return hash.update(process.version).digest('hex');
}

const stampFile = (name: string) => path.join(LOCAL_DIR, 'stamps', `${name}.sha256`);

/** True when the inputs changed since `markBuilt(name, digest)` or the output is missing. */
export function needsBuild(name: string, digest: string, output: string): boolean {
  if (!existsSync(output)) return true;
  return !existsSync(stampFile(name)) || readFileSync(stampFile(name), 'utf8') !== digest;
}

export function markBuilt(name: string, digest: string): void {
  mkdirSync(path.dirname(stampFile(name)), { recursive: true });
  writeFileSync(stampFile(name), digest);
}
