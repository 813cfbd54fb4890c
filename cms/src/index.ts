import type { Core } from '@strapi/strapi';
import { API_TOKENS, ensureApiToken } from './access/api-tokens';
import { lockPublicRole } from './access/public-role';
import { registerGithubDispatch } from './publishing/github-dispatch';
import { ensurePublishWebhook } from './publishing/webhook';
import { ensureDemoAdmin } from './seed/demo-admin';
import { seedDemoContent } from './seed/seed-demo';
import { registerValidation } from './validation/document-middleware';

export default {
  /** Runs before the app is initialised: document service middlewares go here. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
  },

  /**
   * Configuration as code, idempotent on every boot: the API is closed to anonymous
   * callers and the tokens from the local env exist. With WSD_SEED_DEMO=true (set by
   * the start command, never in production) the demo content and login are ensured.
   * Everything is awaited, so a failure stops the boot with its error.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await lockPublicRole(strapi);
    for (const spec of API_TOKENS) {
      const result = await ensureApiToken(strapi, spec);
      if (result !== 'unchanged') strapi.log.info(`API token "${spec.name}": ${result}.`);
    }
    if (registerGithubDispatch(strapi)) strapi.log.info(`Publishing also dispatches to GitHub (${process.env.GITHUB_DISPATCH_REPO}).`);
    const webhook = await ensurePublishWebhook(strapi);
    if (webhook === 'created' || webhook === 'updated') strapi.log.info(`Publishing webhook ${webhook}.`);
    if (process.env.WSD_SEED_DEMO === 'true' && process.env.NODE_ENV !== 'production') {
      await seedDemoContent(strapi);
      const admin = await ensureDemoAdmin(strapi);
      if (admin === 'created') strapi.log.info(`Demo admin ${process.env.DEMO_ADMIN_EMAIL} created.`);
    }
  },
};
