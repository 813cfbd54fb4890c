import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFinding } from '../src/reliability/findings.ts';
import { SECURITY_HEADERS } from '../src/serve/static-server.ts';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
const nginxBlocks = [...README.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** `add_header Name "value" always;` lines → { Name: value }. */
function addHeaders(config: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, quoted, bare] of config.matchAll(/^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;/gm))
    headers[name!] = quoted ?? bare!;
  return headers;
}

describe("the README's nginx set-up", () => {
  const [server, snippet] = nginxBlocks;

  it('sends the same security headers as the publishing service, plus HSTS', () => {
    expect(nginxBlocks).toHaveLength(2);
    expect(addHeaders(snippet!)).toEqual({ ...SECURITY_HEADERS, 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' });
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
  });

  it('every location that sets its own header also includes the security headers (nginx drops inherited ones)', () => {
    const locations = [...server!.matchAll(/^\s*location [^{]+\{(.*)\}\s*$/gm)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThanOrEqual(2);
    for (const body of locations.filter((b) => b.includes('add_header')))
      expect(body).toContain('include snippets/wsd-security-headers.conf;');
    // Nothing at server level: it would silently not apply to those locations.
    expect(server!.split('\n').filter((line) => /^\s{2}add_header/.test(line))).toEqual([]);
    recordFinding({
      point: 'headers',
      tried: "README's nginx set-up: headers per location compared with the service's",
      times: locations.length,
      held: `the ${Object.keys(SECURITY_HEADERS).length} security headers and HSTS in every location that sets its own headers`,
    });
  });
});
