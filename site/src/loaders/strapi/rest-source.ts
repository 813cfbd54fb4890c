import { listResponse, restUrl, singleResponse, type ContentTypeSpec } from '@wsd/shared-types';
import { getJson, type HttpOptions } from './http-client.ts';
import { StrapiRequestError } from './errors.ts';

/** The REST API's maximum page size. */
export const PAGE_SIZE = 100;

/** Entries and the CMS's clock when it answered the first request (from the HTTP Date header). */
export type Fetched = { entries: unknown[]; serverTime: Date };

/** GETs one list page; the Date header of the answer is kept for the caller's sync point. */
async function listPage(url: string, http: HttpOptions, clock: { at?: Date }) {
  const parsed = listResponse.safeParse(
    await getJson(url, { ...http, onResponse: (r) => (clock.at ??= new Date(r.headers.get('date') ?? Date.now())) }),
  );
  if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
  return parsed.data;
}

/** Every page of a query, in a stable order (by id), until a page comes back short. */
async function allPages(cmsUrl: string, spec: ContentTypeSpec, query: Record<string, unknown>, http: HttpOptions): Promise<Fetched> {
  const clock: { at?: Date } = {};
  const entries: unknown[] = [];
  for (let page = 1; ; page++) {
    const url = restUrl(cmsUrl, spec.path, { ...query, sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE, withCount: false } });
    const { data } = await listPage(url, http, clock);
    entries.push(...data);
    if (data.length < PAGE_SIZE) return { entries, serverTime: clock.at ?? new Date() };
  }
}

/** The single entry of a single type (or none). */
async function singleEntry(cmsUrl: string, spec: ContentTypeSpec, http: HttpOptions): Promise<Fetched> {
  const url = restUrl(cmsUrl, spec.path, { populate: spec.populate });
  let serverTime: Date | undefined;
  const parsed = singleResponse.safeParse(
    await getJson(url, { ...http, onResponse: (r) => (serverTime = new Date(r.headers.get('date') ?? Date.now())) }),
  );
  if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
  return { entries: parsed.data.data ? [parsed.data.data] : [], serverTime: serverTime ?? new Date() };
}

/**
 * Every published entry of a content type, paging through the REST API with exactly the
 * populate rules the site needs.
 */
export async function fetchEntries(cmsUrl: string, spec: ContentTypeSpec, http: HttpOptions): Promise<Fetched> {
  if (spec.kind === 'single') return singleEntry(cmsUrl, spec, http);
  return allPages(cmsUrl, spec, { populate: spec.populate }, http);
}

/** `{ a: { b: { updatedAt: { $gt: since } } } }` for the dotted path "a.b". */
function updatedAfter(path: string, since: string): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<Record<string, unknown>>((inner, key) => ({ [key]: inner }), { updatedAt: { $gt: since } });
}

/**
 * Entries that changed after `since`: their own update time, or that of a related row they
 * carry (a werkplaats's name, a replaced image: `spec.dependsOn`), in one query.
 */
export async function fetchChangedEntries(cmsUrl: string, spec: ContentTypeSpec, since: string, http: HttpOptions): Promise<Fetched> {
  if (spec.kind === 'single') return singleEntry(cmsUrl, spec, http);
  const filters = { $or: [{ updatedAt: { $gt: since } }, ...spec.dependsOn.map((path) => updatedAfter(path, since))] };
  return allPages(cmsUrl, spec, { populate: spec.populate, filters }, http);
}

/** How many published entries a collection has (one tiny request). */
export async function countEntries(cmsUrl: string, spec: ContentTypeSpec, http: HttpOptions): Promise<number> {
  const url = restUrl(cmsUrl, spec.path, { fields: ['documentId'], pagination: { page: 1, pageSize: 1, withCount: true } });
  const parsed = listResponse.safeParse(await getJson(url, http));
  if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
  return parsed.data.meta.pagination?.total ?? parsed.data.data.length;
}

/** The documentIds of every published entry: the cheap listing that finds what was removed without a webhook. */
export async function fetchDocumentIds(cmsUrl: string, spec: ContentTypeSpec, http: HttpOptions): Promise<string[]> {
  const { entries } = await allPages(cmsUrl, spec, { fields: ['documentId'] }, http);
  return (entries as { documentId: string }[]).map((e) => e.documentId);
}
