/** Small builders for Strapi Blocks JSON, so demo content reads like text. */
type Inline = { type: 'text'; text: string; bold?: boolean; italic?: boolean } | { type: 'link'; url: string; children: Inline[] };
export type Block = Record<string, unknown>;

/** Turns a string into inline nodes; `[label](url)` becomes a link, `**x**` bold. */
function inline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\[([^\]]+)\]\(([^)]+)\)|\*\*([^*]+)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
    if (match[1] && match[2]) parts.push({ type: 'link', url: match[2], children: [{ type: 'text', text: match[1] }] });
    else if (match[3]) parts.push({ type: 'text', text: match[3], bold: true });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}

export const p = (text: string): Block => ({ type: 'paragraph', children: inline(text) });
export const h = (level: 2 | 3 | 4, text: string): Block => ({ type: 'heading', level, children: inline(text) });
export const quote = (text: string): Block => ({ type: 'quote', children: inline(text) });
export const ul = (items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: inline(item) })),
});
export const ol = (items: string[]): Block => ({ ...ul(items), format: 'ordered' });

/** Paragraphs from a text with blank lines between them. */
export const paragraphs = (text: string): Block[] =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((para) => p(para.replace(/\s*\n\s*/g, ' ')));
