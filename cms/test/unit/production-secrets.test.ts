import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, productionSecretProblems, REQUIRED_SECRETS } from '../../src/security/production-secrets.ts';

const good = Object.fromEntries(
  REQUIRED_SECRETS.map((name) => [name, name === 'APP_KEYS' ? 'a'.repeat(24) + ',' + 'b'.repeat(24) : 'x'.repeat(32)]),
);

describe('production secrets', () => {
  it('accepts real values', () => {
    expect(productionSecretProblems(good)).toEqual([]);
  });
  it('names every missing, example or short secret', () => {
    const env = {
      ...good,
      ADMIN_JWT_SECRET: undefined,
      API_TOKEN_SALT: 'tobemodified',
      APP_KEYS: 'toBeModified1,toBeModified2',
      JWT_SECRET: 'kort',
      SITE_API_TOKEN: '<generated>',
    };
    expect(productionSecretProblems(env)).toEqual([
      'APP_KEYS still has an example value',
      'API_TOKEN_SALT still has an example value',
      'ADMIN_JWT_SECRET is not set',
      'JWT_SECRET is shorter than 16 characters',
      'SITE_API_TOKEN still has an example value',
    ]);
  });
  it('asks for the preview and webhook secrets only when those parts are switched on', () => {
    expect(productionSecretProblems({ ...good, PREVIEW_URL: '', PUBLISH_WEBHOOK_URL: '' })).toEqual([]);
    expect(productionSecretProblems({ ...good, PREVIEW_URL: 'https://wsd.example' })).toEqual([
      'PREVIEW_API_TOKEN is not set',
      'PREVIEW_SECRET is not set',
    ]);
    expect(
      productionSecretProblems({ ...good, PUBLISH_WEBHOOK_URL: 'http://127.0.0.1:4321/hooks/strapi', PUBLISH_WEBHOOK_SECRET: 'changeme' }),
    ).toEqual(['PUBLISH_WEBHOOK_SECRET still has an example value']);
  });
  it('only enforces in production', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...good, ENCRYPTION_KEY: '' })).toThrow(
      /Refusing to start in production: ENCRYPTION_KEY is not set/,
    );
  });
});
