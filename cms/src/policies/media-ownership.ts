import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isOwnUse, usersOfFile } from '../access/media-usage';
import { isRegionScoped, werkplaatsenOfEditor } from '../access/region-scope';

/** Where a media-library route names the files it changes. */
export type FileTarget = 'param' | 'query' | 'fileIds' | 'updates' | 'folderParam' | 'everything';

type Context = {
  state: { user?: { id: number; roles?: { code?: string }[] } };
  params?: { id?: string };
  request: { query: Record<string, unknown>; body?: Record<string, unknown> };
};
type FileRow = { id: number; name: string; createdBy?: { id: number } | null };

const FILE_UID = 'plugin::upload.file';
const FOLDER_UID = 'plugin::upload.folder';

const ids = (values: unknown): number[] => (Array.isArray(values) ? values : []).map(Number).filter(Number.isInteger);

/** Files inside these folders and their subfolders (a folder's `path` prefixes its children's). */
async function filesInFolders(strapi: Core.Strapi, folderIds: number[]): Promise<number[]> {
  if (folderIds.length === 0) return [];
  const folders = (await strapi.db.query(FOLDER_UID).findMany({ where: { id: { $in: folderIds } }, select: ['path'] })) as {
    path: string;
  }[];
  const files = await Promise.all(
    folders.map((f) =>
      strapi.db
        .query(FILE_UID)
        .findMany({ where: { $or: [{ folderPath: f.path }, { folderPath: { $startsWith: `${f.path}/` } }] }, select: ['id'] }),
    ),
  );
  return (files.flat() as { id: number }[]).map((f) => f.id);
}

/** The ids of the files a request would replace, edit, move or delete. */
async function targetFiles(strapi: Core.Strapi, ctx: Context, target: FileTarget): Promise<number[] | 'everything'> {
  const body = ctx.request.body ?? {};
  switch (target) {
    case 'param':
      return ids([ctx.params?.id]);
    case 'query':
      return ids(ctx.request.query.id === undefined ? [] : [ctx.request.query.id]);
    case 'fileIds':
      return [...ids(body.fileIds), ...(await filesInFolders(strapi, ids(body.folderIds)))];
    case 'updates':
      return ids((Array.isArray(body.updates) ? body.updates : []).map((u: { id?: unknown }) => u.id));
    case 'folderParam':
      return filesInFolders(strapi, ids([ctx.params?.id]));
    case 'everything':
      return 'everything';
  }
}

function refuse(file: FileRow | null, reason: string): never {
  const what = file ? `Het bestand "${file.name}"` : 'Dit bestand';
  throw new errors.PolicyError(
    `${what} ${reason} Je kunt het wel gebruiken; vraag de hoofdredactie om het te vervangen, te bewerken of te verwijderen.`,
  );
}

/**
 * Region editors may replace, edit, move or delete only files they uploaded themselves and
 * that no content of another werkplaats (or of the hoofdredactie) uses. Strapi's media
 * library checks one permission for all of it, and its bulk routes check no file at all,
 * so this policy sits on every media-library route that changes files.
 */
const mediaOwnership = async (ctx: Context, config: { target?: FileTarget }, { strapi }: { strapi: Core.Strapi }) => {
  const user = ctx.state.user;
  if (!isRegionScoped(user)) return true;
  const targets = await targetFiles(strapi, ctx, config.target ?? 'param');
  if (targets === 'everything') refuse(null, 'kan alleen door de hoofdredactie in bulk worden bewerkt.');
  const own = await werkplaatsenOfEditor(strapi, user.id);
  for (const id of targets) {
    const file = (await strapi.db
      .query(FILE_UID)
      .findOne({ where: { id }, populate: { createdBy: { select: ['id'] } } })) as FileRow | null;
    if (!file) continue; // Strapi answers 404 itself.
    if (file.createdBy?.id !== user.id) refuse(file, 'is door iemand anders geüpload.');
    for (const use of await usersOfFile(strapi, id)) {
      if (!(await isOwnUse(strapi, use, own)))
        refuse(file, 'wordt gebruikt door inhoud van een andere werkplaats of van de hoofdredactie.');
    }
  }
  return true;
};

export default mediaOwnership;
