import path from 'node:path';
import { z } from 'zod';
import { withDerivedUrls } from '@wsd/ops-lib/env/derived-urls';
import { parseSettings, required, requiredUrl, unset, wholeNumber } from '@wsd/ops-lib/env/settings-schema';
import { LOCAL_DIR } from '@wsd/ops-lib/paths';
import { DEFAULT_BUILD_HEAP_MB, DEFAULT_RECYCLE_MB } from './site-builder.ts';

const milliseconds = (name: string, fallback: number) => wholeNumber(name, fallback, 'a whole number of milliseconds');
const count = (name: string, fallback: number) => wholeNumber(name, fallback);

/**
 * Every setting of the publishing service, read once from the environment (the shell, then
 * the env file) and checked: a typo stops the service with the variable's name and what it
 * expected, instead of becoming NaN somewhere.
 */
export const serviceSettings = z.object({
  PORT: count('PORT', 1337),
  SITE_PORT: count('SITE_PORT', 4321),
  PUBLISH_HOST: z.preprocess(unset, z.string().default('127.0.0.1')),
  CMS_URL: requiredUrl('CMS_URL', 'http://127.0.0.1:1337'),
  PUBLIC_URL: z.preprocess(unset, z.url({ message: 'PUBLIC_URL must be a URL' }).optional()),
  SITE_URL: requiredUrl('SITE_URL', 'https://werkplaatsensociaaldomein.nl'),
  PUBLIC_MEDIA_URL: z.preprocess(unset, z.url({ message: 'PUBLIC_MEDIA_URL must be a URL' }).optional()),
  SITE_API_TOKEN: required('SITE_API_TOKEN'),
  PUBLISH_WEBHOOK_SECRET: required('PUBLISH_WEBHOOK_SECRET'),
  PUBLISH_DIR: z.preprocess(unset, z.string().default(path.join(LOCAL_DIR, 'publish'))),
  PUBLISH_QUIET_MS: milliseconds('PUBLISH_QUIET_MS', 2000),
  PUBLISH_MAX_DELAY_MS: milliseconds('PUBLISH_MAX_DELAY_MS', 20_000),
  PUBLISH_RECONCILE_MS: milliseconds('PUBLISH_RECONCILE_MS', 60_000),
  PUBLISH_KEEP_RELEASES: count('PUBLISH_KEEP_RELEASES', 5),
  PUBLISH_MAX_PAGE_DROP: z.preprocess(
    unset,
    z
      .string()
      .regex(/^(0(\.\d+)?|1(\.0+)?)$/, { message: 'PUBLISH_MAX_PAGE_DROP must be a share between 0 and 1, e.g. 0.2' })
      .transform(Number)
      .optional()
      .transform((v) => v ?? 0.2),
  ),
  PUBLISH_MAX_CONNECTIONS_PER_CLIENT: count('PUBLISH_MAX_CONNECTIONS_PER_CLIENT', 256),
  PUBLISH_BUILD_HEAP_MB: wholeNumber('PUBLISH_BUILD_HEAP_MB', DEFAULT_BUILD_HEAP_MB, 'a whole number of megabytes, e.g. 768').pipe(
    z.number().min(256, { message: 'PUBLISH_BUILD_HEAP_MB must be at least 256 (megabytes)' }),
  ),
  PUBLISH_WORKER_RECYCLE_MB: wholeNumber('PUBLISH_WORKER_RECYCLE_MB', DEFAULT_RECYCLE_MB, 'a whole number of megabytes, e.g. 1100').pipe(
    z.number().min(256, { message: 'PUBLISH_WORKER_RECYCLE_MB must be at least 256 (megabytes)' }),
  ),
  PUBLISH_FULL_REBUILD_AT: z.preprocess(
    unset,
    z
      .string()
      .regex(/^(([01]\d|2[0-3]):[0-5]\d|off)$/, {
        message: 'PUBLISH_FULL_REBUILD_AT must be a time like 03:30 (Europe/Amsterdam) or "off"',
      })
      .default('03:30'),
  ),
  PREVIEW_SECRET: z.preprocess(unset, z.string().optional()),
  PREVIEW_API_TOKEN: z.preprocess(unset, z.string().optional()),
  PREVIEW_FRAME_ANCESTORS: z.preprocess(unset, z.string().optional()),
  NODE_ENV: z.preprocess(unset, z.string().optional()),
});

export type ServiceSettings = z.infer<typeof serviceSettings>;

/** The service's settings; throws the first problem, naming the variable and what was given. */
export function readServiceSettings(env: Record<string, string | undefined>): ServiceSettings {
  // Locally every URL follows the ports; a production server names its public address.
  if (env.NODE_ENV === 'production' && !env.SITE_URL)
    throw new Error('SITE_URL is not set: the public address of the site (canonical links, feeds, sitemap).');
  return parseSettings(serviceSettings, withDerivedUrls(env));
}
