import type { Core } from '@strapi/strapi';

/** What a scheduled action (strapi-plugin-publisher) points at. */
export type ScheduledTarget = { entitySlug?: string; entityId?: string };

type Checker = { can: Record<'read' | 'publish', (entity?: unknown) => boolean> };
type CheckerFactory = { create: (options: { userAbility: unknown; model: string }) => Checker };
type Populate = { populateDeep: (depth: number) => Populate; build: () => Promise<Record<string, unknown>> };
export type Ability = unknown;

/** The content types scheduling is switched on for (config/plugins.ts). */
export function schedulableTypes(strapi: Core.Strapi): string[] {
  return (strapi.config.get('plugin::publisher.contentTypes') as string[] | undefined) ?? [];
}

/**
 * The draft of the scheduled entry with its direct relations, which is what permission
 * conditions read (the region condition reads `werkplaatsen.documentId`).
 */
async function loadTarget(strapi: Core.Strapi, target: ScheduledTarget): Promise<Record<string, unknown> | null> {
  if (!target.entitySlug || !target.entityId || !(target.entitySlug in strapi.contentTypes)) return null;
  const builder = strapi.plugin('content-manager').service('populate-builder') as unknown as (uid: string) => Populate;
  const populate = await builder(target.entitySlug).populateDeep(1).build();
  return (await strapi
    .documents(target.entitySlug as never)
    .findOne({ documentId: target.entityId, status: 'draft', populate } as never)) as Record<string, unknown> | null;
}

/** Strapi's own content-manager check of one action on one entry, conditions included. */
async function check(strapi: Core.Strapi, ability: Ability, target: ScheduledTarget, action: 'read' | 'publish') {
  const entity = await loadTarget(strapi, target);
  if (!entity) return 'missing' as const;
  const factory = strapi.plugin('content-manager').service('permission-checker') as unknown as CheckerFactory;
  const checker = factory.create({ userAbility: ability, model: target.entitySlug! });
  return checker.can[action](entity) ? ('allowed' as const) : ('denied' as const);
}

export const mayPublish = (strapi: Core.Strapi, ability: Ability, target: ScheduledTarget) => check(strapi, ability, target, 'publish');

export async function mayRead(strapi: Core.Strapi, ability: Ability, target: ScheduledTarget): Promise<boolean> {
  return (await check(strapi, ability, target, 'read')) === 'allowed';
}
