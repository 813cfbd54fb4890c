/**
 * Loads the demo content by hand: `npm run seed` at the root (or `pnpm --filter @wsd/cms seed`).
 * Boots the CMS without its admin panel, ensures the demo content and logins, and stops.
 * Running it twice changes nothing. Refused in production.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Strapi's ESM build does not load under native Node ESM (directory imports); use its CJS build.
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
if (process.env.NODE_ENV === 'production') {
  console.error('The demo content is never loaded into a production CMS (NODE_ENV=production). Unset NODE_ENV to seed a local database.');
  process.exit(2);
}
const context = await compileStrapi();
const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
const { ensureDemoEnvironment } = require(
  `${context.distDir}/src/seed/demo-environment.js`,
) as typeof import('../src/seed/demo-environment.ts');
await ensureDemoEnvironment(app);
await app.destroy();
console.log('Demo content is present.');
