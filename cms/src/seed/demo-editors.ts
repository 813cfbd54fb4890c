import type { Core } from '@strapi/strapi';
import { DEMO_CHIEF_EDITOR_EMAIL, demoEditorEmail } from './demo-accounts';
import { ROLE_CODES } from '../access/region-scope';

type Werkplaats = { id: number; documentId: string; slug: string; name: string };
type AdminUser = { id: number };

async function ensureUser(strapi: Core.Strapi, email: string, lastname: string, roleId: number, password: string): Promise<AdminUser> {
  const users = strapi.service('admin::user');
  const existing = (await strapi.db.query('admin::user').findOne({ where: { email } })) as AdminUser | null;
  if (existing) return existing;
  return (await users.create({
    email,
    password,
    firstname: 'Demo',
    lastname,
    isActive: true,
    registrationToken: null,
    preferedLanguage: 'nl',
    roles: [roleId],
  })) as AdminUser;
}

/** Links the user to the werkplaats on both its draft and published rows (no republish needed). */
async function linkEditor(strapi: Core.Strapi, werkplaats: Werkplaats, userId: number): Promise<void> {
  const query = strapi.db.query('api::werkplaats.werkplaats');
  const rows = (await query.findMany({ where: { documentId: werkplaats.documentId }, populate: { redacteuren: { select: ['id'] } } })) as {
    id: number;
    redacteuren?: { id: number }[];
  }[];
  for (const row of rows) {
    const current = (row.redacteuren ?? []).map((u) => u.id);
    if (!current.includes(userId)) await query.update({ where: { id: row.id }, data: { redacteuren: [...current, userId] } });
  }
}

/**
 * One "Redacteur werkplaats" per demo werkplaats and one "Hoofdredactie", all with the
 * local DEMO_EDITOR_PASSWORD, so every role can be tried at once. Never in production.
 * Returns the e-mail addresses.
 */
export async function ensureDemoEditors(strapi: Core.Strapi, roleIds: Map<string, number>): Promise<string[]> {
  const password = process.env.DEMO_EDITOR_PASSWORD;
  const editorRole = roleIds.get(ROLE_CODES.regionEditor);
  const chiefRole = roleIds.get(ROLE_CODES.chiefEditor);
  if (process.env.NODE_ENV === 'production' || !password || !editorRole || !chiefRole) return [];
  await ensureUser(strapi, DEMO_CHIEF_EDITOR_EMAIL, 'Hoofdredactie', chiefRole, password);
  const logins = [DEMO_CHIEF_EDITOR_EMAIL];
  const werkplaatsen = (await strapi.db.query('api::werkplaats.werkplaats').findMany({
    where: { publishedAt: null },
    select: ['id', 'documentId', 'slug', 'name'],
    orderBy: { name: 'asc' },
  })) as Werkplaats[];
  for (const werkplaats of werkplaatsen) {
    const email = demoEditorEmail(werkplaats.slug);
    const user = await ensureUser(strapi, email, `Redactie ${werkplaats.name}`, editorRole, password);
    await linkEditor(strapi, werkplaats, user.id);
    logins.push(email);
  }
  return logins;
}
