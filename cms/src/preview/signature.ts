/**
 * Signed preview links. The CMS signs `/preview/<kind>/<documentId>/` with PREVIEW_SECRET
 * and an expiry; the publishing service checks the signature before it renders a draft.
 * The secret itself never reaches a browser. Plain TypeScript without imports besides
 * node:crypto, so the publishing service can load this file as is.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A preview link stays valid this long after the editor opened the preview. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;

function sign(secret: string, pathname: string, expires: number): string {
  return createHmac('sha256', secret).update(`${pathname}\n${expires}`).digest('hex');
}

/** Query string (`expires`, `signature`) that makes `pathname` previewable until `now + ttl`. */
export function signPreviewPath(secret: string, pathname: string, nowMs = Date.now()): URLSearchParams {
  const expires = Math.floor(nowMs / 1000) + PREVIEW_LINK_TTL_SECONDS;
  return new URLSearchParams({ expires: String(expires), signature: sign(secret, pathname, expires) });
}

/** True when the query carries a valid, unexpired signature for `pathname`. */
export function verifyPreviewPath(secret: string, pathname: string, query: URLSearchParams, nowMs = Date.now()): boolean {
  const expires = Number(query.get('expires'));
  const given = Buffer.from(query.get('signature') ?? '', 'utf8');
  if (!Number.isInteger(expires) || expires * 1000 < nowMs) return false;
  const expected = Buffer.from(sign(secret, pathname, expires), 'utf8');
  // Constant-time comparison: timing must not reveal how much of a guessed signature is right.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
