import { errors } from '@strapi/utils';

/** One problem with one field; `path` follows the admin form (e.g. ['venue', 'city']). */
export type Issue = { path: (string | number)[]; label: string; message: string };

/**
 * Throws one Strapi ValidationError for all issues. The admin shows each message under
 * its field (details.errors[].path); API callers get the same list.
 */
export function throwIfAny(issues: Issue[], what: string, outcome: 'opgeslagen' | 'gepubliceerd' = 'opgeslagen'): void {
  if (issues.length === 0) return;
  const lines = issues.map((i) => `${i.label}: ${i.message}`);
  const summary = issues.length === 1 ? lines[0] : `${issues.length} velden kloppen niet: ${lines.join('; ')}`;
  throw new errors.ValidationError(`${what} niet ${outcome}. ${summary}`, {
    errors: issues.map((i) => ({ path: i.path.map(String), message: `${i.label}: ${i.message}`, name: 'ValidationError' })),
  });
}
