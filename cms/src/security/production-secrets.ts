import { secretProblem } from '@wsd/shared-types';

/** Secrets the CMS needs; in production each must be set to a real, long value. */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'SITE_API_TOKEN',
] as const;

/** Secrets of optional parts, required when the part is switched on by its URL. */
export const OPTIONAL_PART_SECRETS = [
  { when: 'PREVIEW_URL', secrets: ['PREVIEW_API_TOKEN', 'PREVIEW_SECRET'] },
  { when: 'PUBLISH_WEBHOOK_URL', secrets: ['PUBLISH_WEBHOOK_SECRET'] },
] as const;

/** The secrets this environment needs: the fixed ones, plus those of the parts it switches on. */
export function requiredSecrets(env: Record<string, string | undefined>): string[] {
  return [...REQUIRED_SECRETS, ...OPTIONAL_PART_SECRETS.filter((part) => env[part.when]?.trim()).flatMap((part) => part.secrets)];
}

/** One line per secret that is missing, an example value, or shorter than 16 characters (shared-types' secrets policy). */
export function productionSecretProblems(env: Record<string, string | undefined>): string[] {
  return requiredSecrets(env).flatMap((name) => secretProblem(name, env[name], { list: name === 'APP_KEYS' }) ?? []);
}

/**
 * With NODE_ENV=production the CMS refuses to start on missing or example secrets and says
 * which variable is wrong. Called from config/server.ts, before anything else loads.
 */
export function assertProductionSecrets(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = productionSecretProblems(env);
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start in production: ${problems.join('; ')}. Set real values in the environment (generate with \`openssl rand -hex 32\`); see .env.example.`,
    );
  }
}
