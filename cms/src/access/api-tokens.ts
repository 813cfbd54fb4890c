import type { Core } from '@strapi/strapi';

/** The content types the site reads (and previews); each token gets exactly their read routes. */
export const SITE_CONTENT_TYPES = [
  'api::werkplaats.werkplaats',
  'api::nieuwsbericht.nieuwsbericht',
  'api::evenement.evenement',
  'api::kennisagenda.kennisagenda',
  'api::dossierartikel.dossierartikel',
  'api::thema.thema',
  'api::persoon.persoon',
  'api::site-setting.site-setting',
] as const;

/** find and findOne of every site content type (a single type has find only). */
const SITE_READ_SCOPES = SITE_CONTENT_TYPES.flatMap((uid) =>
  uid === 'api::site-setting.site-setting' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`],
);

export type TokenSpec = {
  /** Name shown in Settings › API-tokens. */
  name: string;
  description: string;
  /** Custom: exactly `permissions`, nothing else (no upload, users or plugin routes). */
  type: 'custom';
  /** Content-API actions (`<uid>.<action>`) the token may call. */
  permissions: readonly string[];
  /** Environment variable that holds the token value (generated locally on first start). */
  envVar: string;
};

/** The token of the site's preview route; the only token but a full-access one that may read drafts. */
export const PREVIEW_TOKEN_NAME = 'site-preview';

/** The tokens this product needs; their values live only in the git-ignored env file. */
export const API_TOKENS: TokenSpec[] = [
  {
    name: 'site-build',
    description: 'Token waarmee de site gepubliceerde inhoud leest: alleen de leesroutes van de site-inhoud.',
    type: 'custom',
    permissions: SITE_READ_SCOPES,
    envVar: 'SITE_API_TOKEN',
  },
  {
    name: PREVIEW_TOKEN_NAME,
    description: 'Token van de voorbeeldweergave: alleen de leesroutes van de site-inhoud, en het enige token dat concepten mag lezen.',
    type: 'custom',
    permissions: SITE_READ_SCOPES,
    envVar: 'PREVIEW_API_TOKEN',
  },
];

type StoredToken = { id: number; name: string; type: string; accessKey: string; permissions?: { action: string }[] };

const samePermissions = (stored: { action: string }[] | undefined, wanted: readonly string[]) => {
  const have = new Set((stored ?? []).map((p) => p.action));
  return have.size === new Set(wanted).size && wanted.every((action) => have.has(action));
};

/**
 * Makes sure a token with this name, type, value and exactly these permissions exists.
 * Strapi stores only an HMAC of the value, so we compare hashes; the value itself is
 * never logged. Permissions go through Strapi's own token service, which refuses unknown
 * actions.
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
  const existing = (await query.findOne({
    where: { name: spec.name },
    select: ['id', 'name', 'type', 'accessKey'],
    populate: { permissions: { select: ['action'] } },
  })) as StoredToken | null;

  if (
    existing &&
    existing.accessKey === accessKey &&
    existing.type === spec.type &&
    samePermissions(existing.permissions, spec.permissions)
  ) {
    return 'unchanged';
  }
  const attributes = { description: spec.description, type: spec.type, permissions: [...spec.permissions] };
  const id = existing
    ? ((await tokens.update(existing.id, attributes)) as StoredToken).id
    : ((await tokens.create({ name: spec.name, kind: 'content-api', lifespan: null, ...attributes })) as StoredToken).id;
  await query.update({ where: { id }, data: { accessKey, encryptedKey: encryption.encrypt(value) } });
  return existing ? 'updated' : 'created';
}
