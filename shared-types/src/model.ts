import type { z } from 'zod';
import { dossierartikel, dossierartikelPopulate } from './content-types/dossierartikel.ts';
import { evenement, evenementPopulate } from './content-types/evenement.ts';
import { kennisagenda, kennisagendaPopulate } from './content-types/kennisagenda.ts';
import { nieuwsbericht, nieuwsberichtPopulate } from './content-types/nieuwsbericht.ts';
import { persoon, persoonPopulate } from './content-types/persoon.ts';
import { siteSetting, siteSettingPopulate } from './content-types/site-setting.ts';
import { thema, themaPopulate } from './content-types/thema.ts';
import { werkplaats, werkplaatsPopulate } from './content-types/werkplaats.ts';

/** How one content type is exposed by the REST API and read by the site. */
export type ContentTypeSpec<S extends z.ZodType = z.ZodType> = {
  /** Strapi uid, e.g. "api::nieuwsbericht.nieuwsbericht". */
  uid: string;
  /** REST path segment, e.g. "nieuwsberichten" (→ /api/nieuwsberichten). */
  path: string;
  /** Collection (paged list) or single type (one document). */
  kind: 'collection' | 'single';
  /** Human name used in error messages. */
  label: string;
  /** Response schema of one entry, populated with `populate`. */
  schema: S;
  /** Strapi 5 populate object: exactly the relations and media the site needs. */
  populate: Record<string, unknown>;
  /**
   * The related rows whose data an entry carries (populated relations, media files, also
   * inside components), as dotted attribute paths. When one of them changes, the entry's
   * own `updatedAt` does not: an incremental sync also asks for entries whose
   * `<path>.updatedAt` is newer than its sync point.
   */
  dependsOn: readonly string[];
};

const spec = <S extends z.ZodType>(s: ContentTypeSpec<S>) => s;

/** Every content type the site reads, by collection name. */
export const CONTENT_TYPES = {
  werkplaatsen: spec({
    uid: 'api::werkplaats.werkplaats',
    path: 'werkplaatsen',
    kind: 'collection',
    label: 'Werkplaats',
    schema: werkplaats,
    populate: werkplaatsPopulate,
    dependsOn: ['partners.logo.file', 'logo.file', 'seo.shareImage.file'],
  }),
  nieuwsberichten: spec({
    uid: 'api::nieuwsbericht.nieuwsbericht',
    path: 'nieuwsberichten',
    kind: 'collection',
    label: 'Nieuwsbericht',
    schema: nieuwsbericht,
    populate: nieuwsberichtPopulate,
    dependsOn: ['werkplaatsen', 'themas', 'people', 'event', 'cover.file', 'attachments', 'seo.shareImage.file'],
  }),
  evenementen: spec({
    uid: 'api::evenement.evenement',
    path: 'evenementen',
    kind: 'collection',
    label: 'Evenement',
    schema: evenement,
    populate: evenementPopulate,
    dependsOn: ['werkplaatsen', 'themas', 'invitation', 'cover.file', 'seo.shareImage.file'],
  }),
  kennisagendas: spec({
    uid: 'api::kennisagenda.kennisagenda',
    path: 'kennisagendas',
    kind: 'collection',
    label: 'Kennisagenda',
    schema: kennisagenda,
    populate: kennisagendaPopulate,
    dependsOn: ['werkplaats', 'figures.file', 'seo.shareImage.file'],
  }),
  dossierartikelen: spec({
    uid: 'api::dossierartikel.dossierartikel',
    path: 'dossierartikelen',
    kind: 'collection',
    label: 'Dossierartikel',
    schema: dossierartikel,
    populate: dossierartikelPopulate,
    dependsOn: ['werkplaats', 'themas'],
  }),
  themas: spec({
    uid: 'api::thema.thema',
    path: 'themas',
    kind: 'collection',
    label: 'Thema',
    schema: thema,
    populate: themaPopulate,
    dependsOn: ['seo.shareImage.file'],
  }),
  personen: spec({
    uid: 'api::persoon.persoon',
    path: 'personen',
    kind: 'collection',
    label: 'Persoon',
    schema: persoon,
    populate: persoonPopulate,
    dependsOn: ['photo.file'],
  }),
  siteSetting: spec({
    uid: 'api::site-setting.site-setting',
    path: 'site-setting',
    kind: 'single',
    label: 'Site-instellingen',
    schema: siteSetting,
    populate: siteSettingPopulate,
    dependsOn: ['seo.shareImage.file'],
  }),
} as const;

export type CollectionName = keyof typeof CONTENT_TYPES;
