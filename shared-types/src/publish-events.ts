import { z } from 'zod';

/**
 * Strapi events that can change what the public site shows: the CMS subscribes its
 * publishing webhook (and the GitHub dispatch) to these, the publishing service rebuilds on them.
 */
export const REBUILD_EVENTS = ['entry.publish', 'entry.unpublish', 'entry.delete', 'media.update', 'media.delete'] as const;

/**
 * A Strapi 5 webhook body. Only a hint that something changed: `entry` may be null and
 * events may repeat (draft and published rows), so the service never builds from it.
 */
export const webhookPayload = z.object({
  /** Event name, e.g. "entry.publish". */
  event: z.string().min(1),
  /** When Strapi emitted the event. */
  createdAt: z.string().min(1),
  /** Content type (singular name) of the entry, if any. */
  model: z.string().optional(),
  /** Content type uid, e.g. "api::nieuwsbericht.nieuwsbericht". */
  uid: z.string().optional(),
  /** The entry as Strapi sent it; may be null. */
  entry: z.record(z.string(), z.unknown()).nullable().optional(),
  /** The media file, for media events. */
  media: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type WebhookPayload = z.infer<typeof webhookPayload>;

export function triggersRebuild(payload: WebhookPayload): boolean {
  return (REBUILD_EVENTS as readonly string[]).includes(payload.event);
}

/** A short description of what changed, for logs and the status page. */
export function describeEvent(payload: WebhookPayload): string {
  const entry = payload.entry as { documentId?: string; slug?: string } | null | undefined;
  const which = entry?.slug ?? entry?.documentId;
  return [payload.event, payload.uid ?? payload.model, which].filter(Boolean).join(' ');
}
