import type { Core } from '@strapi/strapi';
import { isRegionUid, REGION_FIELDS } from './region-scope';

/** One row of a content type (draft or published version) that uses a file. */
export type FileUser = { uid: string; id: number };

type Attribute = { type: string; component?: string; components?: string[] };
type Schema = { attributes: Record<string, Attribute> };
type Row = { id: number; documentId?: string };

const FILE_UID = 'plugin::upload.file';
/** Components nest a few levels at most; this bounds the walk up to the owning document. */
const MAX_COMPONENT_DEPTH = 6;

const holdsComponent = (attr: Attribute, component: string) =>
  (attr.type === 'component' && attr.component === component) ||
  (attr.type === 'dynamiczone' && (attr.components ?? []).includes(component));

/** Every schema (content type or component) with an attribute that holds `component`. */
function parentsOf(strapi: Core.Strapi, component: string): [uid: string, attribute: string][] {
  const schemas = [...Object.entries(strapi.contentTypes), ...Object.entries(strapi.components)] as unknown as [string, Schema][];
  return schemas.flatMap(([uid, schema]) =>
    Object.entries(schema.attributes)
      .filter(([, attr]) => holdsComponent(attr, component))
      .map(([name]): [string, string] => [uid, name]),
  );
}

/** The content-type rows a (component) row belongs to, walking up nested components. */
async function ownersOf(strapi: Core.Strapi, uid: string, id: number, depth = 0): Promise<FileUser[]> {
  if (uid in strapi.contentTypes) return [{ uid, id }];
  if (depth >= MAX_COMPONENT_DEPTH) return [];
  const owners: FileUser[] = [];
  for (const [parentUid, attribute] of parentsOf(strapi, uid)) {
    const rows = (await strapi.db.query(parentUid as never).findMany({ where: { [attribute]: { id } }, select: ['id'] })) as Row[];
    for (const row of rows) owners.push(...(await ownersOf(strapi, parentUid, row.id, depth + 1)));
  }
  return owners;
}

/**
 * The content-type rows that use a file, directly (a media field) or through components
 * (an image component inside a news item). Read from the file's own `related` links, so
 * drafts count as well as published versions.
 */
export async function usersOfFile(strapi: Core.Strapi, fileId: number): Promise<FileUser[]> {
  const file = (await strapi.db.query(FILE_UID).findOne({ where: { id: fileId }, populate: { related: true } })) as {
    related?: { id: number; __type: string }[];
  } | null;
  const users: FileUser[] = [];
  for (const link of file?.related ?? []) users.push(...(await ownersOf(strapi, link.__type, link.id)));
  return users;
}

/**
 * Whether a region editor may change a file that this row uses: rows of their own region
 * (linked to one of their werkplaatsen), their own werkplaats, or a person (shared and
 * editable by every editor). Anything else belongs to another werkplaats or to the
 * hoofdredactie (site settings, themes).
 */
export async function isOwnUse(strapi: Core.Strapi, user: FileUser, ownWerkplaatsen: string[]): Promise<boolean> {
  if (user.uid === 'api::persoon.persoon') return true;
  if (user.uid === 'api::werkplaats.werkplaats') {
    const row = (await strapi.db.query(user.uid).findOne({ where: { id: user.id }, select: ['documentId'] })) as Row | null;
    return Boolean(row?.documentId && ownWerkplaatsen.includes(row.documentId));
  }
  if (!isRegionUid(user.uid)) return false;
  const field = REGION_FIELDS[user.uid];
  const row = (await strapi.db.query(user.uid).findOne({
    where: { id: user.id },
    populate: { [field]: { select: ['documentId'] } },
  })) as Record<string, unknown> | null;
  const linked = row?.[field];
  const list = (Array.isArray(linked) ? linked : linked ? [linked] : []) as Row[];
  return list.some((w) => w.documentId && ownWerkplaatsen.includes(w.documentId));
}
