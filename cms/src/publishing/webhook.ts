import type { Core } from '@strapi/strapi';
import { REBUILD_EVENTS } from '@wsd/shared-types';

/** Events after which the public site must be rebuilt (the publishing service's own list). */
export const PUBLISH_EVENTS: string[] = [...REBUILD_EVENTS];
export const WEBHOOK_NAME = 'Publicatie: site opnieuw bouwen';

type Webhook = { id: string | number; name: string; url: string; headers: Record<string, string>; events: string[]; isEnabled: boolean };
type Store = {
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id'>): Promise<Webhook>;
  updateWebhook(id: Webhook['id'], data: Omit<Webhook, 'id'>): Promise<Webhook>;
};
type Runner = { add(webhook: Webhook): void; update(webhook: Webhook): void };

/**
 * Makes sure exactly one webhook calls the publishing service (Strapi has no config key
 * for webhooks, so it goes through the webhook store and runner). Idempotent: an existing
 * webhook with our name is updated when the URL, secret or events changed.
 */
export async function ensurePublishWebhook(strapi: Core.Strapi): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
  const url = process.env.PUBLISH_WEBHOOK_URL;
  const secret = process.env.PUBLISH_WEBHOOK_SECRET;
  if (!url || !secret) {
    strapi.log.warn('PUBLISH_WEBHOOK_URL or PUBLISH_WEBHOOK_SECRET is not set: publishing does not rebuild the site automatically.');
    return 'skipped';
  }
  const store = strapi.get('webhookStore') as Store;
  const runner = strapi.get('webhookRunner') as Runner;
  const wanted = { name: WEBHOOK_NAME, url, headers: { Authorization: `Bearer ${secret}` }, events: PUBLISH_EVENTS, isEnabled: true };
  const existing = (await store.findWebhooks()).find((w) => w.name === WEBHOOK_NAME);
  if (!existing) {
    runner.add(await store.createWebhook(wanted));
    return 'created';
  }
  const same =
    existing.url === url &&
    existing.headers?.Authorization === wanted.headers.Authorization &&
    existing.isEnabled &&
    [...existing.events].sort().join() === [...PUBLISH_EVENTS].sort().join();
  if (same) return 'unchanged';
  runner.update(await store.updateWebhook(existing.id, wanted));
  return 'updated';
}
