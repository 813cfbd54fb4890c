/**
 * Creates the first administrator (a super admin) from ADMIN_EMAIL and ADMIN_PASSWORD, so
 * a production CMS never offers its public "create the first administrator" form.
 * Run through `npm run admin:create` (scripts/src/prod/create-admin.ts). Idempotent: an
 * existing account with that e-mail is left as it is.
 */
import { createRequire } from 'node:module';

const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');

const email = (process.env.ADMIN_EMAIL ?? '').trim().toLowerCase();
const password = process.env.ADMIN_PASSWORD ?? '';
const problems = [
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? '' : `ADMIN_EMAIL must be an e-mail address (got "${email}")`,
  password.length >= 8 && /[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password)
    ? ''
    : 'ADMIN_PASSWORD must have at least 8 characters with a lower-case letter, a capital and a digit',
  process.env.WSD_SEED_DEMO === 'true' ? 'WSD_SEED_DEMO=true would load the demo content into this database: unset it' : '',
].filter(Boolean);
if (problems.length > 0) {
  console.error(`Cannot create the administrator: ${problems.join('; ')}.`);
  process.exit(2);
}

const app = await createStrapi({ ...(await compileStrapi()), autoReload: false, serveAdminPanel: false }).load();
try {
  const users = app.service('admin::user');
  if (await users.exists({ email })) {
    console.log(`An administrator ${email} already exists; nothing changed.`);
  } else {
    const superAdmin = await app.service('admin::role').getSuperAdmin();
    await users.create({
      email,
      password,
      firstname: process.env.ADMIN_FIRSTNAME || 'Beheer',
      lastname: process.env.ADMIN_LASTNAME || 'WSD',
      isActive: true,
      preferedLanguage: 'nl',
      registrationToken: null,
      roles: [superAdmin.id],
    });
    console.log(`Administrator ${email} created (super admin). Log in at ${app.config.get('admin.absoluteUrl') ?? '/admin'}.`);
  }
} finally {
  await app.destroy();
}
// Strapi leaves background work queued (scheduler, webhooks) that would fail on the closed
// database pool after destroy(); the user exists, so end here.
process.exit(0);
