import type { Evenement, Nieuwsbericht, Werkplaats } from '@wsd/shared-types';

/** What a visitor reads for each value of the shared enums (shared-types), in Dutch. */
export const NEWS_KIND_LABELS: Record<Nieuwsbericht['kind'], string> = {
  nieuws: 'Nieuws',
  interview: 'Interview',
  verslag: 'Verslag',
  terugblik: 'Terugblik',
  aankondiging: 'Aankondiging',
};

export const EVENT_KIND_LABELS: Record<Evenement['kind'], string> = {
  symposium: 'Symposium',
  themabijeenkomst: 'Themabijeenkomst',
  kenniscafe: 'Kenniscafé',
  werkconferentie: 'Werkconferentie',
  webinar: 'Webinar',
  overig: 'Bijeenkomst',
};

export const SOCIAL_PLATFORM_LABELS: Record<Werkplaats['socials'][number]['platform'], string> = {
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  instagram: 'Instagram',
  facebook: 'Facebook',
  youtube: 'YouTube',
};
