import { CONTENT_TYPES, listResponse, restUrl, type CollectionName, type PreviewStatus } from '@wsd/shared-types';
import { StrapiRequestError } from '../loaders/strapi/errors.ts';
import { getJson } from '../loaders/strapi/http-client.ts';
import { validateEntry } from '../loaders/strapi/loader.ts';

/**
 * One document as the preview shows it: the draft (or the published version) read with
 * the preview token, the only read-only token the CMS lets read drafts, and validated
 * like the build validates it. Null when the document does not exist.
 */
export async function fetchForPreview(
  cms: { url: string; token: string },
  name: CollectionName,
  documentId: string,
  status: PreviewStatus,
): Promise<Record<string, unknown> | null> {
  const spec = CONTENT_TYPES[name];
  const url = restUrl(cms.url, spec.path, { populate: spec.populate, status, filters: { documentId: { $eq: documentId } } });
  const parsed = listResponse.safeParse(await getJson(url, { token: cms.token, retries: 1 }));
  if (!parsed.success) throw new StrapiRequestError(`Unexpected response shape from ${url}`, url);
  const raw = parsed.data.data[0];
  return raw ? validateEntry(name, raw) : null;
}
