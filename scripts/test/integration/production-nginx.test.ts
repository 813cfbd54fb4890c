/**
 * Production as the README's "Deploying to production" describes it, end to end on this
 * machine: `npm run build:prod`, `npm run admin:create`, the CMS (`npm run start:cms`, on
 * PostgreSQL) and the publishing service (`npm run start:publishing`), both with
 * NODE_ENV=production and an environment file, behind Debian's nginx running the committed
 * deploy/nginx/wsd.conf (only listen ports, host names, paths and TLS lines adapted to
 * loopback). Everything below is asked through nginx, as a visitor or editor would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, dropTestDatabase, PG_ADMIN_URL } from '@wsd/test-harness/postgres';
import { ROOT } from '@wsd/ops-lib/paths';
import { waitForUrl } from '@wsd/ops-lib/wait-for';
import { SECURITY_HEADERS } from '@wsd/publishing/serve/static-server';
import { freePort } from '@wsd/ops-lib/free-port';

const SITE_HOST = 'wsd.test';
const CMS_HOST = 'cms.wsd.test';
const NEWS = 'api::nieuwsbericht.nieuwsbericht';

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One request to nginx on loopback with a Host header (what a browser sends for the real domain). */
function viaNginx(
  port: number,
  host: string,
  pathname: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers: { Host: host, ...init.headers } },
      (res) => {
        let body = '';
        res.setEncoding('latin1');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** deploy/nginx/wsd.conf for loopback: plain-HTTP ports instead of 80/443 with TLS, test host names, this run's paths and ports. */
function loopbackConfig(
  config: string,
  p: { http: number; https: number; cms: number; site: number; current: string; snippets: string },
): string {
  return config
    .replaceAll('cms.werkplaatsensociaaldomein.nl', CMS_HOST)
    .replaceAll('werkplaatsensociaaldomein.nl', SITE_HOST)
    .replace(/^\s*listen \[::\].*\n/gm, '')
    .replace(/^\s*ssl_certificate.*\n/gm, '')
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${p.https};`)
    .replaceAll('listen 80;', `listen 127.0.0.1:${p.http};`)
    .replaceAll('/srv/wsd/.local/publish/redirects', path.join(path.dirname(p.current), 'redirects'))
    .replaceAll('/srv/wsd/.local/publish/current', p.current)
    .replaceAll('server 127.0.0.1:1337;', `server 127.0.0.1:${p.cms};`)
    .replaceAll('server 127.0.0.1:4321;', `server 127.0.0.1:${p.site};`)
    .replaceAll('include snippets/', `include ${p.snippets}/`);
}

function startChild(command: string, env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn('sh', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  return child;
}

function runToEnd(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const log: string[] = [];
    const child = startChild(command, env, log);
    child.on('exit', (code) => resolve({ code, output: log.join('') }));
  });
}

const stop = async (child: ChildProcess | undefined) => {
  if (!child || child.exitCode !== null) return;
  process.kill(-child.pid!, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
};

describe('production behind a real nginx (deploy/nginx/wsd.conf)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'wsd-production-'));
  const logs = { cms: [] as string[], publishing: [] as string[] };
  let cms: ChildProcess | undefined;
  let publishing: ChildProcess | undefined;
  let nginx: ChildProcess | undefined;
  let database: string;
  let env: NodeJS.ProcessEnv;
  let port: number;
  let adminToken: string;
  const admin = { email: 'beheer@wsd.test', password: `Beheer-${randomBytes(6).toString('hex')}1` };
  const site = (pathname: string, init?: Parameters<typeof viaNginx>[3]) => viaNginx(port, SITE_HOST, pathname, init);
  const cmsApi = async (method: string, pathname: string, body?: unknown) => {
    const answer = await viaNginx(port, CMS_HOST, pathname, {
      method,
      headers: { 'Content-Type': 'application/json', ...(adminToken ? { Authorization: `Bearer ${adminToken}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { ...answer, json: JSON.parse(answer.body || '{}') as { data?: Record<string, unknown>; error?: { message: string } } };
  };

  beforeAll(async () => {
    chmodSync(work, 0o755); // nginx's workers (user nobody) read the releases
    const [cmsPort, sitePort, httpPort] = [await freePort(), await freePort(), await freePort()];
    port = await freePort();
    database = await createTestDatabase('wsd_prod');
    const databaseUrl = new URL(PG_ADMIN_URL);
    databaseUrl.pathname = `/${database}`;
    const secret = () => randomBytes(24).toString('hex');
    const siteUrl = `http://${SITE_HOST}:${port}`;
    const cmsUrl = `http://${CMS_HOST}:${port}`;
    // The environment file a sysadmin writes (README, "Deploying to production").
    const envFile = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      PUBLIC_URL: cmsUrl,
      BEHIND_PROXY: 'true',
      APP_KEYS: [secret(), secret()].join(','),
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      SITE_API_TOKEN: secret(),
      PREVIEW_API_TOKEN: secret(),
      PREVIEW_SECRET: secret(),
      PUBLISH_WEBHOOK_SECRET: secret(),
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: databaseUrl.toString(),
      PUBLIC_DIR: path.join(work, 'public'),
      CMS_URL: `http://127.0.0.1:${cmsPort}`,
      SITE_URL: siteUrl,
      SITE_PORT: String(sitePort),
      PUBLIC_MEDIA_URL: cmsUrl,
      PREVIEW_URL: siteUrl,
      PREVIEW_ORIGINS: siteUrl,
      PREVIEW_FRAME_ANCESTORS: cmsUrl,
      CORS_ORIGINS: siteUrl,
      PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${sitePort}/hooks/strapi`,
      PUBLISH_DIR: path.join(work, 'publish'),
      PUBLISH_RECONCILE_MS: '0',
    };
    mkdirSync(path.join(work, 'public', 'uploads'), { recursive: true });
    writeFileSync(
      path.join(work, 'wsd.env'),
      Object.entries(envFile)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
      { mode: 0o600 },
    );
    // The demo variables of a developer's shell must not leak into production.
    env = { ...process.env, WSD_ENV_FILE: path.join(work, 'wsd.env'), NODE_ENV: 'production' };
    for (const name of ['DEMO_ADMIN_EMAIL', 'DEMO_ADMIN_PASSWORD', 'WSD_SEED_DEMO']) delete env[name];

    const built = await runToEnd('npm run build:prod', env);
    expect(built.code, built.output.slice(-3000)).toBe(0);
    const created = await runToEnd('npm run admin:create', { ...env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password });
    expect(created.code, created.output.slice(-3000)).toBe(0);

    cms = startChild('npm run start:cms', env, logs.cms);
    await waitForUrl(`http://127.0.0.1:${cmsPort}/_health`, { timeoutMs: 180_000, isAlive: () => cms!.exitCode === null }).catch(
      (e: unknown) => {
        throw new Error(`${String(e)}\n${logs.cms.join('').slice(-3000)}`);
      },
    );
    publishing = startChild('npm run start:publishing', env, logs.publishing);

    const snippets = path.join(work, 'snippets');
    mkdirSync(snippets);
    copyFileSync(path.join(ROOT, 'deploy/nginx/wsd-security-headers.conf'), path.join(snippets, 'wsd-security-headers.conf'));
    const site = loopbackConfig(readFileSync(path.join(ROOT, 'deploy/nginx/wsd.conf'), 'utf8'), {
      http: httpPort,
      https: port,
      cms: cmsPort,
      site: sitePort,
      current: path.join(envFile.PUBLISH_DIR, 'current'),
      snippets,
    });
    writeFileSync(path.join(work, 'wsd.conf'), site);
    const temp = (name: string) => `${name}_temp_path ${path.join(work, `nginx-${name}`)};`;
    writeFileSync(
      path.join(work, 'nginx.conf'),
      [
        'daemon off;',
        'worker_processes 1;',
        `pid ${path.join(work, 'nginx.pid')};`,
        `error_log ${path.join(work, 'nginx-error.log')} warn;`,
        'include /etc/nginx/modules-enabled/*.conf;',
        'events { worker_connections 256; }',
        `http { access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include ${path.join(work, 'wsd.conf')}; }`,
      ].join('\n'),
    );
    // Debian's prefix, where modules-enabled/*.conf find the Brotli module; logs and temp files in the work folder.
    const nginxArgs = ['-p', '/usr/share/nginx/', '-e', path.join(work, 'nginx-error.log'), '-c', path.join(work, 'nginx.conf')];
    const check = await runToEnd(`nginx -t -q ${nginxArgs.join(' ')}`, env);
    expect(check.code, check.output).toBe(0);
    nginx = spawn('nginx', nginxArgs, { stdio: 'inherit' });
    await waitForUrl(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000, okStatuses: [200, 404, 503] });

    const login = await cmsApi('POST', '/admin/login', admin);
    expect(login.status, login.body).toBe(200);
    adminToken = login.json.data!.token as string;
  }, 900_000);

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await stop(publishing);
    await stop(cms);
    if (database) await dropTestDatabase(database);
    rmSync(work, { recursive: true, force: true });
  });

  it('the admin login page is served through nginx with exactly the configured CSP, and no demo account exists', async () => {
    const page = await viaNginx(port, CMS_HOST, '/admin/auth/login');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="strapi"></div>'); // the admin app (Dutch once it runs: the e2e test)
    expect(String(page.headers['content-security-policy'])).toMatch(/^default-src 'self'; script-src 'self';/);
    const users = await cmsApi('GET', '/admin/users?pageSize=100');
    expect((users.json.data as { results: { email: string }[] }).results.map((u) => u.email)).toEqual([admin.email]);
    const demo = await viaNginx(port, CMS_HOST, '/admin/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@wsd.local', password: 'Demo-1234' }),
    });
    expect([400, 401]).toContain(demo.status);
    // The public first-administrator form is refused (by nginx, and by the CMS itself).
    expect((await viaNginx(port, CMS_HOST, '/admin/register-admin', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('a publish through the admin API goes live through nginx, with headers, caching and a Dutch 404', async () => {
    const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
    const settings = await cmsApi('PUT', '/content-manager/single-types/api::site-setting.site-setting', {
      siteName: 'Werkplaatsen Sociaal Domein',
      intro: 'Praktijkgericht onderzoek in het sociaal domein, samen met gemeenten en hogescholen.',
      privacy: blocks('Wij verwerken alleen gegevens die nodig zijn.'),
      accessibility: blocks('Deze site volgt de toegankelijkheidsrichtlijnen.'),
    });
    expect(settings.status, settings.body).toBe(200);
    expect((await cmsApi('POST', '/content-manager/single-types/api::site-setting.site-setting/actions/publish', {})).status).toBe(200);
    const werkplaats = await cmsApi('POST', '/content-manager/collection-types/api::werkplaats.werkplaats/actions/publish', {
      name: 'Werkplaats Sociaal Domein Utrecht',
      code: 'Utrecht',
      slug: 'utrecht',
      region: 'Utrecht',
      summary: 'De werkplaats van de regio Utrecht.',
    });
    expect(werkplaats.status, werkplaats.body).toBe(200);
    const news = await cmsApi('POST', `/content-manager/collection-types/${NEWS}/actions/publish`, {
      title: 'Eerste bericht op de nieuwe server',
      slug: 'eerste-bericht-op-de-nieuwe-server',
      date: '2026-12-01',
      kind: 'nieuws',
      lead: 'De werkplaatsen publiceren voortaan vanaf één platform.',
      werkplaatsen: [werkplaats.json.data!.documentId],
    });
    expect(news.status, news.body).toBe(200);

    const deadline = Date.now() + 180_000;
    let page = await site('/nieuws/eerste-bericht-op-de-nieuwe-server/');
    while (page.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      page = await site('/nieuws/eerste-bericht-op-de-nieuwe-server/');
    }
    expect(page.status, logs.publishing.join('').slice(-3000)).toBe(200);
    expect(page.body).toContain('Eerste bericht op de nieuwe server');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers[name.toLowerCase()], name).toBe(value);
    expect(page.headers['strict-transport-security']).toContain('max-age=');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');

    const compressed = await site('/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(compressed.status).toBe(200);
    expect(['br', 'gzip']).toContain(compressed.headers['content-encoding']);

    const release = path.join(work, 'publish', 'current', '_astro');
    const asset = readdirSync(release).find((file) => file.endsWith('.css') || file.endsWith('.js') || file.endsWith('.webp'));
    expect(asset, 'an asset under /_astro/').toBeDefined();
    const cached = await site(`/_astro/${asset}`);
    expect(cached.status).toBe(200);
    expect(cached.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const missing = await site('/bestaat-niet/');
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('niet gevonden');
  }, 240_000);

  it('a signed preview is rendered through nginx; an unsigned one is refused', async () => {
    const draft = await cmsApi('POST', `/content-manager/collection-types/${NEWS}`, {
      title: 'Concept alleen voor de redactie',
      slug: 'concept-alleen-voor-de-redactie',
      date: '2026-12-02',
      kind: 'nieuws',
      lead: 'Nog niet gepubliceerd.',
    });
    expect(draft.status, draft.body).toBe(201);
    const documentId = draft.json.data!.documentId as string;
    const preview = await cmsApi('GET', `/content-manager/preview/url/${NEWS}?documentId=${documentId}&status=draft`);
    expect(preview.status, preview.body).toBe(200);
    const link = new URL((preview.json.data as { url: string }).url);
    expect(link.host).toBe(`${SITE_HOST}:${port}`);
    let rendered = await site(`${link.pathname}${link.search}`);
    for (let i = 0; rendered.status === 503 && i < 60; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the preview server is still being built
      rendered = await site(`${link.pathname}${link.search}`);
    }
    expect(rendered.status, rendered.body.slice(0, 300)).toBe(200);
    expect(rendered.body).toContain('Concept alleen voor de redactie');
    expect(rendered.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect((await site(link.pathname)).status).toBe(401);
    expect((await site('/nieuws/concept-alleen-voor-de-redactie/')).status).toBe(404);
  }, 120_000);

  it('keeps the publishing service status, commands and the CMS health check off the public side', async () => {
    for (const pathname of ['/status', '/healthz', '/admin/rebuild']) {
      const answer = await site(pathname, { method: pathname === '/admin/rebuild' ? 'POST' : 'GET' });
      expect(answer.status, pathname).toBe(404);
      expect(answer.body).not.toContain('history');
    }
    expect((await viaNginx(port, CMS_HOST, '/_health')).status).toBe(404);
    expect(existsSync(path.join(work, 'publish', 'current'))).toBe(true);
  });
});
