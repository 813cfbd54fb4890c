import { z } from 'zod';
import { blocks } from '../blocks.ts';
import { agendaTheme, image, nationalTheme, seo } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { IMAGE_POPULATE, REF_POPULATE, SEO_POPULATE, werkplaatsRef } from './references.ts';

/** A regional knowledge agenda (api::kennisagenda.kennisagenda), as the site requests it. */
export const kennisagenda = z.object({
  ...documentFields,
  /** Title, e.g. "Kennisagenda Noord-Holland 2023–2026". */
  title: z.string().min(1).max(160),
  /** URL slug. */
  slug: z.string().min(1).max(120),
  /** The werkplaats whose agenda this is (one per werkplaats and period). */
  werkplaats: werkplaatsRef,
  /** First year of the period. */
  periodStart: z.number().int(),
  /** Last year of the period. */
  periodEnd: z.number().int(),
  /** Why the agenda exists and how it was made. */
  intro: blocks,
  /** Vision behind the agenda. */
  vision: blocks.nullish(),
  /** Professionalisation themes, in order. */
  themes: z.array(agendaTheme),
  /** Intended impact. */
  impact: blocks.nullish(),
  /** Figures with captions. */
  figures: z.array(image),
  /** Themes of the national work programme. */
  nationalThemes: z.array(nationalTheme),
  /** Link to the national work programme. */
  nationalProgrammeUrl: optionalText(500),
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type Kennisagenda = z.infer<typeof kennisagenda>;

export const kennisagendaPopulate = {
  werkplaats: REF_POPULATE.werkplaats,
  themes: { populate: { questions: true } },
  figures: IMAGE_POPULATE,
  nationalThemes: true,
  seo: SEO_POPULATE,
} as const;
