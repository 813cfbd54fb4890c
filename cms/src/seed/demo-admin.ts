import type { Core } from '@strapi/strapi';

/**
 * A local super admin from DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD (generated into the
 * git-ignored .env on first start), so the start command can print a working login.
 * Never in production.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<'created' | 'exists' | 'skipped'> {
  const email = process.env.DEMO_ADMIN_EMAIL;
  const password = process.env.DEMO_ADMIN_PASSWORD;
  if (process.env.NODE_ENV === 'production' || !email || !password) return 'skipped';
  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return 'exists';
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await users.create({
    email,
    password,
    firstname: 'Demo',
    lastname: 'Hoofdredactie',
    isActive: true,
    preferedLanguage: 'nl',
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return 'created';
}
