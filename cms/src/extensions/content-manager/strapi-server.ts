type Route = { method: string; path: string; handler: string; config?: { middlewares?: unknown[] } };
type ContentManagerPlugin = { routes: Record<string, { routes: Route[] }> };

/**
 * The content manager through Strapi's extension point: its relation search offers a
 * region editor only their own werkplaatsen (route middleware `own-werkplaatsen-offered`).
 */
export default (plugin: ContentManagerPlugin): ContentManagerPlugin => {
  for (const route of plugin.routes.admin?.routes ?? []) {
    if (route.handler !== 'relations.findAvailable') continue;
    route.config ??= {};
    route.config.middlewares = [...(route.config.middlewares ?? []), 'global::own-werkplaatsen-offered'];
  }
  return plugin;
};
