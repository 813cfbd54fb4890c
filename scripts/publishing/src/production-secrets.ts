import { secretProblem } from '@wsd/shared-types';

/** Secrets the publishing service needs; in production each must be a real, long value. */
export const SERVICE_SECRETS = ['PUBLISH_WEBHOOK_SECRET', 'SITE_API_TOKEN'] as const;

/**
 * With NODE_ENV=production: one line per service secret that is missing, an example value
 * or shorter than 16 characters (the same policy as the CMS's for its own secrets, from shared-types).
 */
export function serviceSecretProblems(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return SERVICE_SECRETS.flatMap((name) => secretProblem(name, env[name]) ?? []);
}
