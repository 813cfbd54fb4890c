import { z } from 'zod';
import { documentFields, isoDate, optionalText } from '../primitives.ts';
import { REF_POPULATE, themaRef, werkplaatsRef } from './references.ts';

/** An article of the Sociale Vraagstukken dossier (api::dossierartikel.dossierartikel). */
export const dossierartikel = z.object({
  ...documentFields,
  /** Article title. */
  title: z.string().min(1).max(160),
  /** URL slug (used for anchors and feeds). */
  slug: z.string().min(1).max(120),
  /** What the article is about. */
  summary: z.string().min(1).max(500),
  /** The article on the external Sociale Vraagstukken site. */
  externalUrl: z.string().min(1).max(500),
  /** Publication date. */
  date: isoDate,
  /** Author(s). */
  author: optionalText(200),
  /** Werkplaats the research comes from. */
  werkplaats: werkplaatsRef.nullish(),
  /** Themes. */
  themas: z.array(themaRef),
});
export type Dossierartikel = z.infer<typeof dossierartikel>;

export const dossierartikelPopulate = {
  werkplaats: REF_POPULATE.werkplaats,
  themas: REF_POPULATE.thema,
} as const;
