import { CONTENT_TYPES, type CollectionName, type WebhookPayload } from '@wsd/shared-types';

/**
 * One reason to build, as the service keeps it (also across a restart, in state.json):
 * a CMS event, a request from a command, reconciliation, or the schedule.
 */
export type Change = {
  /** What a person reads in /status and the logs. */
  description: string;
  /** The Strapi event, when the change came from the CMS. */
  event?: string;
  /** Which collection (shared-types name) and document, when known. */
  collection?: CollectionName;
  documentId?: string;
  /** The entry's title (or name, or slug) as the webhook carried it, for the admin's build list. */
  title?: string;
  /** When the CMS published the version the event is about (the CMS's clock, as the admin's status query). */
  publishedAt?: string;
  /** Rebuild everything: every entry, page and search record (command, schedule, code change). */
  full?: boolean;
};

export const collectionOf = (uid: string | undefined): CollectionName | undefined =>
  (Object.entries(CONTENT_TYPES) as [CollectionName, { uid: string }][]).find(([, spec]) => spec.uid === uid)?.[0];

/** The change a webhook describes. */
export function changeFromWebhook(payload: WebhookPayload, description: string): Change {
  const entry = payload.entry as
    { documentId?: unknown; title?: unknown; name?: unknown; slug?: unknown; publishedAt?: unknown } | null | undefined;
  const documentId = typeof entry?.documentId === 'string' ? entry.documentId : undefined;
  const title = [entry?.title, entry?.name, entry?.slug].find((value): value is string => typeof value === 'string' && value !== '');
  return {
    description,
    event: payload.event,
    ...(collectionOf(payload.uid) ? { collection: collectionOf(payload.uid)! } : {}),
    ...(documentId ? { documentId } : {}),
    // Capped: the state file keeps it, and a webhook body is not trusted to be small.
    ...(title ? { title: title.slice(0, 120) } : {}),
    ...(typeof entry?.publishedAt === 'string' && !Number.isNaN(Date.parse(entry.publishedAt)) ? { publishedAt: entry.publishedAt } : {}),
  };
}

/** States written before changes were structured kept plain descriptions. */
export const asChange = (value: Change | string): Change => (typeof value === 'string' ? { description: value } : value);

export type BuildPlan = {
  /** Read every entry and render every page (else: only what changed). */
  full: boolean;
  /** documentIds reported unpublished or deleted, per collection: removed without a listing. */
  removed: Partial<Record<CollectionName, string[]>>;
};

/**
 * What a batch of changes asks the build to do. A deleted file leaves no trace an
 * incremental sync could find (entries lose the link, their update time stays), so it
 * reads everything; so do a full rebuild request and the first build.
 */
export function planBuild(changes: Change[]): BuildPlan {
  const full = changes.some((c) => c.full === true || c.event === 'media.delete');
  const removed: BuildPlan['removed'] = {};
  for (const change of changes) {
    if ((change.event === 'entry.unpublish' || change.event === 'entry.delete') && change.collection && change.documentId) {
      (removed[change.collection] ??= []).push(change.documentId);
    }
  }
  return { full, removed };
}
