type Route = { method: string; path: string; config?: { middlewares?: unknown[] } };
type PublisherPlugin = { routes: Record<string, { routes: Route[] }> };

/**
 * strapi-plugin-publisher (scheduled publishing) through Strapi's extension point:
 * - its admin routes check no permission, so every one goes through the route middleware
 *   `scheduled-action-guard` (publish permission on the scheduled entry, region included);
 * - its content-API routes are not used by the product and would let any API token read
 *   (or a full-access token write) the schedule: they are removed.
 */
export default (plugin: PublisherPlugin): PublisherPlugin => {
  for (const route of plugin.routes.admin?.routes ?? []) {
    route.config ??= {};
    route.config.middlewares = ['global::scheduled-action-guard', ...(route.config.middlewares ?? [])];
  }
  if (plugin.routes['content-api']) plugin.routes['content-api'].routes = [];
  return plugin;
};
