import { previewCollection, type CollectionName, type PreviewStatus } from '@wsd/shared-types';
import { StrapiValidationError } from '../loaders/strapi/errors.ts';
import { fetchForPreview } from './fetch-draft.ts';

/** Headers of every preview answer: never cached, never indexed. */
export const PREVIEW_HEADERS = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' } as const;

/** What the preview route shows: an entry to render with the site's components, or a Dutch text answer with its status. */
export type PreviewResult = { collection: CollectionName; entry: Record<string, unknown> } | { status: 404 | 422 | 503; message: string };

type Fetch = typeof fetchForPreview;

/**
 * Decides what `/preview/<kind>/<documentId>/?status=…` shows (the publishing service has
 * checked the signature before). `fetchEntry` reads the document (tests pass a fake).
 */
export async function previewRequest(
  request: { kind: string | undefined; documentId: string | undefined; searchParams: URLSearchParams },
  cms: { url: string; token: string } | undefined,
  fetchEntry: Fetch = fetchForPreview,
): Promise<PreviewResult> {
  const collection = previewCollection(request.kind);
  if (!collection) return { status: 404, message: 'Van dit soort inhoud is geen voorbeeld.' };
  if (!cms) return { status: 503, message: 'De voorbeeldweergave is niet met het CMS verbonden.' };
  const status: PreviewStatus = request.searchParams.get('status') === 'published' ? 'published' : 'draft';
  try {
    const entry = await fetchEntry(cms, collection, request.documentId ?? '', status);
    return entry ? { collection, entry } : { status: 404, message: 'Dit item bestaat niet (meer) in het CMS.' };
  } catch (error) {
    // An incomplete draft cannot be shown as a page yet: say which field is missing.
    if (!(error instanceof StrapiValidationError)) throw error;
    return {
      status: 422,
      message: `Dit concept is nog niet compleet genoeg voor een voorbeeld: veld "${error.field}". Vul het aan en open het voorbeeld opnieuw.`,
    };
  }
}
