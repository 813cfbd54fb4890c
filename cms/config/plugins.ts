import type { Core } from '@strapi/strapi';
import { uploadSizeLimitBytes } from '../src/utils/upload-limit';

/**
 * Upload: images and documents only, SVG refused (it can carry script), size limit from
 * env, responsive formats (small/medium/large) generated on upload. Publisher: scheduled
 * publishing of news and events.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET') as string,
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      // Upload file names carry a content hash, so a file at a URL never changes: let
      // browsers and the site build cache them for a year instead of refetching.
      providerOptions: { localServer: { maxage: 365 * 24 * 60 * 60 * 1000, immutable: true } },
      sizeLimit: uploadSizeLimitBytes(env),
      breakpoints: { large: 1600, medium: 1000, small: 600 },
      security: {
        allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'application/pdf'],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/x-msdownload', 'application/x-sh'],
      },
    },
  },
  publisher: {
    enabled: true,
    config: {
      contentTypes: ['api::nieuwsbericht.nieuwsbericht', 'api::evenement.evenement'],
      // Times to the minute: an event starting at 13:42 is scheduled for 13:42.
      components: { dateTimePicker: { step: 1, locale: 'nl-NL' } },
    },
  },
});

export default config;
