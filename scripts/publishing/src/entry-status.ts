import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { failureInDutch, urls, type BuildFailure, type CollectionName } from '@wsd/shared-types';
import type { Change } from './changes.ts';
import type { BuildRecord } from './state-store.ts';

/** What the CMS asks about one published entry. */
export type EntryQuery = {
  collection: CollectionName;
  documentId: string;
  /** When the version now published was published (ISO, the CMS's `publishedAt`). */
  publishedAt: string;
  slug?: string;
  /** The entry's date (dossier articles live on the archive page of its year). */
  date?: string;
};

/**
 * Where the published version stands:
 * - `live`: a build that read it went live;
 * - `publishing`: a build for it is waiting or running;
 * - `failed`: the last build that read it failed (the site shows the previous version);
 * - `stalled`: no build read it, none is waiting, and publishing usually takes far less.
 */
export type EntryState =
  | { state: 'live'; since: string }
  | { state: 'publishing'; expectedSeconds: number }
  | { state: 'failed'; at: string; reason: string; failure?: BuildFailure }
  | { state: 'stalled'; expectedSeconds: number };

/** Without any build for it after this long, the entry is reported as stalled. */
const STALL_MS = 2 * 60_000;
const DEFAULT_SECONDS = 10;

/**
 * Builds that read this version. Every build reads all entries changed since the last one,
 * so any build started after the publish covers it; so does one built for this publish
 * event (its time is the CMS's own, should the service's clock run behind).
 */
function coveringBuilds(history: BuildRecord[], query: EntryQuery): BuildRecord[] {
  const published = Date.parse(query.publishedAt);
  const forThisVersion = (c: Change) =>
    c.documentId === query.documentId && c.publishedAt !== undefined && Date.parse(c.publishedAt) >= published;
  return history.filter((record) => Date.parse(record.startedAt) >= published || (record.changes ?? []).some(forThisVersion));
}

/** How long a publish usually takes: the median of the last five builds that went live, in whole seconds. */
export function typicalSeconds(history: BuildRecord[]): number {
  const durations = history
    .filter((r) => r.result === 'live' && r.finishedAt)
    .slice(-5)
    .map((r) => Date.parse(r.finishedAt!) - Date.parse(r.startedAt))
    .sort((a, b) => a - b);
  if (durations.length === 0) return DEFAULT_SECONDS;
  return Math.max(1, Math.ceil(durations[Math.floor(durations.length / 2)]! / 1000));
}

/** Why a build failed, in Dutch: the entry and field from the build's failure, else a general line. */
export function failureReason(record: BuildRecord): string {
  if (record.failure) return failureInDutch(record.failure);
  return 'De site kon niet worden gebouwd door een technische fout; de site toont de vorige versie. De beheerder vindt de oorzaak met `npm run publish:status`.';
}

export function entryState(history: BuildRecord[], waiting: Change[], query: EntryQuery, now = Date.now()): EntryState {
  const builds = coveringBuilds(history, query);
  const live = builds.find((r) => r.result === 'live');
  if (live) return { state: 'live', since: live.finishedAt ?? live.startedAt };
  const last = builds.at(-1);
  if (last?.result === 'failed')
    return {
      state: 'failed',
      at: last.finishedAt ?? last.startedAt,
      reason: failureReason(last),
      ...(last.failure ? { failure: last.failure } : {}),
    };
  const expectedSeconds = typicalSeconds(history);
  const waited = now - Date.parse(query.publishedAt);
  if (last || waiting.some((c) => c.documentId === query.documentId) || waited < STALL_MS) return { state: 'publishing', expectedSeconds };
  return { state: 'stalled', expectedSeconds };
}

const PAGES: Partial<Record<CollectionName, (slug: string) => string>> = {
  nieuwsberichten: urls.newsItem,
  evenementen: urls.event,
  kennisagendas: urls.kennisagenda,
  werkplaatsen: urls.werkplaats,
  themas: (slug) => urls.thema(slug),
};
/** Archive pages of one year searched for a dossier article. */
const MAX_ARCHIVE_PAGES = 40;

const pageFile = (root: string, pathname: string) =>
  path.join(root, ...pathname.split('/').filter(Boolean).map(decodeURIComponent), 'index.html');

/**
 * The entry's page in the live release (a path like /nieuws/…/), or null when the live
 * site has none: the link the admin offers must always open.
 */
export function livePath(liveRoot: string, query: Pick<EntryQuery, 'collection' | 'slug' | 'date'>): string | null {
  if (!query.slug) return null;
  const page = PAGES[query.collection];
  if (page) return existsSync(pageFile(liveRoot, page(query.slug))) ? page(query.slug) : null;
  if (query.collection !== 'dossierartikelen' || !query.date) return null;
  const year = Number(query.date.slice(0, 4));
  const anchor = `id="${query.slug}"`;
  for (let n = 1; n <= MAX_ARCHIVE_PAGES; n++) {
    const file = pageFile(liveRoot, urls.dossierArchive(year, n));
    if (!existsSync(file)) return null;
    if (readFileSync(file, 'utf8').includes(anchor)) return urls.dossierArchive(year, n, query.slug);
  }
  return null;
}
