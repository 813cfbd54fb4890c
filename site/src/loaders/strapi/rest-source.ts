import { listResponse, singleResponse, toQueryString, type ContentTypeSpec } from '@wsd/shared-types';
import { getJson, type HttpOptions } from './http-client.ts';
import { StrapiRequestError } from './errors.ts';

/** The REST API's maximum page size. */
export const PAGE_SIZE = 100;

/**
 * Every published entry of a content type, paging through the REST API in a stable order
 * (by id) with exactly the populate rules the site needs.
 */
export async function fetchEntries(cmsUrl: string, spec: ContentTypeSpec, http: HttpOptions): Promise<unknown[]> {
  const base = `${cmsUrl.replace(/\/$/, '')}/api/${spec.path}`;
  if (spec.kind === 'single') {
    const url = `${base}?${toQueryString({ populate: spec.populate })}`;
    const parsed = singleResponse.safeParse(await getJson(url, http));
    if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
    return parsed.data.data ? [parsed.data.data] : [];
  }
  const entries: unknown[] = [];
  for (let page = 1; ; page++) {
    const url = `${base}?${toQueryString({ populate: spec.populate, sort: ['id:asc'], pagination: { page, pageSize: PAGE_SIZE } })}`;
    const parsed = listResponse.safeParse(await getJson(url, http));
    if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
    entries.push(...parsed.data.data);
    if (page >= parsed.data.meta.pagination.pageCount) return entries;
  }
}
