import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ensureLocalEnv } from '@wsd/ops-lib/env/local-env';

const EXAMPLE = [
  '# comment',
  'HOST=127.0.0.1',
  'APP_KEYS=<generated>',
  'ADMIN_JWT_SECRET=<generated>',
  'DEMO_ADMIN_PASSWORD=<generated>',
  '',
].join('\n');

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-env-'));
  const example = path.join(dir, '.env.example');
  const target = path.join(dir, '.env');
  writeFileSync(example, EXAMPLE);
  return { example, target, read: () => parseEnv(readFileSync(target, 'utf8')) };
}

describe('ensureLocalEnv', () => {
  it('generates every <generated> secret on the first run, privately', () => {
    const { example, target, read } = setup();
    expect(ensureLocalEnv(example, target)).toEqual(['APP_KEYS', 'ADMIN_JWT_SECRET', 'DEMO_ADMIN_PASSWORD']);
    const env = read();
    expect(env.HOST).toBe('127.0.0.1');
    expect(env.APP_KEYS?.split(',')).toHaveLength(4);
    expect(env.ADMIN_JWT_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(env.DEMO_ADMIN_PASSWORD).not.toBe('<generated>');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('keeps existing values and generates nothing on later runs', () => {
    const { example, target, read } = setup();
    ensureLocalEnv(example, target);
    const first = read();
    expect(ensureLocalEnv(example, target)).toEqual([]);
    expect(read()).toEqual(first);
  });

  it('adds variables that are new in the example and keeps local additions', () => {
    const { example, target, read } = setup();
    ensureLocalEnv(example, target);
    writeFileSync(target, `${readFileSync(target, 'utf8')}\nMY_OWN=1\n`);
    writeFileSync(example, `${EXAMPLE}NEW_SECRET=<generated>\n`);
    expect(ensureLocalEnv(example, target)).toEqual(['NEW_SECRET']);
    expect(read().MY_OWN).toBe('1');
  });
});
