import type { Core } from '@strapi/strapi';
import { uploadSizeLimitBytes } from '../src/utils/upload-limit';

/**
 * Koa middlewares. CORS is limited to the origins in CORS_ORIGINS (the site and, for
 * preview, the publishing service); the security middleware sends a strict CSP.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'connect-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", ...env.array('PREVIEW_ORIGINS', [])],
          'frame-ancestors': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', []),
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Accept'],
      keepHeaderOnError: true,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Dutch refusal of too large uploads; the body parser stops reading at the same limit.
  'global::upload-size-limit',
  { name: 'strapi::body', config: { formidable: { maxFileSize: uploadSizeLimitBytes(env) } } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
