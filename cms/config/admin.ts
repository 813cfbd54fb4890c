import type { Core } from '@strapi/strapi';
import { previewConfig } from '../src/preview/preview-url';

/** Admin panel: secrets come from the environment only (see .env.example); no fallbacks. */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET') as string,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT') as string,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT') as string,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY') as string,
  },
  // Nothing phones home: no NPS survey, no Enterprise promotion.
  flags: {
    nps: false,
    promoteEE: false,
  },
  // Admin login attempts are rate limited (Strapi's default, made explicit so it cannot be switched off by accident).
  rateLimit: {
    enabled: true,
    interval: 5 * 60 * 1000,
    max: 5,
  },
  // Preview: the edit view opens a signed link to /preview/ of the publishing service,
  // which renders the draft with the site's own components. Off unless PREVIEW_SECRET and
  // PREVIEW_URL are set.
  preview: previewConfig(env('PREVIEW_SECRET'), env('PREVIEW_URL')),
  autoOpen: false,
  watchIgnoreFiles: ['**/test/**'],
});

export default config;
