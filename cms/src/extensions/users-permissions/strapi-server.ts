type UsersPermissionsPlugin = { routes: Record<string, { routes: unknown[] }> };

/**
 * The product has no site users: the site reads with API tokens and editors use the
 * admin. Every content-API route of users-permissions (registration, login, password
 * reset, /api/users, roles, permissions) is therefore removed, so none can be called by
 * anyone or reached with an API token. The plugin stays for Strapi's public role, which
 * answers anonymous content-API calls with 403.
 */
export default (plugin: UsersPermissionsPlugin): UsersPermissionsPlugin => {
  if (plugin.routes['content-api']) plugin.routes['content-api'].routes = [];
  return plugin;
};
