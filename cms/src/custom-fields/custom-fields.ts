import type { Core } from '@strapi/strapi';

/**
 * Integers editors type in their own notation (the admin's inputs: src/admin/custom-fields).
 * Stored as integers, so the API, the site and existing data stay as they were.
 * - `global::euro-amount`: cents, typed in euros with a decimal comma (25,00);
 * - `global::year`: a year, typed and shown without a thousands dot (2026, not 2.026).
 */
export const CUSTOM_FIELDS = [
  { name: 'euro-amount', type: 'integer' },
  { name: 'year', type: 'integer' },
] as const;

export function registerCustomFields(strapi: Core.Strapi): void {
  for (const field of CUSTOM_FIELDS) strapi.customFields.register(field);
}
