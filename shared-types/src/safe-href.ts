/**
 * The links the project accepts and renders, one rule for the CMS's validation and the
 * site's renderer: web addresses, e-mail, telephone numbers (digits, +, spaces, brackets
 * and dashes, as editors type them), paths on this site and anchors on the same page.
 * Everything else is refused: javascript:, data:, vbscript:, protocol-relative //host,
 * leading or trailing spaces, and control or invisible characters, which browsers strip
 * before they read the scheme ("java\tscript:").
 */
const ALLOWED = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+|tel:\+?[0-9()-][0-9 ()-]*|\/(?!\/)[^\s]*|#[^\s]*)$/i;
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/** Whether `url` is a link the CMS accepts and the site renders. */
export function isSafeHref(url: string): boolean {
  return !INVISIBLE.test(url) && ALLOWED.test(url);
}

/** `url` when it is a safe link, else undefined (for optional link fields). */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && isSafeHref(url) ? url : undefined;
}
