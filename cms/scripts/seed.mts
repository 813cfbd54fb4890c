/**
 * Loads the demo content by hand: `npm run seed` at the root (or `pnpm --filter @wsd/cms seed`).
 * Boots the CMS without its admin panel, lets bootstrap run the idempotent seed,
 * and stops. Running it twice changes nothing.
 */
import { createRequire } from 'node:module';

// Strapi's ESM build does not load under native Node ESM (directory imports); use its CJS build.
const { compileStrapi, createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
process.env.WSD_SEED_DEMO = 'true';
const context = await compileStrapi();
const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
await app.destroy();
console.log('Demo content is present.');
