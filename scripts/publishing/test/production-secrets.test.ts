import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceSecretProblems } from '../src/production-secrets.ts';
import { recordFinding } from '@wsd/test-harness/findings';

describe('publishing service secrets in production', () => {
  it('names missing, example and short secrets, only in production', () => {
    expect(serviceSecretProblems({ NODE_ENV: 'production', PUBLISH_WEBHOOK_SECRET: '<generated>', SITE_API_TOKEN: 'kort' })).toEqual([
      'PUBLISH_WEBHOOK_SECRET still has an example value',
      'SITE_API_TOKEN is shorter than 16 characters',
    ]);
    expect(serviceSecretProblems({ NODE_ENV: 'production' })).toEqual(['PUBLISH_WEBHOOK_SECRET is not set', 'SITE_API_TOKEN is not set']);
    expect(serviceSecretProblems({ NODE_ENV: 'development' })).toEqual([]);
    expect(
      serviceSecretProblems({ NODE_ENV: 'production', PUBLISH_WEBHOOK_SECRET: 'x'.repeat(32), SITE_API_TOKEN: 'y'.repeat(64) }),
    ).toEqual([]);
  });

  it('the serve command refuses to start and says which variable is wrong', () => {
    const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
    const result = spawnSync(process.execPath, [cli, 'serve'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PUBLISH_WEBHOOK_SECRET: 'changeme',
        SITE_API_TOKEN: 'z'.repeat(40),
        SITE_PORT: '0',
        PUBLISH_DIR: path.join(import.meta.dirname, '.never-created'),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Refusing to start in production: PUBLISH_WEBHOOK_SECRET still has an example value/);
    recordFinding({
      point: 'production',
      tried: 'publishing service started with NODE_ENV=production and an example secret',
      times: 1,
      held: 'exit 2: "PUBLISH_WEBHOOK_SECRET still has an example value"',
    });
  });
});
