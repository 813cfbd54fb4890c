import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks an `Authorization: Bearer <secret>` header against the shared webhook secret.
 *
 * Both values are hashed first so they always have the same length: timingSafeEqual
 * needs equal lengths, and comparing raw strings with `===` would leak, through its
 * timing, how many leading characters of a guess were right.
 */
export function verifyBearer(header: string | undefined, secret: string): boolean {
  if (!secret) throw new Error('The webhook secret is empty: set PUBLISH_WEBHOOK_SECRET.');
  const match = /^Bearer (.+)$/.exec(header ?? '');
  const presented = match?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  // Always compare, also when the header is missing, so every refusal takes the same time.
  const equal = timingSafeEqual(digest(presented), digest(secret));
  return equal && match !== null;
}
