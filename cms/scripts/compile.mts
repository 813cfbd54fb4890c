/**
 * Compiles the CMS server code (TypeScript → dist/) without rebuilding the admin panel:
 * what the start command runs when only server code changed.
 */
import { createRequire } from 'node:module';

const { compileStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof import('@strapi/strapi');
await compileStrapi({ appDir: process.cwd() });
console.log('CMS server code compiled.');
