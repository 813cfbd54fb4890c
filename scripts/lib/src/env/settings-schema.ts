import { z } from 'zod';

/**
 * Building blocks for the zod schemas that read a command's settings from the environment
 * once (the publishing service, `npm start`): a typo stops the command with the variable's
 * name and what it expected, instead of becoming NaN or undefined somewhere later.
 */

/** Unset and empty variables are the same thing. */
export const unset = (value: unknown) => (value === '' ? undefined : value);

/** A whole number (`what` says of what, for the error), or `fallback` when unset. */
export const wholeNumber = (name: string, fallback: number, what = 'a whole number') =>
  z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, { message: `${name} must be ${what}` })
      .transform(Number)
      .optional()
      .transform((v) => v ?? fallback),
  );

/** A variable that must be set (to anything). */
export const required = (name: string, what = 'is not set') =>
  z.preprocess(unset, z.string({ message: `${name} ${what}` }).min(1, { message: `${name} ${what}` }));

/** A URL that must be set, e.g. `example` "http://127.0.0.1:1337". */
export const requiredUrl = (name: string, example: string) => z.url({ message: `${name} must be a URL, e.g. ${example}` });

/** Parses `env` with `schema`; throws the first problem, naming the variable and what was given. */
export function parseSettings<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  const given = env[name];
  throw new Error(`${issue.message}${given !== undefined && given !== '' ? `, got '${given}'` : ''}.`);
}
