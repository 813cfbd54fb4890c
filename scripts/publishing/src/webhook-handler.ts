import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifyBearer } from './verify-secret.ts';
import { describeEvent, triggersRebuild, webhookPayload, type WebhookPayload } from '@wsd/shared-types';

export type WebhookOptions = {
  secret: string;
  /** Largest accepted body; Strapi's payloads are a few kB. */
  maxBytes?: number;
  /** Called for every valid event that can change the site. */
  onRebuildEvent: (payload: WebhookPayload, description: string) => void;
};

const json = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
  res
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify(body));
};
/**
 * Refusals answer before the body is read; the unread body makes the connection unusable,
 * so it is closed and says so: a client re-using it would get a reset instead of the next answer.
 */
const CLOSE = { Connection: 'close' };

/** Reads the body up to `maxBytes`; resolves undefined when it is larger. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return resolve(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * POST /hooks/strapi: 401 for a wrong or missing secret (without saying which), 413 for a
 * body over the limit, 400 with the reason for a malformed payload, 202 otherwise; events
 * that cannot change the site are accepted and ignored.
 */
export function createWebhookHandler(options: WebhookOptions) {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!verifyBearer(req.headers.authorization, options.secret)) return json(res, 401, { error: 'Niet geautoriseerd' }, CLOSE);
    const body = await readBody(req, maxBytes);
    if (body === undefined) return json(res, 413, { error: `Body groter dan ${maxBytes} bytes` }, CLOSE);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return json(res, 400, { error: 'Body is geen geldige JSON' });
    }
    const result = webhookPayload.safeParse(parsed);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      return json(res, 400, { error: `Ongeldige payload: ${issue.path.join('.') || 'body'}: ${issue.message}` });
    }
    if (!triggersRebuild(result.data)) return json(res, 202, { accepted: true, ignored: true, event: result.data.event });
    const description = describeEvent(result.data);
    options.onRebuildEvent(result.data, description);
    return json(res, 202, { accepted: true, event: result.data.event });
  };
}
