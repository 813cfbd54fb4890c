import { z } from 'zod';
import { blocks } from '../blocks.ts';
import { image, qaPair, seo } from '../components.ts';
import { mediaFile } from '../media.ts';
import { documentFields, isoDate } from '../primitives.ts';
import { evenementRef, IMAGE_POPULATE, persoonRef, REF_POPULATE, SEO_POPULATE, themaRef, werkplaatsRef } from './references.ts';

/** Kinds of news item; an interview shows its question/answer pairs. */
export const NIEUWS_KINDS = ['nieuws', 'interview', 'verslag', 'terugblik', 'aankondiging'] as const;

/** A news item (api::nieuwsbericht.nieuwsbericht), as the site requests it. */
export const nieuwsbericht = z.object({
  ...documentFields,
  /** Headline (≤ 160 characters). */
  title: z.string().min(1).max(160),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** Date shown on the site. */
  date: isoDate,
  /** Kind of item. */
  kind: z.enum(NIEUWS_KINDS),
  /** Introduction for overviews and search (≤ 400 characters). */
  lead: z.string().min(1).max(400),
  /** Body text. */
  body: blocks.nullish(),
  /** Interview questions and answers, in order (interviews only). */
  interview: z.array(qaPair),
  /** Cover image. */
  cover: image.nullish(),
  /** Werkplaatsen the item belongs to. */
  werkplaatsen: z.array(werkplaatsRef),
  /** Themes. */
  themas: z.array(themaRef),
  /** People in or behind the item. */
  people: z.array(persoonRef),
  /** The event the item is about. */
  event: evenementRef.nullish(),
  /** Downloads, e.g. a PDF. */
  attachments: z.array(mediaFile).nullish(),
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type Nieuwsbericht = z.infer<typeof nieuwsbericht>;

export const nieuwsberichtPopulate = {
  interview: true,
  cover: IMAGE_POPULATE,
  werkplaatsen: REF_POPULATE.werkplaats,
  themas: REF_POPULATE.thema,
  people: REF_POPULATE.persoon,
  event: REF_POPULATE.evenement,
  attachments: true,
  seo: SEO_POPULATE,
} as const;
