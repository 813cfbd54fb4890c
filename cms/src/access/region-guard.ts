import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isRegionScoped, isRegionUid, REGION_FIELDS, werkplaatsenOfDocument, werkplaatsenOfEditor, type RegionUid } from './region-scope';

type Params = { documentId?: string; data?: Record<string, unknown> };
type RequestUser = { id: number; roles?: { code?: string }[] };

const PUBLISHER_ACTION = 'plugin::publisher.action';
const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);
const OWN_DOCUMENT_ACTIONS = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

const LABELS: Record<string, string> = { werkplaatsen: 'Werkplaatsen', werkplaats: 'Werkplaats' };

function forbidden(): never {
  throw new errors.ForbiddenError('Dit item hoort bij een andere werkplaats: je kunt het bekijken, maar niet wijzigen of publiceren.');
}

function refuseLinks(uid: RegionUid, message: string): never {
  const field = REGION_FIELDS[uid];
  throw new errors.ValidationError(`Niet opgeslagen. ${LABELS[field]}: ${message}`, {
    errors: [{ path: [field], message: `${LABELS[field]}: ${message}`, name: 'ValidationError' }],
  });
}

/** After a write: still linked to an own werkplaats, and no other werkplaats was added or removed. */
function checkLinks(uid: RegionUid, own: string[], before: string[], after: string[]): void {
  if (!after.some((id) => own.includes(id))) refuseLinks(uid, 'koppel het item aan je eigen werkplaats.');
  const addedElsewhere = after.filter((id) => !before.includes(id) && !own.includes(id));
  if (addedElsewhere.length > 0) refuseLinks(uid, 'je kunt alleen je eigen werkplaats toevoegen.');
  const removedElsewhere = before.filter((id) => !after.includes(id) && !own.includes(id));
  if (removedElsewhere.length > 0) refuseLinks(uid, 'je kunt een andere werkplaats niet loskoppelen; vraag de hoofdredactie.');
}

/** A shared item (also linked to another werkplaats) is deleted only by the hoofdredactie. */
function refuseSharedDelete(): never {
  throw new errors.ForbiddenError(
    'Dit item hoort ook bij een andere werkplaats: alleen de hoofdredactie kan het verwijderen. Je kunt het wel bewerken of depubliceren.',
  );
}

/** The target of a scheduled action as it would be stored: the stored action merged with the change. */
async function scheduledTarget(strapi: Core.Strapi, params: Params) {
  const stored = params.documentId
    ? ((await strapi.documents(PUBLISHER_ACTION as never).findOne({ documentId: params.documentId } as never)) as Record<
        string,
        unknown
      > | null)
    : null;
  return { ...stored, ...params.data } as { entitySlug?: string; entityId?: string };
}

/**
 * Region editors' second line of defence, for every path that writes documents (admin,
 * bulk actions, the scheduling plugin): the RBAC condition decides what the admin offers,
 * this middleware makes sure a write can never leave or enter another region. A create or
 * update runs in a transaction, so a refused result is rolled back.
 */
export function registerRegionGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const user = strapi.requestContext.get()?.state?.user as RequestUser | undefined;
    const uid = context.uid as string;
    // Reads pass (the guard's own lookups are reads too, so this also prevents recursion).
    const guarded = WRITE_ACTIONS.has(context.action) || OWN_DOCUMENT_ACTIONS.has(context.action);
    if (!guarded || !isRegionScoped(user) || (!isRegionUid(uid) && uid !== PUBLISHER_ACTION)) return next();
    const own = await werkplaatsenOfEditor(strapi, user.id);
    const params = (context.params ?? {}) as Params;

    if (uid === PUBLISHER_ACTION) {
      const target = await scheduledTarget(strapi, params);
      if (target.entitySlug && target.entityId && isRegionUid(target.entitySlug)) {
        const linked = await werkplaatsenOfDocument(strapi, target.entitySlug, target.entityId);
        if (!linked.some((id) => own.includes(id))) forbidden();
      }
      return next();
    }

    const before = params.documentId ? await werkplaatsenOfDocument(strapi, uid, params.documentId) : [];
    if (params.documentId && OWN_DOCUMENT_ACTIONS.has(context.action) && before.length > 0 && !before.some((id) => own.includes(id))) {
      forbidden();
    }
    if (context.action === 'delete' && before.some((id) => !own.includes(id))) refuseSharedDelete();
    if (!WRITE_ACTIONS.has(context.action)) return next();
    // A clone is a new document: none of its links count as already there.
    const baseline = context.action === 'update' ? before : [];
    return strapi.db.transaction(async () => {
      const result = await next();
      const created = (result as { documentId?: string } | null)?.documentId;
      const documentId = created ?? (context.action === 'update' ? params.documentId : undefined);
      if (documentId) checkLinks(uid, own, baseline, await werkplaatsenOfDocument(strapi, uid, documentId));
      return result;
    });
  });
}
