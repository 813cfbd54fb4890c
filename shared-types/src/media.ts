import { z } from 'zod';

/** One generated size of an uploaded image (Strapi's responsive formats). */
export const mediaFormat = z.object({
  /** Path (local provider: "/uploads/…") or absolute URL of this size. */
  url: z.string(),
  /** Pixel width. */
  width: z.number().int().nullish(),
  /** Pixel height. */
  height: z.number().int().nullish(),
  /** MIME type, e.g. "image/jpeg". */
  mime: z.string(),
  /** Size in kilobytes. */
  size: z.number(),
});

/** An uploaded file as the REST API returns it inside a populated media field. */
export const mediaFile = z.object({
  /** Database id of the file. */
  id: z.number().int(),
  /** Stable document id of the file. */
  documentId: z.string(),
  /** File name as uploaded. */
  name: z.string(),
  /** Alt text from the media library (components carry their own required alt). */
  alternativeText: z.string().nullish(),
  /** Caption from the media library. */
  caption: z.string().nullish(),
  /** Path (local provider: "/uploads/…") or absolute URL. */
  url: z.string(),
  /** MIME type, e.g. "image/jpeg" or "application/pdf". */
  mime: z.string(),
  /** File extension with dot, e.g. ".pdf". */
  ext: z.string().nullish(),
  /** Size in kilobytes. */
  size: z.number(),
  /** Pixel width (images only). */
  width: z.number().int().nullish(),
  /** Pixel height (images only). */
  height: z.number().int().nullish(),
  /** Responsive sizes generated on upload (images only). */
  formats: z.record(z.string(), mediaFormat).nullish(),
});
export type MediaFile = z.infer<typeof mediaFile>;
