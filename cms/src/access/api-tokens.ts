import type { Core } from '@strapi/strapi';

export type TokenSpec = {
  /** Name shown in Settings › API-tokens. */
  name: string;
  description: string;
  type: 'read-only' | 'full-access';
  /** Environment variable that holds the token value (generated locally on first start). */
  envVar: string;
};

/** The token of the site's preview route; the only read-only token that may read drafts. */
export const PREVIEW_TOKEN_NAME = 'site-preview';

/** The tokens this product needs; their values live only in the git-ignored env file. */
export const API_TOKENS: TokenSpec[] = [
  {
    name: 'site-build',
    description: 'Alleen-lezen token waarmee de site gepubliceerde inhoud ophaalt.',
    type: 'read-only',
    envVar: 'SITE_API_TOKEN',
  },
  {
    name: PREVIEW_TOKEN_NAME,
    description: 'Alleen-lezen token van de voorbeeldweergave: het enige token dat concepten mag lezen.',
    type: 'read-only',
    envVar: 'PREVIEW_API_TOKEN',
  },
];

type StoredToken = { id: number; name: string; type: string };

/**
 * Makes sure a token with this name, type and value exists. Strapi stores only an HMAC
 * of the value, so we compare hashes; the value itself is never logged.
 */
export async function ensureApiToken(strapi: Core.Strapi, spec: TokenSpec): Promise<'created' | 'updated' | 'unchanged' | 'skipped'> {
  const value = process.env[spec.envVar];
  if (!value) {
    strapi.log.warn(`${spec.envVar} is not set: API token "${spec.name}" was not provisioned.`);
    return 'skipped';
  }
  const tokens = strapi.service('admin::api-token-content-api');
  const encryption = strapi.service('admin::encryption');
  const accessKey: string = tokens.hash(value);
  const query = strapi.db.query('admin::api-token');
  const existing = (await query.findOne({ where: { name: spec.name }, select: ['id', 'name', 'type', 'accessKey'] })) as
    (StoredToken & { accessKey: string }) | null;

  if (existing && existing.accessKey === accessKey && existing.type === spec.type) return 'unchanged';

  const secretFields = { accessKey, encryptedKey: encryption.encrypt(value), type: spec.type, description: spec.description };
  if (existing) {
    await query.update({ where: { id: existing.id }, data: secretFields });
    return 'updated';
  }
  const created = (await tokens.create({ name: spec.name, description: spec.description, type: spec.type, lifespan: null })) as StoredToken;
  await query.update({ where: { id: created.id }, data: secretFields });
  return 'created';
}
