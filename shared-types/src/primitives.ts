import { z } from 'zod';

/** Strapi document identifier: stable across draft/published versions and locales. */
export const documentId = z.string().min(1);
/** ISO 8601 instant as Strapi returns datetimes (UTC), e.g. "2019-11-25T08:30:00.000Z". */
export const isoDateTime = z.iso.datetime({ offset: true });
/** Calendar date "YYYY-MM-DD" (a `date` attribute). */
export const isoDate = z.iso.date();
/** Wall-clock time "HH:mm:ss.SSS" (a `time` attribute), Europe/Amsterdam by convention. */
export const wallTime = z.string().regex(/^\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/, 'verwacht een tijd als 09:30:00.000');
/** A text that may be empty in the CMS (Strapi returns null for an empty optional field), at most `maxLength` characters as its schema.json says. */
export const optionalText = (maxLength: number) => z.string().max(maxLength).nullish();

/** Fields every Strapi 5 document carries in the REST (flat) format. */
export const documentFields = {
  /** Database row id; differs between draft and published rows: never use it as a key. */
  id: z.number().int(),
  /** Stable document identifier. */
  documentId,
  /** Creation time of this row. */
  createdAt: isoDateTime,
  /** Last change of this row; the loader's digest uses it. */
  updatedAt: isoDateTime,
  /** Publication time; always set in the published content the site reads. */
  publishedAt: isoDateTime.nullable(),
};
