import { afterAll, describe, expect, it } from 'vitest';
import { recordFinding } from '@wsd/test-harness/findings';
import { cspHeader, type Directives } from '../../src/middlewares/content-security-policy.ts';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';

describe('the CMS in production mode', () => {
  const databases: Database[] = [];
  let cms: CmsInstance | undefined;
  afterAll(async () => {
    await cms?.stop();
    for (const db of databases) await db.drop();
  });

  it('refuses to start with an example secret and names the variable', async () => {
    const database = await freshDatabase('sqlite');
    databases.push(database);
    const error = await startCms(database, { env: { NODE_ENV: 'production', API_TOKEN_SALT: 'tobemodified' } }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/Refusing to start in production: API_TOKEN_SALT still has an example value/);
    recordFinding({
      point: 'production',
      tried: 'CMS started with NODE_ENV=production and an example secret',
      times: 1,
      held: 'refused to start: "API_TOKEN_SALT still has an example value"',
    });
  });

  it('starts with real secrets, creates no demo users, and keeps the admin login rate limit on', async () => {
    const database = await freshDatabase('sqlite');
    databases.push(database);
    cms = await startCms(database, {
      seed: true,
      env: { NODE_ENV: 'production', DEMO_ADMIN_EMAIL: 'demo@wsd.local', DEMO_ADMIN_PASSWORD: 'Demo-wachtwoord-123' },
    });
    expect(await cms.strapi.db.query('admin::user').count()).toBe(0);
    expect(await cms.strapi.db.query('api::werkplaats.werkplaats').count()).toBe(0);
    expect(cms.strapi.config.get('admin.rateLimit')).toMatchObject({ enabled: true, max: 5 });
    recordFinding({
      point: 'production',
      tried: 'CMS in production with demo seeding asked for',
      times: 1,
      held: '0 admin users and 0 demo entries created; admin login rate limit on (5 attempts)',
    });
  });

  it('the admin and API answer with exactly the configured Content-Security-Policy', async () => {
    const response = await fetch(`${cms!.url}/admin/init`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const middlewares = cms!.strapi.config.get('middlewares') as (string | { name: string; config?: { directives?: Directives } })[];
    const configured = middlewares.find((m) => typeof m === 'object' && m.name === 'global::content-security-policy');
    const directives = (configured as { config: { directives: Directives } }).config.directives;
    // Exactly what config/middlewares.ts says: no Strapi default merged in, no https: anywhere.
    expect(csp).toBe(cspHeader(directives));
    expect(csp).not.toMatch(/https:|strapi\.io/);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    recordFinding({
      point: 'headers',
      tried: 'CSP of the CMS admin',
      times: 1,
      held: `exactly as configured (no Strapi defaults merged in): script-src ${scriptSrc}; frame-ancestors 'self'; object-src 'none'`,
    });
  });
});
