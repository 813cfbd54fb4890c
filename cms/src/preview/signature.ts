/**
 * Signed preview links. The CMS signs `/preview/<kind>/<documentId>/` together with every
 * query parameter (the status shown, the expiry) with PREVIEW_SECRET; the publishing
 * service checks the signature before it renders a draft
 * (scripts/publishing/src/preview/verify-preview-link.ts). Changing, adding or removing any
 * parameter breaks the signature. The secret itself never reaches a browser.
 */
import { createHmac } from 'node:crypto';

/** A preview link stays valid this long after the editor opened the preview. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;

/** What is signed: the path and every parameter but the signature, sorted by name. */
export function signedText(pathname: string, query: URLSearchParams): string {
  const parameters = [...query.entries()].filter(([name]) => name !== 'signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [pathname, ...parameters.map(([name, value]) => `${name}=${value}`)].join('\n');
}

/** Query string (`status`, `expires`, `signature`) that previews `pathname` in this status until `now + ttl`. */
export function signPreviewPath(secret: string, pathname: string, status: 'draft' | 'published', nowMs = Date.now()): URLSearchParams {
  const query = new URLSearchParams({ status, expires: String(Math.floor(nowMs / 1000) + PREVIEW_LINK_TTL_SECONDS) });
  query.set('signature', createHmac('sha256', secret).update(signedText(pathname, query)).digest('hex'));
  return query;
}
