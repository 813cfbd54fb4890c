import { createHmac, timingSafeEqual } from 'node:crypto';

/** What the CMS signs (cms/src/preview/signature.ts): the path and every parameter but the signature, sorted. */
function signedText(pathname: string, query: URLSearchParams): string {
  const parameters = [...query.entries()].filter(([name]) => name !== 'signature').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [pathname, ...parameters.map(([name, value]) => `${name}=${value}`)].join('\n');
}

/**
 * Checks a preview link signed by the CMS: HMAC-SHA256 with PREVIEW_SECRET over the path
 * and all parameters (status and expiry in Unix seconds included), so none can be changed,
 * added or removed. The CMS's editors test and the publishing integration test feed it
 * links the CMS made itself.
 */
export function isValidPreviewLink(secret: string, pathname: string, query: URLSearchParams, nowMs = Date.now()): boolean {
  const expires = Number(query.get('expires'));
  if (!secret || !Number.isInteger(expires) || expires * 1000 < nowMs) return false;
  const given = Buffer.from(query.get('signature') ?? '', 'utf8');
  const expected = Buffer.from(createHmac('sha256', secret).update(signedText(pathname, query)).digest('hex'), 'utf8');
  // Constant-time: the response time must not tell how much of a guessed signature matched.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
