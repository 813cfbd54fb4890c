import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

export const GENERATED = '<generated>';

/** A fresh secret for one variable; APP_KEYS is a list of four. */
export function generateSecret(name: string): string {
  if (name === 'APP_KEYS') return Array.from({ length: 4 }, () => randomBytes(16).toString('base64')).join(',');
  if (name.endsWith('_PASSWORD')) return `Wsd-${randomBytes(9).toString('base64url')}1`;
  return randomBytes(32).toString('hex');
}

/**
 * Writes `target` from `example`: keeps every value already in `target`, adds variables
 * that are new in the example, and fills `<generated>` placeholders with fresh secrets.
 * Returns the names of the variables it generated.
 */
export function ensureLocalEnv(example: string, target: string): string[] {
  const current = existsSync(target) ? parseEnv(readFileSync(target, 'utf8')) : {};
  const generated: string[] = [];
  const lines = readFileSync(example, 'utf8')
    .split('\n')
    .map((line) => {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (!match) return line;
      const [, name, value] = match as unknown as [string, string, string];
      if (current[name] !== undefined && current[name] !== GENERATED) return `${name}=${quote(current[name])}`;
      if (value !== GENERATED) return line;
      generated.push(name);
      return `${name}=${quote(generateSecret(name))}`;
    });
  const known = new Set(lines.map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1]).filter(Boolean));
  const extra = Object.entries(current).filter((entry): entry is [string, string] => !known.has(entry[0]) && entry[1] !== undefined);
  if (extra.length > 0) lines.push('', '# Local additions', ...extra.map(([n, v]) => `${n}=${quote(v)}`));
  writeFileSync(target, lines.join('\n'), { mode: 0o600 });
  return generated;
}

function quote(value: string): string {
  return /[\s#"'=]/.test(value) ? JSON.stringify(value) : value;
}

/** Reads an env file into an object (no side effects on process.env). */
export function readEnvFile(file: string): Record<string, string> {
  return existsSync(file) ? (parseEnv(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}
