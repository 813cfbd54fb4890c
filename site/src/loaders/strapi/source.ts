import { readFileSync } from 'node:fs';
import type { CollectionName, ContentTypeSpec } from '@wsd/shared-types';
import { cmsUrlFrom } from '../../utils/site-env.ts';
import { fetchEntries } from './rest-source.ts';

/** Where content comes from: the live CMS or a JSON snapshot of it. */
export type ContentSource = { describe: string; entries: (name: CollectionName, spec: ContentTypeSpec) => Promise<unknown[]> };

/** Shape of a snapshot file written by `pnpm --filter @wsd/site snapshot`. */
export type Snapshot = { createdAt: string; cmsUrl: string; collections: Partial<Record<CollectionName, unknown[]>> };

export function liveSource(cmsUrl: string, token: string): ContentSource {
  return { describe: `CMS at ${cmsUrl}`, entries: (_name, spec) => fetchEntries(cmsUrl, spec, { token }) };
}

export function snapshotSource(file: string): ContentSource {
  let snapshot: Snapshot | undefined;
  return {
    describe: `snapshot ${file}`,
    entries: async (name) => {
      snapshot ??= JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
      return snapshot.collections[name] ?? [];
    },
  };
}

/**
 * Picks the source from the environment: WSD_SNAPSHOT=<file> builds offline from a
 * snapshot; otherwise CMS_URL and SITE_API_TOKEN are required.
 */
export function sourceFromEnv(env: NodeJS.ProcessEnv = process.env): ContentSource {
  if (env.WSD_SNAPSHOT) return snapshotSource(env.WSD_SNAPSHOT);
  const cmsUrl = cmsUrlFrom(env);
  if (!env.SITE_API_TOKEN) {
    throw new Error(
      'SITE_API_TOKEN is not set: the site reads the CMS with the read-only token from .env (or set WSD_SNAPSHOT to build from a snapshot).',
    );
  }
  return liveSource(cmsUrl, env.SITE_API_TOKEN);
}
