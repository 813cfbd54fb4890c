import type { Core } from '@strapi/strapi';
import { isRegionUid, regionFilter, werkplaatsenOfEditor } from './region-scope';

/** Condition id as Strapi stores it in a permission (`api::` + name). */
export const REGION_CONDITION_ID = 'api::eigen-werkplaats';

type ConditionInput = { id: number | string; permission?: { subject?: string | null } };

/**
 * RBAC custom condition "Hoort bij eigen werkplaats": the document is linked to a
 * werkplaats the editor is registered for. Strapi turns the returned filter into the
 * list query and checks single documents against it (update, publish, delete).
 */
const condition = {
  displayName: 'Hoort bij eigen werkplaats',
  name: 'eigen-werkplaats',
  async handler(user: ConditionInput) {
    const subject = user.permission?.subject;
    if (!subject || !isRegionUid(subject)) return false;
    const werkplaatsen = await werkplaatsenOfEditor(strapi, user.id);
    return werkplaatsen.length > 0 ? regionFilter(subject, werkplaatsen) : false;
  },
};

export async function registerRegionCondition(strapi: Core.Strapi): Promise<void> {
  const provider = strapi.service('admin::permission').conditionProvider;
  if (!provider.has(REGION_CONDITION_ID)) await provider.register(condition);
}
