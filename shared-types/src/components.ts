import { z } from 'zod';
import { blocks } from './blocks.ts';
import { mediaFile } from './media.ts';
import { optionalText, wallTime } from './primitives.ts';

/** shared.image: an image with its required alt text. */
export const image = z.object({
  /** The uploaded image. */
  file: mediaFile,
  /** Text alternative for people who cannot see the image. Always filled in. */
  alt: z.string().min(1).max(250),
  /** Caption shown under the image. */
  caption: optionalText(300),
  /** Photographer or source. */
  credit: optionalText(120),
});
export type Image = z.infer<typeof image>;

/** shared.seo: optional overrides for search engines and social sharing. */
export const seo = z.object({
  /** Title in search results (≤ 60 characters); empty = the entry's own title. */
  metaTitle: optionalText(60),
  /** Description in search results (≤ 160 characters). */
  metaDescription: optionalText(160),
  /** Image used when the page is shared. */
  shareImage: image.nullish(),
});

/** shared.link: a text link. */
export const link = z.object({
  /** Link text. */
  label: z.string().max(80),
  /** https://…, mailto:, tel: or a site path such as /privacy/. */
  url: z.string().max(500),
});

/** shared.social-link: an account on a social network. */
export const socialLink = z.object({
  /** The network. */
  platform: z.enum(['linkedin', 'x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'youtube']),
  /** Address of the account. */
  url: z.string().max(500),
});

/** shared.partner: a partner organisation of a werkplaats. */
export const partner = z.object({
  /** Organisation name. */
  name: z.string().max(120),
  /** Website of the partner. */
  url: optionalText(500),
  /** Logo with alt text. */
  logo: image.nullish(),
});

/** shared.contact: postal address, phone and e-mail. */
export const contact = z.object({
  /** Organisation or department at the address. */
  organisation: optionalText(160),
  /** Street and number. */
  street: optionalText(120),
  /** Room or floor. */
  room: optionalText(60),
  /** Dutch postcode, e.g. "3015 CX". */
  postcode: optionalText(10),
  /** City. */
  city: optionalText(80),
  /** Phone number as written. */
  phone: optionalText(30),
  /** E-mail address. */
  email: optionalText(200),
});

/** content.qa-pair: one question and answer of an interview. */
export const qaPair = z.object({
  /** The interviewer's question. */
  question: z.string().max(500),
  /** The answer, as rich text. */
  answer: blocks,
});

/** event.venue: where an event takes place. */
export const venue = z.object({
  /** Venue name, e.g. "The Colour Kitchen". */
  name: z.string().max(120),
  /** Street and number. */
  street: optionalText(120),
  /** Dutch postcode. */
  postcode: optionalText(10),
  /** City. */
  city: z.string().max(80),
  /** Directions or accessibility notes. */
  directions: optionalText(600),
});

/** event.price: one admission price. */
export const price = z.object({
  /** What the price is for, e.g. "Middagprogramma". */
  label: z.string().max(120),
  /** Amount in euro cents (6000 = € 60); 0 = free. */
  amountCents: z.number().int().min(0),
});

/** event.programme-slot: one timed item of a programme. */
export const programmeSlot = z.object({
  /** Start time (Europe/Amsterdam). */
  startTime: wallTime,
  /** End time (Europe/Amsterdam), if fixed. */
  endTime: wallTime.nullish(),
  /** What happens. */
  title: z.string().max(160),
  /** Short explanation. */
  description: optionalText(1000),
  /** Speaker name and role. */
  speaker: optionalText(200),
});

/** event.session: a parallel session. */
export const session = z.object({
  /** Session title. */
  title: z.string().max(160),
  /** What the session is about. */
  description: optionalText(2000),
  /** Who runs it. */
  hosts: optionalText(300),
  /** Room. */
  room: optionalText(80),
});

/** event.site-visit: a visit to a practice organisation. */
export const siteVisit = z.object({
  /** Visit title. */
  title: z.string().max(160),
  /** Organisation visited. */
  organisation: optionalText(160),
  /** Place. */
  city: optionalText(80),
  /** What participants see and do. */
  description: optionalText(2000),
});

/** agenda.question: one knowledge question. */
export const question = z.object({
  /** The question. */
  text: z.string().max(600),
});

/** agenda.theme: one professionalisation theme of a kennisagenda. */
export const agendaTheme = z.object({
  /** Theme title. */
  title: z.string().max(200),
  /** Explanation. */
  body: blocks,
  /** Sub-questions in order. */
  questions: z.array(question),
});

/** agenda.national-theme: a theme of the national work programme. */
export const nationalTheme = z.object({
  /** Theme title. */
  title: z.string().max(200),
  /** How the regional agenda relates to it. */
  description: optionalText(1000),
});

/** site.krachtlijn: one of the three hallmarks of a werkplaats. */
export const krachtlijn = z.object({
  /** "Vorm", "Inhoud" or "Relaties". */
  title: z.string().max(60),
  /** Short explanation. */
  text: z.string().max(600),
});

/** site.teaser: a block with title, text and a link. */
export const teaser = z.object({
  /** Block title. */
  title: z.string().max(100),
  /** Block text. */
  text: z.string().max(600),
  /** Link text. */
  linkLabel: optionalText(60),
  /** Link target. */
  url: optionalText(500),
});

/** Component schemas by Strapi component uid (used by the drift test). */
export const COMPONENTS = {
  'shared.image': image,
  'shared.seo': seo,
  'shared.link': link,
  'shared.social-link': socialLink,
  'shared.partner': partner,
  'shared.contact': contact,
  'content.qa-pair': qaPair,
  'event.venue': venue,
  'event.price': price,
  'event.programme-slot': programmeSlot,
  'event.session': session,
  'event.site-visit': siteVisit,
  'agenda.question': question,
  'agenda.theme': agendaTheme,
  'agenda.national-theme': nationalTheme,
  'site.krachtlijn': krachtlijn,
  'site.teaser': teaser,
} as const;
