/**
 * The content model of the Werkplaatsen Sociaal Domein as Zod schemas and TypeScript
 * types of the Strapi 5 REST responses (flat format with documentId). One source for the
 * CMS tests and the site loader; a test fails when it drifts from the CMS schema files.
 */
export * from './blocks.ts';
export * from './components.ts';
export * from './content-types/dossierartikel.ts';
export * from './content-types/evenement.ts';
export * from './content-types/kennisagenda.ts';
export * from './content-types/nieuwsbericht.ts';
export * from './content-types/persoon.ts';
export * from './content-types/references.ts';
export * from './content-types/site-setting.ts';
export * from './content-types/thema.ts';
export * from './content-types/werkplaats.ts';
export * from './media.ts';
export * from './model.ts';
export * from './primitives.ts';
export * from './rest.ts';
export * from './safe-href.ts';
export * from './publish-events.ts';
export * from './secrets-policy.ts';
export * from './preview-kinds.ts';
export * from './build-config.ts';
export * from './amsterdam-time.ts';
export * from './dutch-dates.ts';
export * from './site-urls.ts';
export * from './build-failure-text.ts';
