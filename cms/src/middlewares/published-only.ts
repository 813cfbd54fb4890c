import type { Core } from '@strapi/strapi';

type Auth = { strategy?: { name?: string }; credentials?: { type?: string } } | undefined;

/**
 * Only a full-access API token may read drafts through the content API (the site's
 * preview and the publishing service use one). Strapi 5 lets a read-only token ask for
 * `?status=draft` on find and findOne; this middleware runs after authentication on
 * every read route and overrides the status for every other caller.
 */
export function mayReadDrafts(auth: Auth): boolean {
  return auth?.strategy?.name === 'api-token' && auth.credentials?.type === 'full-access';
}

const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (!mayReadDrafts(ctx.state.auth as Auth)) {
    ctx.query = { ...ctx.query, status: 'published' };
  }
  await next();
};

export default publishedOnly;
