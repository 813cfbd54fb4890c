import type { Core } from '@strapi/strapi';
import { HTTP_SERVER_OPTIONS } from '../src/security/connection-limits';
import { ensurePublicDir } from '../src/utils/cms-root';
import { assertProductionSecrets } from '../src/security/production-secrets';

/** HTTP server: loopback by default, so a local CMS is never exposed to the network. */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  assertProductionSecrets();
  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    app: {
      keys: env.array('APP_KEYS') as string[],
    },
    http: { serverOptions: HTTP_SERVER_OPTIONS },
    // Behind nginx (BEHIND_PROXY=true): trust its X-Forwarded-* headers for the client
    // address (rate limits) and https (secure admin cookies), one proxy deep.
    proxy: { koa: env.bool('BEHIND_PROXY', false), maxIpsCount: 1 },
    // Uploads live under <public>/uploads; tests point this at a throwaway folder.
    dirs: {
      public: ensurePublicDir(env('PUBLIC_DIR', './public')),
    },
    // Scheduled publishing (strapi-plugin-publisher) runs its jobs on Strapi's cron.
    cron: { enabled: true },
    webhooks: {
      // The publishing service only needs the event; it always reloads from the API.
      populateRelations: false,
    },
  };
};

export default config;
