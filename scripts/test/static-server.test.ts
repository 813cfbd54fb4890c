import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFinding } from '../src/reliability/findings.ts';
import { serveStatic } from '../src/serve/static-server.ts';

describe('static server', () => {
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wsd-static-'));
    mkdirSync(path.join(root, 'nieuws'));
    mkdirSync(path.join(root, '_astro'));
    writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(path.join(root, 'nieuws', 'index.html'), '<h1>Nieuws</h1>');
    writeFileSync(path.join(root, '404.html'), '<h1>Pagina niet gevonden</h1>');
    writeFileSync(path.join(root, '_astro', 'a.1234.css'), 'body{}');
    writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'geheim');
    site = await serveStatic(root);
  });
  afterAll(() => site.close());

  it('serves pages with the right type, revalidated, with security headers', async () => {
    const response = await fetch(`${site.url}/nieuws/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(await response.text()).toBe('<h1>Nieuws</h1>');
    recordFinding({
      point: 'headers',
      tried: 'headers of the served site (publishing service)',
      times: 1,
      held: `CSP with script-src ${scriptSrc} (no 'unsafe-inline'), nosniff, Referrer-Policy, Permissions-Policy`,
    });
  });

  it('caches fingerprinted assets for a year', async () => {
    const response = await fetch(`${site.url}/_astro/a.1234.css`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects a directory without trailing slash', async () => {
    const response = await fetch(`${site.url}/nieuws`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/nieuws/');
  });

  it('answers unknown paths with the 404 page and never leaves the root', async () => {
    const missing = await fetch(`${site.url}/bestaat-niet/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Pagina niet gevonden');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await fetch(`${site.url}${attempt}`);
      expect(await response.text()).not.toContain('geheim');
    }
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${site.url}/`, { method: 'POST' })).status).toBe(405);
  });
});
