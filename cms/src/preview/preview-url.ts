import { previewKindOf, previewPath } from '@wsd/shared-types';
import { signPreviewPath } from '@wsd/shared-types/preview-link';

/**
 * Strapi's preview handler: the signed URL of the site's preview route for a document,
 * or null for types without a preview page. Draft or published, the route shows the
 * version the editor looks at.
 */
export function previewUrl(siteUrl: string, secret: string) {
  return (uid: string, { documentId, status }: { documentId: string; status?: string }): string | null => {
    const kind = previewKindOf(uid);
    if (!kind || !documentId) return null;
    const pathname = previewPath(kind, documentId);
    const query = signPreviewPath(secret, pathname, status === 'published' ? 'published' : 'draft');
    return new URL(`${pathname}?${query}`, siteUrl).toString();
  };
}

/** The `preview` block of config/admin.ts; disabled when the secret or the site URL is missing. */
export function previewConfig(secret: string | undefined, siteUrl: string | undefined) {
  if (!secret || !siteUrl) return { enabled: false, config: { allowedOrigins: [], handler: () => null } };
  return { enabled: true, config: { allowedOrigins: [new URL(siteUrl).origin], handler: previewUrl(siteUrl, secret) } };
}
