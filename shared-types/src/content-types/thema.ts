import { z } from 'zod';
import { seo } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { SEO_POPULATE } from './references.ts';

/** A theme (api::thema.thema). */
export const thema = z.object({
  ...documentFields,
  /** Name. */
  name: z.string().min(1).max(80),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** Short explanation. */
  description: optionalText(600),
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type Thema = z.infer<typeof thema>;

export const themaPopulate = { seo: SEO_POPULATE } as const;
