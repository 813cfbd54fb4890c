import type { Core } from '@strapi/strapi';

export type Directives = Record<string, string[]>;

/** The header value for these directives, in their order. */
export function cspHeader(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Sends exactly the configured Content-Security-Policy. Strapi's own security middleware
 * merges its defaults into configured arrays index by index (adding `https:` to
 * connect-src and a Strapi host to img-src), so its CSP is switched off in
 * config/middlewares.ts and this one sends ours. Only for `strapi develop`, whose admin
 * is served by Vite with hot reload, inline script and a websocket are added, as Strapi
 * itself does.
 */
const contentSecurityPolicy: Core.MiddlewareFactory = (config: { directives: Directives }, { strapi }) => {
  const exact = cspHeader(config.directives);
  const adminPath = strapi.config.get('admin.path') as string;
  const forVite = cspHeader({
    ...config.directives,
    'script-src': [...(config.directives['script-src'] ?? []), "'unsafe-inline'"],
    'connect-src': [...(config.directives['connect-src'] ?? []), 'ws:'],
  });
  // `strapi develop` is the only mode with auto-reload, and the only one serving the admin through Vite.
  const viteDevServer = strapi.config.get('autoReload') === true;
  return async (ctx, next) => {
    const vite = viteDevServer && ctx.method === 'GET' && ctx.path.startsWith(adminPath);
    ctx.set('Content-Security-Policy', vite ? forVite : exact);
    await next();
  };
};

export default contentSecurityPolicy;
