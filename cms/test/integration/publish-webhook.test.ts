import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';

/** The CMS registers its publishing webhook on boot and calls it when an editor publishes. */
describe('publishing webhook', () => {
  let database: Database;
  let cms: CmsInstance;
  let receiver: Server;
  const calls: { path: string | undefined; auth: string | undefined; body: { event?: string; event_type?: string; uid?: string } }[] = [];

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        calls.push({ path: req.url, auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    database = await freshDatabase('sqlite');
    cms = await startCms(database, {
      env: {
        PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/strapi`,
        PUBLISH_WEBHOOK_SECRET: 'hook-secret',
        // The same receiver plays GitHub's API for the serverless alternative.
        GITHUB_DISPATCH_REPO: 'wsd/site',
        GITHUB_DISPATCH_TOKEN: 'gh-token',
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
        GITHUB_DISPATCH_DEBOUNCE_MS: '300',
      },
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
    expect(calls.filter((c) => c.path === '/hooks/strapi').every((c) => c.auth === 'Bearer hook-secret')).toBe(true);
  });

  it('asks GitHub once per burst to run the deploy workflow (repository_dispatch)', async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        cms.strapi
          .documents('api::thema.thema' as never)
          .create({ data: { name: `Dispatch ${i}`, slug: `dispatch-${i}` }, status: 'published' } as never),
      ),
    );
    await expect.poll(() => calls.filter((c) => c.path === '/repos/wsd/site/dispatches').length, { timeout: 10_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const dispatches = calls.filter((c) => c.path === '/repos/wsd/site/dispatches');
    expect(dispatches.length).toBeLessThanOrEqual(2);
    expect(dispatches[0]).toMatchObject({ auth: 'Bearer gh-token', body: { event_type: 'strapi-publish' } });
  });
});
