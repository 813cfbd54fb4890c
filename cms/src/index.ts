import type { Core } from '@strapi/strapi';
import { API_TOKENS, ensureApiToken } from './access/api-tokens';
import { lockPublicRole } from './access/public-role';
import { registerValidation } from './validation/document-middleware';

export default {
  /** Runs before the app is initialised: document service middlewares go here. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerValidation(strapi);
  },

  /**
   * Configuration as code, idempotent on every boot: the API is closed to anonymous
   * callers and the tokens from the local env exist. Awaited, so a failure stops boot.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await lockPublicRole(strapi);
    for (const spec of API_TOKENS) {
      const result = await ensureApiToken(strapi, spec);
      if (result !== 'unchanged') strapi.log.info(`API token "${spec.name}": ${result}.`);
    }
  },
};
