/**
 * What counts as a real secret in production, one policy for the CMS and the publishing
 * service: set, not a placeholder from .env.example or Strapi's templates, and at least
 * MIN_SECRET_LENGTH characters.
 */

/** Placeholder values from .env.example and from Strapi's own templates. */
export const EXAMPLE_SECRET_VALUES: ReadonlySet<string> = new Set([
  '<generated>',
  'tobemodified',
  'tobemodified1',
  'tobemodified2',
  'changeme',
  'secret',
  'example',
]);

/** The shortest secret accepted in production. */
export const MIN_SECRET_LENGTH = 16;

/**
 * What is wrong with the secret `name` (English, for the operator's log), or undefined when it
 * is fine. A list secret (Strapi's APP_KEYS) is comma-separated and every part must pass.
 */
export function secretProblem(name: string, value: string | undefined, options: { list?: boolean } = {}): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return `${name} is not set`;
  const parts = options.list ? trimmed.split(',').map((part) => part.trim()) : [trimmed];
  if (parts.some((part) => EXAMPLE_SECRET_VALUES.has(part.toLowerCase()))) return `${name} still has an example value`;
  if (parts.some((part) => part.length < MIN_SECRET_LENGTH)) return `${name} is shorter than ${MIN_SECRET_LENGTH} characters`;
  return undefined;
}
