import { createHash } from 'node:crypto';
import { CONTENT_TYPES, restUrl } from '@wsd/shared-types';

export type Fingerprint = { digest: string; entries: number; perType: Record<string, { total: number; latest: string | null }> };

/**
 * A cheap fingerprint of the published content: per content type the number of entries
 * and the newest updatedAt (one tiny request each). Any publish, unpublish, edit or
 * delete, including bulk deletes that send no webhook, changes it.
 */
export async function contentFingerprint(cmsUrl: string, token: string, timeoutMs = 10_000): Promise<Fingerprint> {
  const perType: Fingerprint['perType'] = {};
  for (const [name, spec] of Object.entries(CONTENT_TYPES)) {
    const query =
      spec.kind === 'collection'
        ? { fields: ['updatedAt'], sort: ['updatedAt:desc'], pagination: { page: 1, pageSize: 1 } }
        : { fields: ['updatedAt'] };
    const url = restUrl(cmsUrl, spec.path, query);
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404 && spec.kind === 'single') {
      perType[name] = { total: 0, latest: null };
      continue;
    }
    if (!response.ok) throw new Error(`Fingerprint: the CMS answered ${response.status} for ${url}`);
    const body = (await response.json()) as {
      data: { updatedAt?: string }[] | { updatedAt?: string } | null;
      meta?: { pagination?: { total: number } };
    };
    const list = Array.isArray(body.data) ? body.data : body.data ? [body.data] : [];
    perType[name] = { total: body.meta?.pagination?.total ?? list.length, latest: list[0]?.updatedAt ?? null };
  }
  const entries = Object.values(perType).reduce((sum, t) => sum + t.total, 0);
  const digest = createHash('sha256').update(JSON.stringify(perType)).digest('hex').slice(0, 16);
  return { digest, entries, perType };
}
