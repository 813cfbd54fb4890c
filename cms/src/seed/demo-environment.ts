import type { Core } from '@strapi/strapi';
import { ensureEditorRoles } from '../access/editor-roles';
import { ensureDemoAdmin } from './demo-admin';
import { ensureDemoEditors } from './demo-editors';
import { seedDemoContent } from './seed-demo';

/**
 * Whether boot should load the demo: WSD_SEED_DEMO=true (set by the start command for its
 * own child, never in production) and not NODE_ENV=production, whatever the variable says.
 */
export function demoSeedingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WSD_SEED_DEMO === 'true' && env.NODE_ENV !== 'production';
}

/**
 * The demo content and the demo logins (admin and one editor per werkplaats); idempotent.
 * `roleIds` are the editor roles when the caller has ensured them already (bootstrap).
 */
export async function ensureDemoEnvironment(strapi: Core.Strapi, roleIds?: Map<string, number>): Promise<void> {
  await seedDemoContent(strapi);
  const admin = await ensureDemoAdmin(strapi);
  if (admin === 'created') strapi.log.info(`Demo admin ${process.env.DEMO_ADMIN_EMAIL} created.`);
  const editors = await ensureDemoEditors(strapi, roleIds ?? (await ensureEditorRoles(strapi)));
  if (editors.length > 0) strapi.log.info(`Demo editors: ${editors.join(', ')}.`);
}
