import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFinding } from '@wsd/test-harness/findings';
import { SECURITY_HEADERS } from '@wsd/publishing/serve/static-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const SITE_CONFIG = readFileSync(path.join(ROOT, 'deploy/nginx/wsd.conf'), 'utf8');
const SNIPPET = readFileSync(path.join(ROOT, 'deploy/nginx/wsd-security-headers.conf'), 'utf8');
const readmeNginxBlocks = [...README.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** `add_header Name "value" always;` lines → { Name: value }. */
function addHeaders(config: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, quoted, bare] of config.matchAll(/^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;/gm))
    headers[name!] = quoted ?? bare!;
  return headers;
}

/** The body of every `location … { … }` block (they hold no nested blocks). */
const locations = (config: string) => [...config.matchAll(/^\s*location [^{]+\{([^}]*)\}/gm)].map((m) => m[1]!);

describe('the nginx set-up (deploy/nginx/, shown in the README)', () => {
  it('sends the same security headers as the publishing service, plus HSTS; the README shows the committed snippet', () => {
    expect(addHeaders(SNIPPET)).toEqual({ ...SECURITY_HEADERS, 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' });
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(readmeNginxBlocks).toEqual([SNIPPET]);
  });

  it('every location that sets its own header also includes the security headers (nginx drops inherited ones)', () => {
    const withHeaders = locations(SITE_CONFIG).filter((body) => body.includes('add_header'));
    expect(withHeaders.length).toBeGreaterThanOrEqual(2);
    for (const body of withHeaders) expect(body).toContain('include snippets/wsd-security-headers.conf;');
    // Nothing at server level: it would silently not apply to those locations.
    expect(SITE_CONFIG.split('\n').filter((line) => /^\s{2}add_header/.test(line))).toEqual([]);
    recordFinding({
      point: 'headers',
      tried: "deploy/nginx/wsd.conf: headers per location compared with the service's",
      times: withHeaders.length,
      held: `the ${Object.keys(SECURITY_HEADERS).length} security headers and HSTS in every location that sets its own headers`,
    });
  });

  it('keeps the service status and commands and the first-administrator form off the public side', () => {
    for (const internal of [
      'location = /status',
      'location = /healthz',
      'location /admin/',
      'location = /admin/register-admin',
      'location = /_health',
    ]) {
      expect(SITE_CONFIG).toMatch(new RegExp(`${internal.replaceAll('/', '\\/')} \\{\\s*return 404;`));
    }
  });
});
