import type { Core } from '@strapi/strapi';
import { ROLE_CODES } from '../access/region-scope';
import { mayRead, type Ability } from '../access/scheduling-permissions';

/**
 * Where an editor's work stands on the site, for the admin panel: the CMS asks the
 * publishing service (with the webhook secret), so the browser only talks to the admin
 * origin and the service's own details stay internal. Routes under /wsd-publishing/, for
 * signed-in admin users only.
 */

type Context = {
  params: Record<string, string>;
  state: { user?: { firstname?: string | null; lastname?: string | null; roles?: { code?: string }[] }; userAbility?: Ability };
  status: number;
  body: unknown;
};

const SERVICE_TIMEOUT_MS = 5000;
const PUBLISHER_ACTION = 'plugin::publisher.action';

/** The publishing service's address for `pathname`: the origin of the webhook it receives (one setting, not two). */
function serviceUrl(pathname: string): URL | undefined {
  const hook = process.env.PUBLISH_WEBHOOK_URL;
  return hook ? new URL(pathname, hook) : undefined;
}

type ServiceAnswer = { ok: true; body: Record<string, unknown> } | { ok: false; state: 'unconnected' | 'unreachable' };

/** Asks the publishing service; says `unconnected` without one configured and `unreachable` when it does not answer well. */
async function askService(pathname: string, init: RequestInit = {}): Promise<ServiceAnswer> {
  const url = serviceUrl(pathname);
  if (!url) return { ok: false, state: 'unconnected' };
  try {
    const response = await fetch(url, {
      ...init,
      headers: { Authorization: `Bearer ${process.env.PUBLISH_WEBHOOK_SECRET ?? ''}` },
      signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
    });
    if (!response.ok) return { ok: false, state: 'unreachable' };
    return { ok: true, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return { ok: false, state: 'unreachable' };
  }
}

/** The editor-facing label of a field (content-manager configuration), else its name. */
async function fieldLabel(strapi: Core.Strapi, uid: string, field: string): Promise<string> {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as {
    findConfiguration: (model: { uid: string }) => Promise<{ metadatas?: Record<string, { edit?: { label?: string } }> }>;
  };
  const configuration = await service.findConfiguration({ uid }).catch(() => undefined);
  return configuration?.metadatas?.[field.split('.')[0]!]?.edit?.label ?? field;
}

/**
 * A failure names the field as the schema does (‘lead’); editors know it by its label
 * (‘Intro’). `contentType` is the type's display name, as the build reports it.
 */
async function withFieldLabel(strapi: Core.Strapi, text: string, at: { contentType?: string; field?: string } | null | undefined) {
  if (!at?.field || !at.contentType) return text;
  const models = strapi.contentTypes as unknown as Record<string, { info?: { displayName?: string } }>;
  const uid = Object.keys(models).find((key) => models[key]?.info?.displayName === at.contentType);
  if (!uid) return text;
  return text.replace(`‘${at.field}’`, `‘${await fieldLabel(strapi, uid, at.field)}’`);
}

/** The entry answer with the failing field by its label. */
async function labelledEntry(strapi: Core.Strapi, body: Record<string, unknown>) {
  const failure = body.failure as { kind?: string; contentType?: string; field?: string } | undefined;
  if (body.state !== 'failed' || failure?.kind !== 'invalid-entry') return body;
  return { ...body, reason: await withFieldLabel(strapi, String(body.reason), failure) };
}

/** The build list with failing fields by their labels. */
async function labelledBuilds(strapi: Core.Strapi, body: Record<string, unknown>) {
  type Summary = { failure?: string | null; failureAt?: { contentType: string; field: string } | null };
  const builds = await Promise.all(
    ((body.builds ?? []) as Summary[]).map(async (build) =>
      build.failure ? { ...build, failure: await withFieldLabel(strapi, build.failure, build.failureAt) } : build,
    ),
  );
  return { ...body, builds };
}

/** The scheduled publishes of several entries of one type, by documentId (the earliest each). */
async function scheduledPublishes(strapi: Core.Strapi, uid: string, documentIds: string[]): Promise<Record<string, string>> {
  if (!(PUBLISHER_ACTION in strapi.contentTypes) || documentIds.length === 0) return {};
  const actions = (await strapi.documents(PUBLISHER_ACTION as never).findMany({
    filters: { entitySlug: uid, entityId: { $in: documentIds }, mode: 'publish' },
    sort: 'executeAt:desc',
  } as never)) as unknown as { entityId: string; executeAt: string }[];
  return Object.fromEntries(actions.map((action) => [action.entityId, action.executeAt]));
}

/** The scheduled publish of an entry (strapi-plugin-publisher), if any. */
async function scheduledPublish(strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> {
  return (await scheduledPublishes(strapi, uid, [documentId]))[documentId] ?? null;
}

const dateOnly = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : undefined);

/** GET /wsd-publishing/entries/:uid/:documentId: draft, scheduled, publishing, live (with its link) or failed (in Dutch). */
export function entryStatusHandler(strapi: Core.Strapi) {
  return async (ctx: Context) => {
    const { uid, documentId } = ctx.params as { uid: string; documentId: string };
    if (!uid || !(uid in strapi.contentTypes) || !uid.startsWith('api::')) {
      ctx.status = 404;
      ctx.body = { error: `Onbekend inhoudstype: ${String(uid).slice(0, 80)}` };
      return;
    }
    // Strapi's own read check with its conditions: status says nothing about an entry one may not see.
    if (!(await mayRead(strapi, ctx.state.userAbility, { entitySlug: uid, entityId: documentId }))) {
      ctx.status = 404;
      ctx.body = { error: 'Dit item bestaat niet of je mag het niet zien.' };
      return;
    }
    const published = (await strapi.documents(uid as never).findOne({ documentId, status: 'published' } as never)) as Record<
      string,
      unknown
    > | null;
    const scheduledAt = await scheduledPublish(strapi, uid, documentId);
    if (!published?.publishedAt) {
      ctx.body = scheduledAt ? { state: 'scheduled', scheduledAt } : { state: 'draft' };
      return;
    }
    const query = new URLSearchParams({ uid, documentId, publishedAt: new Date(String(published.publishedAt)).toISOString() });
    if (typeof published.slug === 'string') query.set('slug', published.slug);
    const date = dateOnly(published.date);
    if (date) query.set('date', date);
    const answer = await askService(`/status/entry?${query}`);
    ctx.body = answer.ok ? { ...(await labelledEntry(strapi, answer.body)), scheduledAt } : { state: answer.state, scheduledAt };
  };
}

type Checker = { can: { read: (entity?: unknown) => boolean } };
const MAX_LINKS = 100;

/** Whether the user may read entries of `uid` at all (Strapi's content-manager check). */
function mayReadType(strapi: Core.Strapi, ability: Ability, uid: string): boolean {
  const factory = strapi.plugin('content-manager').service('permission-checker') as unknown as {
    create: (options: { userAbility: unknown; model: string }) => Checker;
  };
  return factory.create({ userAbility: ability, model: uid }).can.read();
}

/** GET /wsd-publishing/links/:uid?documentIds=a,b: the live page of each published entry of a list view. */
export function linksHandler(strapi: Core.Strapi) {
  return async (ctx: Context & { query: Record<string, unknown> }) => {
    const { uid } = ctx.params as { uid: string };
    const ids = String(ctx.query.documentIds ?? '')
      .split(',')
      .filter(Boolean)
      .slice(0, MAX_LINKS);
    if (!uid?.startsWith('api::') || !(uid in strapi.contentTypes) || !mayReadType(strapi, ctx.state.userAbility, uid)) {
      ctx.status = 404;
      ctx.body = { error: `Onbekend inhoudstype: ${String(uid).slice(0, 80)}` };
      return;
    }
    const fields = ['slug', 'date'].filter((field) => field in (strapi.contentTypes[uid as never] as { attributes: object }).attributes);
    const published = (await strapi.documents(uid as never).findMany({
      filters: { documentId: { $in: ids } },
      status: 'published',
      fields,
      limit: MAX_LINKS,
    } as never)) as unknown as { documentId: string; slug?: string; date?: string }[];
    const scheduled = await scheduledPublishes(strapi, uid, ids);
    const withSlug = published.filter((entry) => typeof entry.slug === 'string');
    if (withSlug.length === 0) return void (ctx.body = { links: {}, scheduled });
    const query = new URLSearchParams({ uid });
    for (const entry of withSlug) query.append('entry', entry.date ? `${entry.slug}|${dateOnly(entry.date)}` : entry.slug!);
    const answer = await askService(`/status/links?${query}`);
    const bySlug = answer.ok ? ((answer.body.links ?? {}) as Record<string, string | null>) : {};
    ctx.body = { links: Object.fromEntries(withSlug.map((entry) => [entry.documentId, bySlug[entry.slug!] ?? null])), scheduled };
  };
}

/** Whoever may ask for a full rebuild: the hoofdredactie and super admins. */
const mayRebuild = (user: Context['state']['user']) =>
  (user?.roles ?? []).some((role) => role.code === ROLE_CODES.chiefEditor || role.code === 'strapi-super-admin');

/** GET /wsd-publishing/builds: the last builds and the live state, and whether this user may rebuild. */
export function buildsHandler(strapi: Core.Strapi) {
  return async (ctx: Context) => {
    const answer = await askService('/status/builds');
    ctx.body = answer.ok
      ? { state: 'connected', ...(await labelledBuilds(strapi, answer.body)), mayRebuild: mayRebuild(ctx.state.user) }
      : { state: answer.state, mayRebuild: false };
  };
}

/** POST /wsd-publishing/rebuild: a full rebuild, asked for by the hoofdredactie. */
export function rebuildHandler() {
  return async (ctx: Context) => {
    const user = ctx.state.user;
    if (!mayRebuild(user)) {
      ctx.status = 403;
      ctx.body = { error: 'Alleen de hoofdredactie kan de site opnieuw laten bouwen.' };
      return;
    }
    const by = [user?.firstname, user?.lastname].filter(Boolean).join(' ');
    const answer = await askService(`/admin/rebuild?${new URLSearchParams({ full: '1', ...(by ? { by } : {}) })}`, { method: 'POST' });
    ctx.status = answer.ok ? 202 : 503;
    ctx.body = answer.ok
      ? { accepted: true }
      : { error: 'De publicatieservice is niet bereikbaar; probeer het later opnieuw of vraag de beheerder.' };
  };
}

/** Registers the routes (in `register`, before the server mounts its routers). */
export function registerPublishStatusRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  strapi.server.routes({
    type: 'admin',
    prefix: '/wsd-publishing',
    routes: [
      { method: 'GET', path: '/entries/:uid/:documentId', handler: entryStatusHandler(strapi), config },
      { method: 'GET', path: '/links/:uid', handler: linksHandler(strapi), config },
      { method: 'GET', path: '/builds', handler: buildsHandler(strapi), config },
      { method: 'POST', path: '/rebuild', handler: rebuildHandler(), config },
    ],
  } as never);
}
