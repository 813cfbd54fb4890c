import type { Loader } from 'astro/loaders';
import { CONTENT_TYPES, type CollectionName } from '@wsd/shared-types';
import { StrapiValidationError } from './errors.ts';
import { sourceFromEnv, type ContentSource } from './source.ts';

type Raw = { documentId?: unknown; slug?: unknown };

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

/**
 * A content-layer loader for one Strapi content type. Every build reads every published
 * entry (paged), validates it with shared-types, re-parses only entries whose digest
 * changed, and removes from the store what is no longer published.
 */
export function strapiLoader(name: CollectionName, source: () => ContentSource = sourceFromEnv): Loader {
  const spec = CONTENT_TYPES[name];
  return {
    name: `strapi:${name}`,
    schema: spec.schema,
    load: async ({ store, meta, logger, parseData, generateDigest }) => {
      const from = source();
      const raws = await from.entries(name, spec);
      const seen = new Set<string>();
      let changed = 0;
      for (const raw of raws) {
        const entry = validateEntry(name, raw);
        const id = spec.kind === 'single' ? name : String(entry.documentId);
        seen.add(id);
        const digest = generateDigest(raw as Record<string, unknown>);
        if (store.get(id)?.digest === digest) continue;
        store.set({ id, data: await parseData({ id, data: entry }), digest });
        changed++;
      }
      // Deleted and unpublished entries must disappear, also across cached builds.
      const removed = store.keys().filter((id) => !seen.has(id));
      for (const id of removed) store.delete(id);
      meta.set('last-sync', new Date().toISOString());
      logger.info(`${spec.label}: ${raws.length} entries from ${from.describe} (${changed} changed, ${removed.length} removed)`);
    },
  };
}
