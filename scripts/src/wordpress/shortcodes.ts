/**
 * WordPress shortcodes (`[caption]`, `[gallery]`, `[embed]`, plugin codes) are not HTML:
 * they are resolved here, before the HTML parser sees the post. Captions and galleries
 * become figures and images, embeds a link; every other known shortcode is removed with
 * its text kept, and reported. Square brackets in ordinary text ("[sic]") stay as written.
 */
export type ShortcodeResult = { html: string; notes: string[] };

const KNOWN =
  /^(?:audio|video|playlist|contact-form-7|contact-form|gravityform|wpforms|ninja_form|vc_\w+|et_pb_\w+|fusion_\w+|su_\w+|tribe_\w+|button|columns?|row|col|tabs?|accordion|toggle|wp_\w+)$/;
const ATTRIBUTES = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g;

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTES)) attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  return attributes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `[caption …]<img …> Bijschrift[/caption]` → a figure with its caption. */
function captions(html: string): string {
  return html.replace(/\[caption\b[^\]]*\]([\s\S]*?)\[\/caption\]/gi, (_all, inner: string) => {
    const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(inner)?.[0] ?? '';
    const caption = inner.replace(image, '').trim();
    return `<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
  });
}

export function resolveShortcodes(html: string): ShortcodeResult {
  const notes: string[] = [];
  let out = captions(html);
  out = out.replace(/\[embed\b[^\]]*\]([\s\S]*?)\[\/embed\]/gi, (_all, url: string) => {
    const href = url.trim();
    notes.push(`ingesloten inhoud (embed) vervangen door een link: ${href}`);
    return `<p><a href="${escapeAttribute(href)}">${href}</a></p>`;
  });
  out = out.replace(/\[gallery\b([^\]]*)\]/gi, (_all, attributes: string) => {
    const ids = (attributesOf(attributes).ids ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    notes.push(`galerij omgezet in ${ids.length} losse afbeelding(en)`);
    return ids.map((id) => `<figure><img data-wp-attachment="${escapeAttribute(id)}"></figure>`).join('');
  });
  // Other shortcodes: opening, self-closing and closing tags go, the text between them stays.
  out = out.replace(/\[(\/?)([\w-]+)([^\]]*)\]/g, (all, closing: string, name: string) => {
    if (!KNOWN.test(name.toLowerCase())) return all;
    if (!closing) notes.push(`shortcode [${name}] verwijderd; controleer of er iets ontbreekt`);
    return '';
  });
  return { html: out, notes };
}
