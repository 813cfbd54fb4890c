/** Secrets the publishing service needs; in production each must be a real, long value. */
export const SERVICE_SECRETS = ['PUBLISH_WEBHOOK_SECRET', 'SITE_API_TOKEN'] as const;
const EXAMPLES = new Set(['<generated>', 'tobemodified', 'changeme', 'secret', 'example']);

/**
 * With NODE_ENV=production: one line per service secret that is missing, an example value
 * or shorter than 16 characters (the CMS checks its own secrets the same way on boot).
 */
export function serviceSecretProblems(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return SERVICE_SECRETS.flatMap((name) => {
    const value = env[name]?.trim() ?? '';
    if (!value) return [`${name} is not set`];
    if (EXAMPLES.has(value.toLowerCase())) return [`${name} still has an example value`];
    return value.length < 16 ? [`${name} is shorter than 16 characters`] : [];
  });
}
