import { isSafeHref, type Blocks, type BlocksInline, type BlocksList, type BlocksNode } from '@wsd/shared-types';
import { escapeHtml } from './escape.ts';
import { mediaSourceOrPublic } from './media-public.ts';
import { anchorId } from './urls.ts';

/** Options: the smallest heading level (h1 belongs to the page) and a prefix for anchors. */
export type RenderOptions = { minHeadingLevel?: 2 | 3 | 4; anchorPrefix?: string };

function inline(nodes: BlocksInline[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'link') {
        const text = inline(node.children);
        if (!isSafeHref(node.url)) return text;
        const external = /^https?:\/\//i.test(node.url);
        return `<a href="${escapeHtml(node.url)}"${external ? ' rel="noopener noreferrer"' : ''}>${text}</a>`;
      }
      let html = escapeHtml(node.text).replace(/\n/g, '<br>');
      if (node.code) html = `<code>${html}</code>`;
      if (node.bold) html = `<strong>${html}</strong>`;
      if (node.italic) html = `<em>${html}</em>`;
      if (node.underline) html = `<u>${html}</u>`;
      if (node.strikethrough) html = `<s>${html}</s>`;
      return html;
    })
    .join('');
}

const plainText = (nodes: BlocksInline[]): string => nodes.map((n) => (n.type === 'link' ? plainText(n.children) : n.text)).join('');

/** Anchor id for a heading, unique within one rendered value. */
function uniqueId(text: string, prefix: string, used: Set<string>): string {
  const base = `${prefix}${anchorId(text)}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

function list(node: BlocksList): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items = node.children.map((child) => (child.type === 'list' ? list(child) : `<li>${inline(child.children)}</li>`)).join('');
  return `<${tag}>${items}</${tag}>`;
}

function block(node: BlocksNode, options: Required<RenderOptions>, usedIds: Set<string>): string {
  switch (node.type) {
    case 'paragraph': {
      const html = inline(node.children);
      return html.trim() ? `<p>${html}</p>` : '';
    }
    case 'heading': {
      const level = Math.min(6, Math.max(options.minHeadingLevel, node.level));
      const id = uniqueId(plainText(node.children), options.anchorPrefix, usedIds);
      return `<h${level} id="${escapeHtml(id)}">${inline(node.children)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(node.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(plainText(node.children))}</code></pre>`;
    case 'list':
      return list(node);
    case 'image': {
      const { image } = node;
      const src = mediaSourceOrPublic(image.url);
      if (!src) return '';
      const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
      const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alternativeText ?? '')}"${size} loading="lazy" decoding="async">${caption}</figure>`;
    }
    default:
      return '';
  }
}

/**
 * Renders Strapi Blocks to HTML. Every text is escaped, only safe links become links,
 * headings get anchors and never outrank the page's h1. The only HTML the site builds
 * from CMS rich text; components pass its result to set:html.
 */
export function renderBlocks(value: Blocks | null | undefined, options: RenderOptions = {}): string {
  if (!value) return '';
  const resolved = { minHeadingLevel: options.minHeadingLevel ?? 2, anchorPrefix: options.anchorPrefix ?? '' };
  const usedIds = new Set<string>();
  return value.map((node) => block(node, resolved, usedIds)).join('\n');
}

/** The headings of a Blocks value (for a table of contents), with the ids renderBlocks gives them. */
export function blocksHeadings(
  value: Blocks | null | undefined,
  options: RenderOptions = {},
): { id: string; text: string; level: number }[] {
  const used = new Set<string>();
  const minLevel = options.minHeadingLevel ?? 2;
  return (value ?? []).flatMap((node) => {
    if (node.type !== 'heading') return [];
    const text = plainText(node.children);
    return [{ id: uniqueId(text, options.anchorPrefix ?? '', used), text, level: Math.min(6, Math.max(minLevel, node.level)) }];
  });
}
