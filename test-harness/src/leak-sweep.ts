import type { CmsInstance } from './cms-instance.ts';

/**
 * Query strings an attacker with a read token would try: wildcard and deep populates,
 * the media `related` link that reaches every version of an entry, `on` fragments for
 * morph relations, status and publication tricks, and filters that select drafts.
 */
export function sweepQueries(): string[] {
  return [
    '',
    'populate=*',
    'populate=related',
    'populate[0]=related',
    'populate[related]=*',
    'populate[related][populate]=*',
    'populate[attachments][populate]=related',
    'populate[attachments][populate][related][populate]=*',
    'populate[invitation][populate]=related',
    'populate[cover][populate][file][populate]=related',
    'populate[cover][populate]=*',
    'populate[related][on][api::nieuwsbericht.nieuwsbericht]=true',
    'populate[related][on][api::nieuwsbericht.nieuwsbericht][populate]=*',
    'populate[nieuwsberichten]=*',
    'populate[werkplaatsen][populate][nieuwsberichten]=*',
    'populate[themas][populate]=*',
    'status=draft',
    'status=draft&populate=*',
    'publicationState=preview',
    'hasPublishedVersion=false',
    'filters[publishedAt][$null]=true',
    'filters[title][$contains]=GEHEIM&status=draft',
    'populate[attachments][filters][related][title][$contains]=GEHEIM',
  ];
}

/** `:id` values to try: documentIds per REST path segment (e.g. "nieuwsberichten"), and one file id. */
type Ids = { documentIds: Record<string, string[]>; fileId: number };

/** Every GET route of the content API (/api/…), as the CMS registered them. */
function contentApiGetRoutes(cms: CmsInstance): string[] {
  const layers = cms.strapi.server.listRoutes() as unknown as { path: string; methods: string[] }[];
  return [...new Set(layers.filter((l) => l.path.startsWith('/api/') && l.methods.includes('GET')).map((l) => l.path))];
}

/** Concrete paths for a route: every id we know in place of `:id` (documentIds and a file id). */
function concretePaths(route: string, ids: Ids): string[] {
  if (!route.includes(':')) return [route];
  const segment = route.split('/')[2] ?? '';
  const values = route.startsWith('/api/upload') ? [String(ids.fileId)] : [...(ids.documentIds[segment] ?? []), '1'];
  return values.map((value) => route.replace(/:[a-zA-Z]+/g, encodeURIComponent(value)));
}

/** Paths in a JSON value where a draft row (`publishedAt: null`) appears. */
function draftRows(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => draftRows(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const found = 'publishedAt' in value && (value as { publishedAt: unknown }).publishedAt === null ? [path] : [];
  return [...found, ...Object.entries(value).flatMap(([key, v]) => draftRows(v, `${path}.${key}`))];
}

export type SweepResult = { routes: number; attempts: number; answered: number; leaks: string[] };

/**
 * Calls every content-API GET route with `token` in every query shape and reports each
 * response that carries a draft row or a draft's marker text.
 */
export async function collectLeaks(cms: CmsInstance, token: string, queries: string[], ids: Ids, markers: string[]): Promise<SweepResult> {
  const routes = contentApiGetRoutes(cms);
  const result: SweepResult = { routes: routes.length, attempts: 0, answered: 0, leaks: [] };
  for (const route of routes) {
    for (const path of concretePaths(route, ids)) {
      for (const query of queries) {
        const url = `${cms.url}${path}${query ? `?${query}` : ''}`;
        const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
        const text = await response.text();
        result.attempts++;
        if (response.status !== 200) continue;
        result.answered++;
        const marker = markers.find((m) => text.includes(m));
        if (marker) result.leaks.push(`${path}?${query}: marker ${marker}`);
        const rows = draftRows(JSON.parse(text) as unknown);
        if (rows.length > 0) result.leaks.push(`${path}?${query}: draft row at ${rows[0]}`);
      }
    }
  }
  return result;
}

/** Up to `perType` documentIds of every api:: collection type, by REST path segment, plus `extra`. */
export async function sampleDocumentIds(cms: CmsInstance, extra: Record<string, string[]>, perType = 1): Promise<Record<string, string[]>> {
  const ids: Record<string, string[]> = {};
  for (const [uid, type] of Object.entries(cms.strapi.contentTypes) as [string, { kind: string; info: { pluralName: string } }][]) {
    if (!uid.startsWith('api::') || type.kind !== 'collectionType') continue;
    const rows = (await cms.strapi.documents(uid as never).findMany({ fields: ['documentId'], limit: perType } as never)) as unknown as {
      documentId: string;
    }[];
    ids[type.info.pluralName] = [...new Set([...(extra[type.info.pluralName] ?? []), ...rows.map((r) => r.documentId)])];
  }
  return ids;
}
