import type { Core } from '@strapi/strapi';

/**
 * Content that belongs to a region: the field that links it to its werkplaats(en).
 * A region editor may only touch documents linked to one of their own werkplaatsen.
 */
export const REGION_FIELDS = {
  'api::nieuwsbericht.nieuwsbericht': 'werkplaatsen',
  'api::evenement.evenement': 'werkplaatsen',
  'api::kennisagenda.kennisagenda': 'werkplaats',
  'api::dossierartikel.dossierartikel': 'werkplaats',
} as const;

export type RegionUid = keyof typeof REGION_FIELDS;
export const REGION_UIDS = Object.keys(REGION_FIELDS) as RegionUid[];

export const isRegionUid = (uid: string): uid is RegionUid => uid in REGION_FIELDS;

/** Role codes (stable identifiers; the names are what editors see). */
export const ROLE_CODES = {
  regionEditor: 'wsd-redacteur-werkplaats',
  chiefEditor: 'wsd-hoofdredactie',
} as const;

type AdminUser = { id: number | string; roles?: { code?: string }[] };

/**
 * Region-scoped: has the "Redacteur werkplaats" role and no role that may edit
 * everything (Hoofdredactie, Super Admin).
 */
export function isRegionScoped(user: AdminUser | undefined | null): user is AdminUser {
  const codes = (user?.roles ?? []).map((role) => role.code);
  return codes.includes(ROLE_CODES.regionEditor) && !codes.some((code) => code === ROLE_CODES.chiefEditor || code === 'strapi-super-admin');
}

/**
 * documentIds of the werkplaatsen an admin user edits for. The link is stored on the
 * werkplaats (field "Redacteuren"); its draft row counts, so a change takes effect on save.
 */
export async function werkplaatsenOfEditor(strapi: Core.Strapi, userId: number | string): Promise<string[]> {
  const rows = (await strapi.db.query('api::werkplaats.werkplaats').findMany({
    where: { redacteuren: { id: userId }, publishedAt: null },
    select: ['documentId'],
  })) as { documentId: string }[];
  return [...new Set(rows.map((row) => row.documentId))];
}

/** documentIds of the werkplaatsen a document's draft is linked to (empty when it does not exist). */
export async function werkplaatsenOfDocument(strapi: Core.Strapi, uid: RegionUid, documentId: string): Promise<string[]> {
  const field = REGION_FIELDS[uid];
  const draft = (await strapi.documents(uid).findOne({
    documentId,
    status: 'draft',
    populate: { [field]: { fields: ['documentId'] } },
  } as never)) as Record<string, unknown> | null;
  const linked = draft?.[field];
  const list = (Array.isArray(linked) ? linked : linked ? [linked] : []) as { documentId: string }[];
  return list.map((w) => w.documentId);
}

/**
 * The permission filter for one content type: linked to one of these werkplaatsen. A
 * dotted path, like Strapi's own "is creator" condition: it is matched against single
 * documents (sift, where a nested object would mean exact equality) and turned into queries.
 */
export function regionFilter(uid: RegionUid, werkplaatsen: string[]): Record<string, unknown> {
  return { [`${REGION_FIELDS[uid]}.documentId`]: { $in: werkplaatsen } };
}
