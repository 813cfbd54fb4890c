/**
 * Links editors may enter: web addresses, e-mail, telephone, and paths on this site.
 * Everything else (javascript:, data:, vbscript:, protocol-relative //host, control
 * characters that browsers strip before parsing the scheme) is refused.
 */
const ALLOWED = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+|tel:[+0-9 ()-]+|\/(?!\/)[^\s]*)$/i;

export function isSafeUrl(value: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/.test(value)) return false;
  return ALLOWED.test(value.trim()) && value === value.trim();
}
