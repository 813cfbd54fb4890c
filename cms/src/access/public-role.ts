import type { Core } from '@strapi/strapi';

/**
 * The anonymous (public) role gets no content permissions: every content route answers
 * 403 without a token. Removes any api:: permission that was granted by hand.
 */
export async function lockPublicRole(strapi: Core.Strapi): Promise<number> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return 0;
  const granted = await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: role.id, action: { $startsWith: 'api::' } },
  });
  if (granted.length > 0) {
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({
      where: { id: { $in: granted.map((p: { id: number }) => p.id) } },
    });
    strapi.log.warn(`Removed ${granted.length} public content permission(s): the API is closed to anonymous callers.`);
  }
  return granted.length;
}
