import { z } from 'zod';
import { image } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { IMAGE_POPULATE } from './references.ts';

/** A person (api::persoon.persoon). */
export const persoon = z.object({
  ...documentFields,
  /** Full name. */
  name: z.string().min(1),
  /** URL slug. */
  slug: z.string().min(1),
  /** Role, e.g. "lector". */
  role: optionalText,
  /** Organisation. */
  organisation: optionalText,
  /** Work e-mail (shown on the site). */
  email: optionalText,
  /** Portrait. */
  photo: image.nullish(),
});
export type Persoon = z.infer<typeof persoon>;

export const persoonPopulate = { photo: IMAGE_POPULATE } as const;
