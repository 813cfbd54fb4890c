import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBearer } from '../src/verify-secret.ts';
import { createWebhookHandler } from '../src/webhook-handler.ts';

const SECRET = 'geheim-0123456789abcdef';

describe('verifyBearer', () => {
  it('accepts the right secret only', () => {
    expect(verifyBearer(`Bearer ${SECRET}`, SECRET)).toBe(true);
    expect(verifyBearer(`Bearer ${SECRET}x`, SECRET)).toBe(false);
    expect(verifyBearer('Bearer kort', SECRET)).toBe(false);
    expect(verifyBearer(SECRET, SECRET)).toBe(false);
    expect(verifyBearer(undefined, SECRET)).toBe(false);
    expect(verifyBearer('Bearer ', SECRET)).toBe(false);
  });
  it('refuses to run without a secret', () => {
    expect(() => verifyBearer('Bearer x', '')).toThrow(/PUBLISH_WEBHOOK_SECRET/);
  });
});

describe('POST /hooks/strapi', () => {
  let server: Server;
  let url: string;
  const received: string[] = [];

  beforeAll(async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      maxBytes: 1024 * 1024,
      onRebuildEvent: (_p, description) => received.push(description),
    });
    server = createServer((req, res) => void handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks/strapi`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, auth: string | null = `Bearer ${SECRET}`) =>
    fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) } });
  const event = (name: string, entry: object | null = { documentId: 'abc', slug: 'nieuw-bericht' }) =>
    JSON.stringify({
      event: name,
      createdAt: '2026-11-23T10:00:00.000Z',
      model: 'nieuwsbericht',
      uid: 'api::nieuwsbericht.nieuwsbericht',
      entry,
    });

  it('refuses a wrong or missing secret with 401, without saying which', async () => {
    const wrong = await post(event('entry.publish'), 'Bearer fout');
    const missing = await post(event('entry.publish'), null);
    expect([wrong.status, missing.status]).toEqual([401, 401]);
    expect(await wrong.text()).toBe(await missing.text());
    // The unread body leaves the connection unusable: it is closed, not reset on the next request.
    expect(wrong.headers.get('connection')).toBe('close');
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await post(JSON.stringify({ event: 'entry.publish', createdAt: 'x', padding: 'x'.repeat(1024 * 1024 + 1) }));
    expect(response.status).toBe(413);
  });

  it('refuses malformed payloads with 400 and the reason', async () => {
    const notJson = await post('{niet json');
    expect(notJson.status).toBe(400);
    const noEvent = await post(JSON.stringify({ createdAt: 'x' }));
    expect(noEvent.status).toBe(400);
    expect(((await noEvent.json()) as { error: string }).error).toMatch(/event/);
  });

  it('accepts site-changing events (also with entry: null) and ignores others with 202', async () => {
    expect((await post(event('entry.publish'))).status).toBe(202);
    expect((await post(event('entry.delete', null))).status).toBe(202);
    const ignored = await post(event('entry.create'));
    expect(ignored.status).toBe(202);
    expect(await ignored.json()).toMatchObject({ ignored: true });
    expect(received).toEqual([
      'entry.publish api::nieuwsbericht.nieuwsbericht nieuw-bericht',
      'entry.delete api::nieuwsbericht.nieuwsbericht',
    ]);
  });
});
