import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { schedulableTypes, mayPublish, mayRead, type ScheduledTarget } from '../access/scheduling-permissions';

const ACTION_UID = 'plugin::publisher.action';
const MODES = new Set(['publish', 'unpublish']);

type StoredAction = ScheduledTarget & { documentId: string; mode?: string; executeAt?: string };
type Ability = Parameters<typeof mayPublish>[1];

/** Refuses a scheduled action that names an unknown type, mode or entry; returns the target. */
function validTarget(strapi: Core.Strapi, action: Partial<StoredAction>): ScheduledTarget & { mode: string } {
  if (!action.entitySlug || !schedulableTypes(strapi).includes(action.entitySlug)) {
    throw new errors.ValidationError('Inplannen kan alleen voor nieuwsberichten en evenementen.');
  }
  if (!action.mode || !MODES.has(action.mode)) throw new errors.ValidationError('Kies of het item gepubliceerd of gedepubliceerd wordt.');
  if (!action.entityId || typeof action.entityId !== 'string') throw new errors.ValidationError('Het in te plannen item ontbreekt.');
  return { entitySlug: action.entitySlug, entityId: action.entityId, mode: action.mode };
}

async function assertMaySchedule(strapi: Core.Strapi, ability: Ability, action: Partial<StoredAction>): Promise<void> {
  const target = validTarget(strapi, action);
  const verdict = await mayPublish(strapi, ability, target);
  if (verdict === 'missing') throw new errors.NotFoundError('Het in te plannen item bestaat niet (meer).');
  if (verdict === 'denied') {
    throw new errors.ForbiddenError(
      'Je mag dit item niet inplannen: het hoort bij een andere werkplaats of je mag dit type niet publiceren.',
    );
  }
}

/**
 * Route middleware on every admin route of strapi-plugin-publisher (which checks no
 * permission itself). Creating, changing or deleting a scheduled action needs the
 * caller's publish permission on the scheduled entry, conditions included: for a change,
 * on the stored action and on the stored action merged with the change, so an action
 * can neither be taken over nor retargeted. Listing returns only actions whose entry the
 * caller may read.
 */
const scheduledActionGuard: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    if (!/\/actions(\/|$)/.test(ctx.path)) return next();
    const ability = ctx.state.userAbility as Ability;
    if (ctx.method === 'GET') {
      await next();
      const body = ctx.body as { data?: StoredAction[] } | undefined;
      if (Array.isArray(body?.data)) {
        const visible = await Promise.all(body.data.map((action) => mayRead(strapi, ability, action)));
        body.data = body.data.filter((_, index) => visible[index]);
      }
      return;
    }
    const documentId = ctx.params?.id as string | undefined;
    const stored = documentId
      ? ((await strapi.documents(ACTION_UID as never).findOne({ documentId } as never)) as StoredAction | null)
      : null;
    if (documentId && !stored) throw new errors.NotFoundError('Deze planning bestaat niet (meer).');
    if (stored) await assertMaySchedule(strapi, ability, stored);
    if (ctx.method !== 'DELETE') {
      const incoming = ((ctx.request.body as { data?: Partial<StoredAction> } | undefined)?.data ?? {}) as Partial<StoredAction>;
      await assertMaySchedule(strapi, ability, { ...stored, ...incoming });
    }
    return next();
  };

export default scheduledActionGuard;
