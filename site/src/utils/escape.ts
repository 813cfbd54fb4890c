const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** Characters XML 1.0 forbids (NUL and other C0 controls, lone surrogates, U+FFFE/FFFF). */
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Removes what would make an XML document ill-formed: one such character in a title breaks the whole feed. */
export function withoutXmlInvalid(xml: string): string {
  return xml.replace(XML_INVALID, '');
}
