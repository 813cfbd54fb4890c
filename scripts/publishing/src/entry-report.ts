import { collectionOf, type Change } from './changes.ts';
import { entryState, livePath, type EntryQuery, type EntryState } from './entry-status.ts';
import type { BuildRecord } from './state-store.ts';

/** One entry's publishing state with the link to its page on the live site (null when it has none there). */
export type EntryReport = EntryState & { url: string | null };

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * The query of GET /status/entry, checked: `uid` (a content type the site reads),
 * `documentId`, `publishedAt` (ISO), and optionally `slug` and `date`. The slug ends up
 * in a file path, so only slug characters pass.
 */
export function entryQuery(params: URLSearchParams): EntryQuery | { error: string } {
  const uid = params.get('uid') ?? '';
  const collection = collectionOf(uid);
  if (!collection) return { error: `uid: "${uid.slice(0, 80)}" is not a content type of the site` };
  const documentId = params.get('documentId') ?? '';
  if (!DOCUMENT_ID.test(documentId)) return { error: 'documentId: expected lowercase letters and digits' };
  const publishedAt = params.get('publishedAt') ?? '';
  if (Number.isNaN(Date.parse(publishedAt))) return { error: 'publishedAt: expected an ISO date and time' };
  const slug = params.get('slug') ?? undefined;
  if (slug !== undefined && !SLUG.test(slug)) return { error: 'slug: expected lowercase letters, digits and hyphens' };
  const date = params.get('date') ?? undefined;
  if (date !== undefined && !DATE.test(date)) return { error: 'date: expected YYYY-MM-DD' };
  return { collection, documentId, publishedAt, ...(slug ? { slug } : {}), ...(date ? { date } : {}) };
}

/** Entries one GET /status/links may ask about (a list page of the admin shows at most 100). */
const MAX_LINKS = 100;

/**
 * GET /status/links?uid=…&entry=slug[|date]&…: the live page of several entries of one
 * type, keyed by slug (null: the live site has none). For the admin's list views.
 */
export function liveLinks(
  params: URLSearchParams,
  liveRoot: string | null,
  siteUrl: string | undefined,
): { links: Record<string, string | null> } | { error: string } {
  const uid = params.get('uid') ?? '';
  const collection = collectionOf(uid);
  if (!collection) return { error: `uid: "${uid.slice(0, 80)}" is not a content type of the site` };
  const entries = params.getAll('entry');
  if (entries.length > MAX_LINKS) return { error: `entry: at most ${MAX_LINKS} per request` };
  const links: Record<string, string | null> = {};
  for (const entry of entries) {
    const [slug = '', date] = entry.split('|');
    if (!SLUG.test(slug) || (date !== undefined && !DATE.test(date)))
      return { error: `entry: "${entry.slice(0, 80)}" is not slug|YYYY-MM-DD` };
    const pathname = liveRoot ? livePath(liveRoot, { collection, slug, ...(date ? { date } : {}) }) : null;
    links[slug] = pathname && siteUrl ? new URL(pathname, siteUrl).toString() : null;
  }
  return { links };
}

export function entryReport(input: {
  history: BuildRecord[];
  waiting: Change[];
  query: EntryQuery;
  liveRoot: string | null;
  siteUrl: string | undefined;
}): EntryReport {
  const state = entryState(input.history, input.waiting, input.query);
  const pathname = input.liveRoot ? livePath(input.liveRoot, input.query) : null;
  return { ...state, url: pathname && input.siteUrl ? new URL(pathname, input.siteUrl).toString() : null };
}
