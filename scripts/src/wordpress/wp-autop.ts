/**
 * WordPress stores classic-editor posts without paragraph tags: its `wpautop` filter turns
 * blank lines into paragraphs and single newlines into `<br>` when the post is shown. The
 * importer does the same before parsing, so the paragraphs editors saw stay paragraphs.
 * Block-editor content (`<!-- wp:… -->` comments) already carries its tags and is left alone.
 */
const BLOCK_START =
  /^<(?:p|h[1-6]|ul|ol|li|blockquote|pre|figure|table|thead|tbody|tr|div|hr|iframe|script|style|dl|address|section|form)\b/i;

export function isBlockEditorContent(html: string): boolean {
  return /<!--\s*wp:/.test(html);
}

export function wpAutop(html: string): string {
  if (isBlockEditorContent(html) || html.trim() === '') return html;
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`))
    .join('\n');
}
