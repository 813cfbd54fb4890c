import type { Core } from '@strapi/strapi';
import { configureAdminViews } from './admin-views/configure-views';
import { API_TOKENS, ensureApiToken } from './access/api-tokens';
import { ensureEditorRoles } from './access/editor-roles';
import { lockPublicRole } from './access/public-role';
import { registerRegionCondition } from './access/region-condition';
import { registerRegionGuard } from './access/region-guard';
import { ensureMediaSettings } from './media/media-settings';
import { registerGithubDispatch } from './publishing/github-dispatch';
import { registerDatabaseRejectionGuard } from './resilience/database-rejections';
import { registerCustomFields } from './custom-fields/custom-fields';
import { registerPublishStatusRoutes } from './publishing/publish-status';
import { ensurePublishWebhook } from './publishing/webhook';
import { demoSeedingRequested, ensureDemoEnvironment } from './seed/demo-environment';
import { registerValidation } from './validation/document-middleware';
import { capConnectionsPerClient, maxConnectionsPerClient } from './security/connection-limits';
import { equaliseLoginTiming } from './security/login-timing';

export default {
  /** Runs before the app is initialised: document service middlewares go here. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerCustomFields(strapi);
    registerValidation(strapi);
    registerRegionGuard(strapi);
    registerDatabaseRejectionGuard(strapi);
    equaliseLoginTiming(strapi);
    registerPublishStatusRoutes(strapi);
  },

  /**
   * Configuration as code, idempotent on every boot: the API is closed to anonymous
   * callers, the tokens from the local env exist, the editor roles and their region
   * condition, the admin views and the media settings are as this code says. With
   * WSD_SEED_DEMO=true (set by the start command, never in production) the demo content
   * and logins are ensured. Everything is awaited, so a failure stops the boot with its error.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    capConnectionsPerClient(strapi.server.httpServer, maxConnectionsPerClient());
    await lockPublicRole(strapi);
    for (const spec of API_TOKENS) {
      const result = await ensureApiToken(strapi, spec);
      if (result !== 'unchanged') strapi.log.info(`API token "${spec.name}": ${result}.`);
    }
    await registerRegionCondition(strapi);
    const roleIds = await ensureEditorRoles(strapi);
    const views = await configureAdminViews(strapi);
    if (views > 0) strapi.log.info(`Admin views configured for ${views} content types and components.`);
    if (await ensureMediaSettings(strapi)) strapi.log.info('Media library: responsive formats and optimisation switched on.');
    if (registerGithubDispatch(strapi)) strapi.log.info(`Publishing also dispatches to GitHub (${process.env.GITHUB_DISPATCH_REPO}).`);
    const webhook = await ensurePublishWebhook(strapi);
    if (webhook === 'created' || webhook === 'updated') strapi.log.info(`Publishing webhook ${webhook}.`);
    if (demoSeedingRequested()) await ensureDemoEnvironment(strapi, roleIds);
  },
};
