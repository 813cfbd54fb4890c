/**
 * Signed preview links, one module for both sides: the CMS signs `/preview/<kind>/<documentId>/`
 * together with every query parameter (the status shown, the expiry) with PREVIEW_SECRET;
 * the publishing service checks the signature before it renders a draft. Changing, adding
 * or removing any parameter breaks the signature. The secret never reaches a browser.
 * (Node only: imported as `@wsd/shared-types/preview-link`, not from the package's index.)
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PreviewStatus } from './preview-kinds.ts';

/** A preview link stays valid this long after the editor opened the preview. */
export const PREVIEW_LINK_TTL_SECONDS = 60 * 60;

/** What is signed: the path and every parameter but the signature, sorted by name. */
export function signedText(pathname: string, query: URLSearchParams): string {
  const parameters = [...query.entries()].filter(([name]) => name !== 'signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [pathname, ...parameters.map(([name, value]) => `${name}=${value}`)].join('\n');
}

const signature = (secret: string, pathname: string, query: URLSearchParams) =>
  createHmac('sha256', secret).update(signedText(pathname, query)).digest('hex');

/** Query string (`status`, `expires`, `signature`) that previews `pathname` in this status until `now + ttl`. */
export function signPreviewPath(secret: string, pathname: string, status: PreviewStatus, nowMs = Date.now()): URLSearchParams {
  const query = new URLSearchParams({ status, expires: String(Math.floor(nowMs / 1000) + PREVIEW_LINK_TTL_SECONDS) });
  query.set('signature', signature(secret, pathname, query));
  return query;
}

/**
 * Checks a signed preview link: HMAC-SHA256 with PREVIEW_SECRET over the path and all
 * parameters (status and expiry in Unix seconds included), not expired.
 */
export function isValidPreviewLink(secret: string, pathname: string, query: URLSearchParams, nowMs = Date.now()): boolean {
  const expires = Number(query.get('expires'));
  if (!secret || !Number.isInteger(expires) || expires * 1000 < nowMs) return false;
  const given = Buffer.from(query.get('signature') ?? '', 'utf8');
  const expected = Buffer.from(signature(secret, pathname, query), 'utf8');
  // Constant-time: the response time must not tell how much of a guessed signature matched.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
