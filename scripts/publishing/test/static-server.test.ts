import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFinding } from '@wsd/test-harness/findings';
import { createHardenedServer } from '../src/serve/hardened-server.ts';
import { serveStatic } from '../src/serve/static-server.ts';

/** Sends a raw request line (fetch would normalise the path) and returns the response head. */
function rawRequest(url: string, target: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let head = '';
    socket.on('data', (chunk) => (head += chunk.toString('latin1')));
    socket.on('end', () => resolve(head.split('\r\n\r\n')[0]!));
    socket.on('error', reject);
  });
}

/** Opens a socket and trickles one header line every `everyMs`; resolves with how long the server kept it open. */
function trickle(port: number, everyMs: number, giveUpMs: number): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GET / HTTP/1.1\r\nHost: x\r\n'));
    const timer = setInterval(() => socket.write(`X-Trickle-${Date.now()}: 1\r\n`), everyMs);
    const done = () => {
      clearInterval(timer);
      socket.destroy();
      resolve(Date.now() - started);
    };
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(done, giveUpMs);
  });
}

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

  it('never redirects to another host, whatever the raw path', async () => {
    const attempts = [
      '/.//evil.example/..%2f',
      '//evil.example/nieuws',
      '/%2f%2fevil.example/..%2fnieuws',
      '/\\evil.example/..%2fnieuws',
      '/./nieuws',
    ];
    const locations: string[] = [];
    for (const target of attempts) {
      const head = await rawRequest(site.url, target);
      const location = /\r\nlocation: ([^\r]*)/i.exec(head)?.[1];
      if (location) locations.push(location);
    }
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location).toMatch(/^\/(?![/\\])/);
    recordFinding({
      point: 'access',
      tried: 'open redirect: raw request paths like /.//evil.example/..%2f on the static server',
      times: attempts.length,
      held: `${locations.length} redirects, every Location a same-origin path (${[...new Set(locations)].join(', ')}); 0 to another host`,
    });
  });

  it('cuts off a client that trickles its headers, and caps connections per client', async () => {
    const server = createHardenedServer((_req, res) => res.end('ok'), {
      headersTimeoutMs: 1000,
      requestTimeoutMs: 2000,
      keepAliveTimeoutMs: 500,
      maxConnectionsPerClient: 3,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const heldMs = await trickle(port, 300, 10_000);
      expect(heldMs).toBeLessThan(4000);
      const sockets = Array.from({ length: 5 }, () => connect(port, '127.0.0.1'));
      const closed = await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<boolean>((resolve) => {
              socket.on('close', () => resolve(true));
              setTimeout(() => resolve(false), 700);
            }),
        ),
      );
      for (const socket of sockets) socket.destroy();
      expect(closed.filter(Boolean)).toHaveLength(2);
      recordFinding({
        point: 'access',
        tried: 'slow client trickling a header line every 300 ms; 5 connections from one address with a cap of 3',
        times: 6,
        held: `trickler cut off after ${(heldMs / 1000).toFixed(1)} s (head timeout 1 s); 2 of 5 connections refused`,
      });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses other methods', async () => {
    expect((await fetch(`${site.url}/`, { method: 'POST' })).status).toBe(405);
  });
});
