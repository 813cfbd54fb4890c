import { readFileSync } from 'node:fs';
import type { CollectionName, ContentTypeSpec } from '@wsd/shared-types';
import { siteConfig } from '../../utils/build-config.ts';
import { countEntries, fetchChangedEntries, fetchDocumentIds, fetchEntries, type Fetched } from './rest-source.ts';

/** What an incremental sync asks the live CMS (a snapshot has no history: it is always read whole). */
export type ChangeFeed = {
  /** Entries changed (themselves, or a relation or file they carry) after `since`. */
  since: (spec: ContentTypeSpec, since: string) => Promise<Fetched>;
  /** How many published entries the collection has. */
  count: (spec: ContentTypeSpec) => Promise<number>;
  /** The documentIds of every published entry. */
  documentIds: (spec: ContentTypeSpec) => Promise<string[]>;
};

/** Where content comes from: the live CMS or a JSON snapshot of it. */
export type ContentSource = {
  describe: string;
  entries: (name: CollectionName, spec: ContentTypeSpec) => Promise<Fetched>;
  changes?: ChangeFeed;
};

/** Shape of a snapshot file written by `npm run snapshot`. */
export type Snapshot = { createdAt: string; cmsUrl: string; collections: Partial<Record<CollectionName, unknown[]>> };

export function liveSource(cmsUrl: string, token: string): ContentSource {
  const http = { token };
  return {
    describe: `CMS at ${cmsUrl}`,
    entries: (_name, spec) => fetchEntries(cmsUrl, spec, http),
    changes: {
      since: (spec, since) => fetchChangedEntries(cmsUrl, spec, since, http),
      count: (spec) => countEntries(cmsUrl, spec, http),
      documentIds: (spec) => fetchDocumentIds(cmsUrl, spec, http),
    },
  };
}

export function snapshotSource(file: string): ContentSource {
  let snapshot: Snapshot | undefined;
  return {
    describe: `snapshot ${file}`,
    entries: async (name) => {
      snapshot ??= JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
      return { entries: snapshot.collections[name] ?? [], serverTime: new Date(snapshot.createdAt) };
    },
  };
}

/** The source of this build: its snapshot, or the live CMS with the site token. */
export function sourceFromConfig(): ContentSource {
  const config = siteConfig();
  if (config.snapshot) return snapshotSource(config.snapshot);
  if (!config.token) {
    throw new Error(
      'SITE_API_TOKEN is not set: the site reads the CMS with the site token from .env (or set WSD_SNAPSHOT to build from a snapshot).',
    );
  }
  return liveSource(config.cmsUrl, config.token);
}
