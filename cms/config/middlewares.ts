import type { Core } from '@strapi/strapi';
import { uploadSizeLimitBytes } from '../src/utils/upload-limit';

/**
 * Koa middlewares. CORS is limited to the origins in CORS_ORIGINS and never credentialed
 * (the admin calls its own origin and needs no CORS; a credentialed answer to another
 * origin would let a script there use an editor's session). The CSP is sent exactly as
 * written here by `global::content-security-policy` (Strapi's own merges its defaults in).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: false,
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    },
  },
  {
    name: 'global::content-security-policy',
    config: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'data:', 'blob:'],
        'frame-src': ["'self'", ...env.array('PREVIEW_ORIGINS', [])],
        'frame-ancestors': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'script-src-attr': ["'none'"],
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', []),
      credentials: false,
      methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Accept'],
      keepHeadersOnError: true,
    },
  },
  'strapi::poweredBy',
  // In production the first administrator is made by command, never by the public form.
  'global::first-admin-by-command',
  'strapi::query',
  // Dutch refusal of too large uploads; the body parser stops reading at the same limit.
  'global::upload-size-limit',
  { name: 'strapi::body', config: { formidable: { maxFileSize: uploadSizeLimitBytes(env) } } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
