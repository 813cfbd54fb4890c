import { z } from 'zod';
import { documentId, isoDateTime } from '../primitives.ts';

/** A related werkplaats, with the fields links and labels need. */
export const werkplaatsRef = z.object({
  /** Document id of the werkplaats. */
  documentId,
  /** Full name. */
  name: z.string(),
  /** URL slug. */
  slug: z.string(),
  /** Short code, e.g. "NH". */
  code: z.string(),
});

/** A related thema. */
export const themaRef = z.object({
  /** Document id of the thema. */
  documentId,
  /** Name. */
  name: z.string(),
  /** URL slug. */
  slug: z.string(),
});

/** A related person. */
export const persoonRef = z.object({
  /** Document id of the person. */
  documentId,
  /** Full name. */
  name: z.string(),
  /** Role, e.g. "lector". */
  role: z.string().nullish(),
  /** Organisation. */
  organisation: z.string().nullish(),
});

/** A related event. */
export const evenementRef = z.object({
  /** Document id of the event. */
  documentId,
  /** Title. */
  title: z.string(),
  /** URL slug. */
  slug: z.string(),
  /** Start (UTC instant). */
  startsAt: isoDateTime,
});

/** Populate rules that fetch exactly the reference fields above. */
export const REF_POPULATE = {
  werkplaats: { fields: ['name', 'slug', 'code'] },
  thema: { fields: ['name', 'slug'] },
  persoon: { fields: ['name', 'role', 'organisation'] },
  evenement: { fields: ['title', 'slug', 'startsAt'] },
} as const;

/** Populate rule for a shared.image component (its file). */
export const IMAGE_POPULATE = { populate: { file: true } } as const;
/** Populate rule for a shared.seo component. */
export const SEO_POPULATE = { populate: { shareImage: IMAGE_POPULATE } } as const;
