/**
 * Signed preview links. The CMS signs `/preview/<kind>/<documentId>/` with PREVIEW_SECRET
 * and an expiry; the publishing service checks the signature before it renders a draft
 * (scripts/src/preview/verify-preview-link.ts). The secret itself never reaches a browser.
 */
import { createHmac } from 'node:crypto';

/** A preview link stays valid this long after the editor opened the preview. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;

/** Query string (`expires`, `signature`) that makes `pathname` previewable until `now + ttl`. */
export function signPreviewPath(secret: string, pathname: string, nowMs = Date.now()): URLSearchParams {
  const expires = Math.floor(nowMs / 1000) + PREVIEW_LINK_TTL_SECONDS;
  return new URLSearchParams({
    expires: String(expires),
    signature: createHmac('sha256', secret).update(`${pathname}\n${expires}`).digest('hex'),
  });
}
