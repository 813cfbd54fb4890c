import qs from 'qs';
import { z } from 'zod';

/** Pagination block of a Strapi 5 list response (page-based). */
export const pagination = z.object({
  /** 1-based page number. */
  page: z.number().int(),
  /** Entries per page (at most 100). */
  pageSize: z.number().int(),
  /** Number of pages (absent with `pagination[withCount]=false`). */
  pageCount: z.number().int().optional(),
  /** Number of entries in all pages (absent with `pagination[withCount]=false`). */
  total: z.number().int().optional(),
});

/** A list response: `{ data: [...], meta: { pagination } }`. Entries stay unknown so each can be validated and reported on its own. */
export const listResponse = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination }),
});

/** A single-document response: `{ data: {...}, meta: {} }`. */
export const singleResponse = z.object({ data: z.unknown(), meta: z.object({}).loose().optional() });

/** A Strapi error response body. */
export const errorResponse = z.object({
  data: z.null().optional(),
  error: z.object({ status: z.number(), name: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type StrapiError = z.infer<typeof errorResponse>['error'];

/**
 * Query string for a REST call in Strapi's bracket syntax (populate, filters, sort,
 * pagination), built with `qs` as Strapi documents. The one place query strings are made.
 */
export function toQueryString(params: Record<string, unknown>): string {
  return qs.stringify(params, { encodeValuesOnly: true, skipNulls: true });
}

/**
 * The REST address of a content type's documents (`path`: its plural API name, as in
 * CONTENT_TYPES) with the query in Strapi's bracket syntax: the one place these URLs are
 * made. A trailing slash of `cmsUrl` is ignored.
 */
export function restUrl(cmsUrl: string, path: string, params?: Record<string, unknown>): string {
  const query = params ? toQueryString(params) : '';
  return `${cmsUrl.replace(/\/$/, '')}/api/${path}${query ? `?${query}` : ''}`;
}
