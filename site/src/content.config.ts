import { defineCollection } from 'astro:content';
import { CONTENT_TYPES, type CollectionName } from '@wsd/shared-types';
import { strapiLoader } from './loaders/strapi/loader.ts';

/** One collection per Strapi content type, loaded and validated by the Strapi loader. */
const collection = <N extends CollectionName>(name: N) =>
  defineCollection({ loader: strapiLoader(name), schema: CONTENT_TYPES[name].schema });

export const collections = {
  werkplaatsen: collection('werkplaatsen'),
  nieuwsberichten: collection('nieuwsberichten'),
  evenementen: collection('evenementen'),
  kennisagendas: collection('kennisagendas'),
  dossierartikelen: collection('dossierartikelen'),
  themas: collection('themas'),
  personen: collection('personen'),
  siteSetting: collection('siteSetting'),
};
