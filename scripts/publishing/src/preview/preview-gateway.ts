import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../serve/static-server.ts';
import { isValidPreviewLink } from '@wsd/shared-types/preview-link';

type Locals = { wsdCms: { url: string; token: string } };
type AstroHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void, locals: Locals) => void;

export type PreviewOptions = {
  /** PREVIEW_SECRET: the key the CMS signs preview links with. */
  secret: string;
  /** Output folder of the preview server build (server/entry.mjs inside). */
  serverDir: string;
  /** Origins allowed to frame the preview: the CMS admin. */
  frameAncestors: string[];
  /** Origin visitors load CMS images from (the preview shows the CMS's own files). */
  mediaOrigin: string;
  /** Where the preview server reads drafts, with the preview token (PREVIEW_API_TOKEN). */
  cms: { url: string; token: string };
};

/** The site's security headers, plus: never cached, never indexed, framable only by the admin. */
function previewHeaders(options: PreviewOptions): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: ${options.mediaOrigin}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      `frame-ancestors ${options.frameAncestors.join(' ') || "'none'"}`,
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Serves /preview/… : refuses a missing, wrong or expired signature (401), else hands the
 * request to the Astro preview server (Node adapter, middleware mode) with preview headers.
 */
export function previewGateway(options: PreviewOptions) {
  let handler: Promise<AstroHandler> | undefined;
  const entry = path.join(options.serverDir, 'server', 'entry.mjs');
  const headers = previewHeaders(options);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!isValidPreviewLink(options.secret, url.pathname, url.searchParams)) {
      res.writeHead(401, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Deze voorbeeldlink is ongeldig of verlopen. Open het voorbeeld opnieuw vanuit het CMS.');
      return;
    }
    if (!existsSync(entry)) {
      res.writeHead(503, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('De voorbeeldweergave is nog niet gebouwd; probeer het over een halve minuut opnieuw.');
      return;
    }
    handler ??= import(pathToFileURL(entry).href).then((module: { handler: AstroHandler }) => module.handler);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const astro = await handler;
    await new Promise<void>((resolve, reject) => {
      res.once('finish', resolve);
      const next = (error?: unknown) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : res.writeHead(404).end();
      astro(req, res, next, { wsdCms: options.cms });
    });
  };
}
