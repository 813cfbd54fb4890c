import { z } from 'zod';
import { image } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { IMAGE_POPULATE } from './references.ts';

/** A person (api::persoon.persoon). */
export const persoon = z.object({
  ...documentFields,
  /** Full name. */
  name: z.string().min(1).max(120),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** Role, e.g. "lector". */
  role: optionalText(120),
  /** Organisation. */
  organisation: optionalText(160),
  /** Work e-mail (shown on the site). */
  email: optionalText(200),
  /** Portrait. */
  photo: image.nullish(),
});
export type Persoon = z.infer<typeof persoon>;

export const persoonPopulate = { photo: IMAGE_POPULATE } as const;
