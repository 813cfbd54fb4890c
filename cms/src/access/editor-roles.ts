import type { Core } from '@strapi/strapi';
import { REGION_CONDITION_ID } from './region-condition';
import { REGION_UIDS, ROLE_CODES } from './region-scope';

type Permission = { action: string; subject?: string | null; properties?: Record<string, unknown>; conditions?: string[] };
type Action = { actionId: string; section: string; subjects?: string[] };

const EXPLORER = 'plugin::content-manager.explorer';
const ALL_CONTENT = [
  ...REGION_UIDS,
  'api::werkplaats.werkplaats',
  'api::thema.thema',
  'api::persoon.persoon',
  'api::site-setting.site-setting',
] as const;
/** Shared content a region editor may use and add to, but is not owned by a region. */
const SHARED_FOR_EDITORS: Record<string, string[]> = {
  'api::werkplaats.werkplaats': ['read'],
  'api::thema.thema': ['read'],
  'api::persoon.persoon': ['read', 'create', 'update'],
  'api::site-setting.site-setting': ['read'],
};
const MEDIA_LIBRARY: Permission[] = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
].map((action) => ({ action }));

/** Content-manager permissions with every (nested) field, as Strapi's own default roles build them. */
function contentPermissions(
  strapi: Core.Strapi,
  subjects: readonly string[],
  verbs: readonly string[],
  conditions: string[] = [],
): Permission[] {
  const actions = (strapi.service('admin::permission').actionProvider.values() as Action[])
    .filter((a) => a.section === 'contentTypes' && verbs.some((verb) => a.actionId === `${EXPLORER}.${verb}`))
    .map((a) => ({ ...a, subjects: (a.subjects ?? []).filter((s) => subjects.includes(s)) }));
  const permissions = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions) as Permission[];
  return permissions.map((p) => ({ ...p, conditions }));
}

function regionEditorPermissions(strapi: Core.Strapi): Permission[] {
  return [
    // Reading stays open, so editors can see and link to each other's items without changing them.
    ...contentPermissions(strapi, REGION_UIDS, ['read']),
    ...contentPermissions(strapi, REGION_UIDS, ['create', 'update', 'delete', 'publish'], [REGION_CONDITION_ID]),
    ...Object.entries(SHARED_FOR_EDITORS).flatMap(([uid, verbs]) => contentPermissions(strapi, [uid], verbs)),
    ...MEDIA_LIBRARY,
  ];
}

function chiefEditorPermissions(strapi: Core.Strapi): Permission[] {
  return [...contentPermissions(strapi, ALL_CONTENT, ['create', 'read', 'update', 'delete', 'publish']), ...MEDIA_LIBRARY];
}

export const EDITOR_ROLES = [
  {
    code: ROLE_CODES.chiefEditor,
    name: 'Hoofdredactie',
    description: 'Mag alle inhoud van alle werkplaatsen maken, bewerken en publiceren.',
    permissions: chiefEditorPermissions,
  },
  {
    code: ROLE_CODES.regionEditor,
    name: 'Redacteur werkplaats',
    description: 'Mag nieuws, evenementen, kennisagenda en dossier maken, bewerken en publiceren van de eigen werkplaats(en).',
    permissions: regionEditorPermissions,
  },
] as const;

type Role = { id: number; code: string; name: string; description: string };

/** Creates or updates both editor roles and sets their permissions exactly (configuration as code). */
export async function ensureEditorRoles(strapi: Core.Strapi): Promise<Map<string, number>> {
  const roles = strapi.service('admin::role');
  const ids = new Map<string, number>();
  for (const spec of EDITOR_ROLES) {
    const existing = (await roles.findOne({ code: spec.code })) as Role | null;
    const role = existing ?? ((await roles.create({ code: spec.code, name: spec.name, description: spec.description })) as Role);
    if (existing && (existing.name !== spec.name || existing.description !== spec.description)) {
      await roles.update({ id: existing.id }, { name: spec.name, description: spec.description });
    }
    await roles.assignPermissions(role.id, spec.permissions(strapi));
    ids.set(spec.code, role.id);
  }
  return ids;
}
