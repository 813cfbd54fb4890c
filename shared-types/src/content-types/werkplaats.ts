import { z } from 'zod';
import { blocks } from '../blocks.ts';
import { contact, image, partner, seo, socialLink } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { IMAGE_POPULATE, SEO_POPULATE } from './references.ts';

/** A regional werkplaats (api::werkplaats.werkplaats), as the site requests it. */
export const werkplaats = z.object({
  ...documentFields,
  /** Full name, e.g. "Werkplaats Sociaal Domein Noord-Holland". */
  name: z.string().min(1).max(120),
  /** Short code of the region, e.g. "NH". */
  code: z.string().min(1).max(20),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** Region in plain words. */
  region: z.string().min(1).max(80),
  /** One or two sentences for overviews. */
  summary: z.string().min(1).max(300),
  /** About the werkplaats. */
  description: blocks.nullish(),
  /** Institution that leads the werkplaats. */
  leadInstitution: optionalText(160),
  /** Research chair that leads the werkplaats. */
  lectoraat: optionalText(160),
  /** Year the werkplaats started. */
  since: z.number().int().nullish(),
  /** Contact details. */
  contact: contact.nullish(),
  /** Social media accounts. */
  socials: z.array(socialLink),
  /** Newsletter sign-up address. */
  newsletterUrl: optionalText(500),
  /** Partner organisations. */
  partners: z.array(partner),
  /** Logo. */
  logo: image.nullish(),
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type Werkplaats = z.infer<typeof werkplaats>;

export const werkplaatsPopulate = {
  contact: true,
  socials: true,
  partners: { populate: { logo: IMAGE_POPULATE } },
  logo: IMAGE_POPULATE,
  seo: SEO_POPULATE,
} as const;
