import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startCms, type CmsInstance, type Database } from '../harness/cms-instance.ts';

/** The CMS registers its publishing webhook on boot and calls it when an editor publishes. */
describe('publishing webhook', () => {
  let database: Database;
  let cms: CmsInstance;
  let receiver: Server;
  const calls: { auth: string | undefined; body: { event: string; uid?: string } }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        calls.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    database = await freshDatabase('sqlite');
    cms = await startCms(database, {
      env: { PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/strapi`, PUBLISH_WEBHOOK_SECRET: 'hook-secret' },
    });
  });
  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('exists once, also after a restart', async () => {
    const env = cms.env;
    await cms.stop();
    cms = await startCms(database, { env });
    const webhooks = (
      await (cms.strapi.get('webhookStore') as { findWebhooks(): Promise<{ name: string; events: string[] }[]> }).findWebhooks()
    ).filter((w) => w.name.startsWith('Publicatie'));
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0]!.events.sort()).toEqual(['entry.delete', 'entry.publish', 'entry.unpublish', 'media.delete', 'media.update']);
  });

  it('calls the publishing service with the shared secret when an entry is published', async () => {
    await cms.strapi
      .documents('api::thema.thema' as never)
      .create({ data: { name: 'Webhookthema', slug: 'webhookthema' }, status: 'published' } as never);
    await expect.poll(() => calls.map((c) => c.body.event), { timeout: 10_000 }).toContain('entry.publish');
    expect(calls.every((c) => c.auth === 'Bearer hook-secret')).toBe(true);
  });
});
