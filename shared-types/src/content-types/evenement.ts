import { z } from 'zod';
import { blocks } from '../blocks.ts';
import { image, price, programmeSlot, seo, session, siteVisit, venue } from '../components.ts';
import { mediaFile } from '../media.ts';
import { documentFields, isoDate, isoDateTime, optionalText } from '../primitives.ts';
import { IMAGE_POPULATE, REF_POPULATE, SEO_POPULATE, themaRef, werkplaatsRef } from './references.ts';

/** Kinds of event. */
export const EVENEMENT_KINDS = ['symposium', 'themabijeenkomst', 'kenniscafe', 'werkconferentie', 'webinar', 'overig'] as const;

/** An event (api::evenement.evenement), as the site requests it. */
export const evenement = z.object({
  ...documentFields,
  /** Event name. */
  title: z.string().min(1).max(160),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** Kind of event. */
  kind: z.enum(EVENEMENT_KINDS),
  /** Start (UTC instant; shown in Europe/Amsterdam). */
  startsAt: isoDateTime,
  /** End (UTC instant; after the start). */
  endsAt: isoDateTime,
  /** One or two sentences for the calendar and search. */
  summary: z.string().min(1).max(400),
  /** Full description. */
  body: blocks.nullish(),
  /** Venue and address. */
  venue: venue.nullish(),
  /** Admission prices; empty = free. */
  prices: z.array(price),
  /** Registration form or mailto: address. */
  registrationUrl: optionalText(500),
  /** Last day to register. */
  registrationDeadline: isoDate.nullish(),
  /** Timed programme, in order. */
  programme: z.array(programmeSlot),
  /** Parallel sessions. */
  sessions: z.array(session),
  /** Site visits. */
  siteVisits: z.array(siteVisit),
  /** Organising werkplaatsen. */
  werkplaatsen: z.array(werkplaatsRef),
  /** Themes. */
  themas: z.array(themaRef),
  /** Invitation PDF. */
  invitation: mediaFile.nullish(),
  /** Cover image. */
  cover: image.nullish(),
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type Evenement = z.infer<typeof evenement>;

export const evenementPopulate = {
  venue: true,
  prices: true,
  programme: true,
  sessions: true,
  siteVisits: true,
  werkplaatsen: REF_POPULATE.werkplaats,
  themas: REF_POPULATE.thema,
  invitation: true,
  cover: IMAGE_POPULATE,
  seo: SEO_POPULATE,
} as const;
