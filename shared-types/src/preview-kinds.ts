import { CONTENT_TYPES, type CollectionName } from './model.ts';

/**
 * The content with a preview, by the path segment of its preview route,
 * `/preview/<kind>/<documentId>/` (the public sections' names): the CMS signs links to it,
 * the site's preview server answers them.
 */
export const PREVIEW_KINDS = {
  nieuws: 'nieuwsberichten',
  agenda: 'evenementen',
  kennisagenda: 'kennisagendas',
  dossier: 'dossierartikelen',
} as const satisfies Record<string, CollectionName>;
export type PreviewKind = keyof typeof PREVIEW_KINDS;

/** The versions a preview can show. */
export type PreviewStatus = 'draft' | 'published';

/** The preview route of a document: the one place its path is made. */
export const previewPath = (kind: PreviewKind, documentId: string): string => `/preview/${kind}/${encodeURIComponent(documentId)}/`;

/** The collection a preview path segment shows, or undefined for anything else. */
export function previewCollection(kind: string | undefined): CollectionName | undefined {
  return kind && Object.hasOwn(PREVIEW_KINDS, kind) ? PREVIEW_KINDS[kind as PreviewKind] : undefined;
}

/** The preview path segment of a content type (its uid, as Strapi's preview handler gets it), or undefined without a preview. */
export function previewKindOf(uid: string): PreviewKind | undefined {
  return (Object.keys(PREVIEW_KINDS) as PreviewKind[]).find((kind) => CONTENT_TYPES[PREVIEW_KINDS[kind]].uid === uid);
}
