import type { Core } from '@strapi/strapi';

import { PREVIEW_TOKEN_NAME } from '../access/api-tokens';

type Auth = { strategy?: { name?: string }; credentials?: { type?: string; name?: string } } | undefined;

/**
 * Only the site's preview token (read-only) and full-access API tokens may read drafts
 * through the content API. Strapi 5 lets any read-only token ask for `?status=draft` on
 * find and findOne; this middleware runs after authentication on every read route and
 * overrides the status for every other caller (the site build's token included).
 */
export function mayReadDrafts(auth: Auth): boolean {
  // Strapi 5.54 names the strategy "content-api-token" (older 5.x: "api-token").
  if (auth?.strategy?.name !== 'content-api-token' && auth?.strategy?.name !== 'api-token') return false;
  return auth.credentials?.type === 'full-access' || auth.credentials?.name === PREVIEW_TOKEN_NAME;
}

const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!mayReadDrafts(ctx.state.auth as Auth)) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
