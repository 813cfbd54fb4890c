import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { createHardenedServer } from './hardened-server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Security headers for every response of the public site (no inline script needed). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * Resolves a URL path to a file inside `root`: directories serve their index.html, and
 * nothing outside `root` is ever served. Returns undefined when there is no such file.
 */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  if (!existsSync(candidate)) return undefined;
  const file = statSync(candidate).isDirectory() ? path.join(candidate, 'index.html') : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * The canonical URL path of a directory's index.html inside `root`, always one leading
 * slash and a trailing slash. Redirects are built from this, never from the request, so
 * a path like `/.//evil.example/` can never become a redirect to another host.
 */
export function directoryPath(root: string, indexFile: string): string {
  const relative = path.relative(root, path.dirname(indexFile));
  const segments = relative === '' ? [] : relative.split(path.sep).map(encodeURIComponent);
  return `/${segments.map((segment) => `${segment}/`).join('')}`;
}

/** HTML is revalidated on every visit; fingerprinted assets (/_astro/) are cached for a year. */
export function cacheControl(urlPath: string, file: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  return file.endsWith('.html') ? 'no-cache' : 'public, max-age=300';
}

/** The precompressed variant to send for an Accept-Encoding header, if one exists. */
function precompressed(file: string, acceptEncoding: string | undefined): { file: string; encoding: string } | undefined {
  const accepted = acceptEncoding ?? '';
  if (/\bbr\b/.test(accepted) && existsSync(`${file}.br`)) return { file: `${file}.br`, encoding: 'br' };
  if (/\bgzip\b/.test(accepted) && existsSync(`${file}.gz`)) return { file: `${file}.gz`, encoding: 'gzip' };
  return undefined;
}

/**
 * A request handler serving a static build folder. `root()` is read once per request, so
 * the live folder can change between requests (release switch) but never within one.
 * `assetRoots()` are older builds: a fingerprinted asset missing from the live build is
 * served from them, so a page loaded just before a switch still gets its CSS and images.
 */
export function staticHandler(root: () => string, assetRoots: () => string[] = () => []) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const base = root();
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    // Directory URLs without their trailing slash redirect, like every static host does.
    const file = resolveFile(base, urlPath);
    if (file && file.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('.html')) {
      res.writeHead(301, { Location: directoryPath(base, file), ...SECURITY_HEADERS }).end();
      return;
    }
    const olderAsset =
      !file && urlPath.startsWith('/_astro/')
        ? assetRoots()
            .map((r) => resolveFile(r, urlPath))
            .find(Boolean)
        : undefined;
    const found = file ?? olderAsset;
    const target = found ?? resolveFile(base, '/404.html');
    const status = found ? 200 : 404;
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Niet gevonden');
      return;
    }
    const variant = precompressed(target, req.headers['accept-encoding']);
    const body = variant?.file ?? target;
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': statSync(body).size,
      'Cache-Control': status === 200 ? cacheControl(urlPath, target) : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(variant ? { 'Content-Encoding': variant.encoding } : {}),
      ...SECURITY_HEADERS,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  };
}

/** Starts a static server on host:port (port 0 = any free port) and returns it with its URL. */
export async function serveStatic(
  root: string,
  options: { host?: string; port?: number } = {},
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const server = createHardenedServer(staticHandler(() => root));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
