import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks a preview link signed by the CMS (cms/src/preview/signature.ts): HMAC-SHA256 of
 * "<pathname>\n<expires>" with PREVIEW_SECRET, and an expiry in Unix seconds. The CMS's
 * editors test and the publishing integration test feed it links the CMS made itself.
 */
export function isValidPreviewLink(secret: string, pathname: string, query: URLSearchParams, nowMs = Date.now()): boolean {
  const expires = Number(query.get('expires'));
  if (!secret || !Number.isInteger(expires) || expires * 1000 < nowMs) return false;
  const given = Buffer.from(query.get('signature') ?? '', 'utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(`${pathname}\n${expires}`).digest('hex'), 'utf8');
  // Constant-time: the response time must not tell how much of a guessed signature matched.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
