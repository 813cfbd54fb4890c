import { z } from 'zod';
import { blocks } from '../blocks.ts';
import { krachtlijn, link, seo, teaser } from '../components.ts';
import { documentFields, optionalText } from '../primitives.ts';
import { SEO_POPULATE } from './references.ts';

/** Site settings (single type api::site-setting.site-setting). */
export const siteSetting = z.object({
  ...documentFields,
  /** Site name in the header and page titles. */
  siteName: z.string().min(1).max(80),
  /** Subtitle under the name. */
  tagline: optionalText(160),
  /** Home page introduction. */
  intro: z.string().min(1).max(600),
  /** Title of the krachtlijnen block. */
  krachtlijnenTitle: optionalText(100),
  /** The three hallmarks: form, content, relations. */
  krachtlijnen: z.array(krachtlijn),
  /** Block linking to the Sociale Vraagstukken dossier. */
  dossierTeaser: teaser.nullish(),
  /** Newsletter block. */
  newsletter: teaser.nullish(),
  /** General e-mail address in the footer. */
  contactEmail: optionalText(200),
  /** Footer text. */
  footerText: optionalText(400),
  /** Footer links. */
  footerLinks: z.array(link),
  /** Privacy statement (/privacy/). */
  privacy: blocks,
  /** Accessibility statement (/toegankelijkheid/). */
  accessibility: blocks,
  /** Search and sharing overrides. */
  seo: seo.nullish(),
});
export type SiteSetting = z.infer<typeof siteSetting>;

export const siteSettingPopulate = {
  krachtlijnen: true,
  dossierTeaser: true,
  newsletter: true,
  footerLinks: true,
  seo: SEO_POPULATE,
} as const;
