import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

/** Route middleware that keeps drafts out of the content API (see middlewares/published-only.ts). */
export const PUBLISHED_ONLY = 'global::published-only';

const READ_ACTIONS = ['find', 'findOne'] as const;

/**
 * The core REST router of a content type, with published-only enforced on every read
 * route. Every route file uses this helper, so no content type can forget it.
 */
export function createContentRouter(uid: UID.ContentType) {
  const config = Object.fromEntries(READ_ACTIONS.map((action) => [action, { middlewares: [PUBLISHED_ONLY] }]));
  return factories.createCoreRouter(uid, { config });
}
