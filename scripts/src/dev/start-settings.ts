import { z } from 'zod';
import { parseSettings, required, requiredUrl, unset } from '@wsd/ops-lib/env/settings-schema';

/**
 * What `npm start` reads from the environment (the shell over .env, URLs derived from the
 * ports), checked once before anything starts. The CMS and the publishing service check
 * their own settings again when they start; this catches what the start command itself uses.
 */
export const startSettings = z.looseObject({
  NODE_ENV: z.preprocess(
    unset,
    z
      .string()
      .refine((value) => value !== 'production', { message: 'npm start is the local demo; it refuses NODE_ENV=production' })
      .optional(),
  ),
  CMS_URL: requiredUrl('CMS_URL', 'http://127.0.0.1:1337'),
  PUBLISH_SERVICE_URL: requiredUrl('PUBLISH_SERVICE_URL', 'http://127.0.0.1:4321'),
  SITE_API_TOKEN: required('SITE_API_TOKEN', 'is not set: delete it from .env and run npm start again to generate it'),
  DEMO_ADMIN_EMAIL: required('DEMO_ADMIN_EMAIL', 'is not set: copy it from .env.example'),
  DEMO_ADMIN_PASSWORD: required('DEMO_ADMIN_PASSWORD', 'is not set: delete it from .env and run npm start again to generate it'),
  DEMO_EDITOR_PASSWORD: required('DEMO_EDITOR_PASSWORD', 'is not set: delete it from .env and run npm start again to generate it'),
});
export type StartSettings = z.infer<typeof startSettings>;

/** The start command's settings; throws the first problem, naming the variable and what was given. */
export const readStartSettings = (env: Record<string, string | undefined>): StartSettings => parseSettings(startSettings, env);
