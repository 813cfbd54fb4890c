import { createHash } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_TYPES, type CollectionName, type ContentTypeSpec } from '@wsd/shared-types';
import { siteConfig } from '../../utils/build-config.ts';
import { StrapiValidationError } from './errors.ts';
import { reportFailure } from './failure.ts';
import { sourceFromConfig, type ChangeFeed, type ContentSource } from './source.ts';

type Raw = { documentId?: unknown; slug?: unknown };

/** Meta keys the loader keeps in the content layer between builds. */
const SYNC_POINT = 'sync-point';
const SYNC_SCHEMA = 'sync-schema';
/** The next sync asks again for what changed in the last seconds before this one (clock resolution, commits in flight). */
const SYNC_OVERLAP_MS = 5000;

/** Validates one raw entry; throws a StrapiValidationError naming entry and field. */
export function validateEntry(name: CollectionName, raw: unknown): Record<string, unknown> {
  const spec = CONTENT_TYPES[name];
  const result = spec.schema.safeParse(raw);
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0]!;
  const { documentId, slug } = (raw ?? {}) as Raw;
  throw new StrapiValidationError(
    spec.label,
    String(documentId ?? '?'),
    typeof slug === 'string' ? slug : undefined,
    issue.path.join('.') || '(entry)',
    issue.message,
  );
}

/** What the stored entries were read with: a change here (populate rules, dependencies) means a full sync. */
export const schemaKey = (spec: ContentTypeSpec) =>
  createHash('sha256')
    .update(JSON.stringify([spec.populate, spec.dependsOn, 2]))
    .digest('hex');

type Context = Pick<LoaderContext, 'store' | 'meta' | 'parseData' | 'generateDigest'>;

/** Stores one entry from the CMS unless its digest is unchanged; returns its id and whether it changed. */
async function put(name: CollectionName, raw: unknown, { store, parseData, generateDigest }: Context): Promise<[string, boolean]> {
  const spec = CONTENT_TYPES[name];
  const entry = validateEntry(name, raw);
  const id = spec.kind === 'single' ? name : String(entry.documentId);
  const digest = generateDigest(raw as Record<string, unknown>);
  if (store.get(id)?.digest === digest) return [id, false];
  store.set({ id, data: await parseData({ id, data: entry }), digest });
  return [id, true];
}

/** Replaces the store with every entry: first build, schema change, a full rebuild, a snapshot. */
async function fullSync(name: CollectionName, from: ContentSource, context: Context) {
  const { entries, serverTime } = await from.entries(name, CONTENT_TYPES[name]);
  const seen = new Set<string>();
  let changed = 0;
  for (const raw of entries) {
    const [id, didChange] = await put(name, raw, context);
    seen.add(id);
    if (didChange) changed++;
  }
  // Deleted and unpublished entries must disappear, also across cached builds.
  const removed = context.store.keys().filter((id) => !seen.has(id));
  for (const id of removed) context.store.delete(id);
  return { read: entries.length, changed, removed: removed.length, serverTime };
}

/**
 * Reads only what changed since the sync point, removes what the CMS reported removed,
 * and lists documentIds only when the count says something else was removed (a lost
 * webhook): at 10,000 entries a publish reads a handful instead of everything.
 */
async function incrementalSync(name: CollectionName, feed: ChangeFeed, since: string, removedHint: string[], context: Context) {
  const spec = CONTENT_TYPES[name];
  const { entries, serverTime } = await feed.since(spec, since);
  const fresh = new Set<string>();
  let changed = 0;
  for (const raw of entries) {
    const [id, didChange] = await put(name, raw, context);
    fresh.add(id);
    if (didChange) changed++;
  }
  let removed = 0;
  for (const id of removedHint) {
    if (!fresh.has(id) && context.store.has(id)) {
      context.store.delete(id);
      removed++;
    }
  }
  if ((await feed.count(spec)) !== context.store.keys().length) {
    const published = new Set(await feed.documentIds(spec));
    for (const id of context.store.keys().filter((id) => !published.has(id))) {
      context.store.delete(id);
      removed++;
    }
  }
  return { read: entries.length, changed, removed, serverTime };
}

/**
 * A content-layer loader for one Strapi content type. The first build (and a full rebuild,
 * or a change of what is read) reads every published entry; later builds read only the
 * entries changed since the sync point kept in the content layer's meta. Entries are
 * validated with shared-types; a broken one fails the build naming type, entry and field.
 */
export function strapiLoader(name: CollectionName, source: () => ContentSource = sourceFromConfig): Loader {
  const spec = CONTENT_TYPES[name];
  return {
    name: `strapi:${name}`,
    schema: spec.schema,
    load: async (context) => {
      const { meta, logger } = context;
      const from = source();
      const config = siteConfig();
      const since = meta.get(SYNC_POINT);
      // A single type is one request: it is always read whole.
      const incremental =
        config.sync === 'incremental' && spec.kind === 'collection' && from.changes && since && meta.get(SYNC_SCHEMA) === schemaKey(spec);
      const result = await (
        incremental ? incrementalSync(name, from.changes!, since, config.removed[name] ?? [], context) : fullSync(name, from, context)
      ).catch((error: unknown) => {
        reportFailure(config.failureFile, error);
        throw error;
      });
      meta.set(SYNC_POINT, new Date(result.serverTime.getTime() - SYNC_OVERLAP_MS).toISOString());
      meta.set(SYNC_SCHEMA, schemaKey(spec));
      const how = incremental ? `changed since ${since}` : 'all';
      logger.info(
        `${spec.label}: ${result.read} entries (${how}) from ${from.describe} (${result.changed} changed, ${result.removed} removed)`,
      );
    },
  };
}
