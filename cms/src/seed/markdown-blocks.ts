import type { BlocksInline, BlocksListItem, BlocksNode, BlocksText } from '@wsd/shared-types';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

/**
 * Rich text of the demo data files, written as a small Markdown subset (paragraphs, `##`
 * headings, `>` quotes, `-` and `1.` lists, `**bold**`, `*italic*`, `[label](url)`) and
 * turned into Strapi Blocks JSON. Anything else is refused with the construct named, so a
 * data file never seeds text the editor would not have been able to write.
 */
export class MarkdownBlocksError extends Error {
  override name = 'MarkdownBlocksError';
}

type Marks = Pick<BlocksText, 'bold' | 'italic'>;

/** A line break inside a paragraph is a space, as it is in the editor. */
const flow = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function texts(nodes: PhrasingContent[], marks: Marks): BlocksText[] {
  return nodes.flatMap((node): BlocksText[] => {
    if (node.type === 'text') return [{ type: 'text', text: flow(node.value), ...marks }];
    if (node.type === 'strong') return texts(node.children, { ...marks, bold: true });
    if (node.type === 'emphasis') return texts(node.children, { ...marks, italic: true });
    throw new MarkdownBlocksError(`${node.type} is not supported inside a link or mark`);
  });
}

function inline(nodes: PhrasingContent[]): BlocksInline[] {
  const children = nodes.flatMap((node): BlocksInline[] =>
    node.type === 'link' ? [{ type: 'link', url: node.url, children: texts(node.children, {}) }] : texts([node], {}),
  );
  return children.length > 0 ? children : [{ type: 'text', text: '' }];
}

/** The inline content of a container (quote, list item) that holds exactly one paragraph. */
function singleParagraph(node: Extract<Nodes, { type: 'blockquote' | 'listItem' }>): BlocksInline[] {
  const [only, ...rest] = node.children;
  if (!only || only.type !== 'paragraph' || rest.length > 0) {
    throw new MarkdownBlocksError(`a ${node.type === 'blockquote' ? 'quote' : 'list item'} must be one paragraph`);
  }
  return inline(only.children);
}

function block(node: RootContent): BlocksNode {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inline(node.children) };
    case 'heading':
      return { type: 'heading', level: node.depth, children: inline(node.children) };
    case 'blockquote':
      return { type: 'quote', children: singleParagraph(node) };
    case 'list':
      return {
        type: 'list',
        format: node.ordered ? 'ordered' : 'unordered',
        children: node.children.map((item): BlocksListItem => ({ type: 'list-item', children: singleParagraph(item) })),
      };
    default:
      throw new MarkdownBlocksError(`${node.type} is not supported in rich text`);
  }
}

/** Strapi Blocks for a Markdown text. */
export function markdownToBlocks(markdown: string): BlocksNode[] {
  return fromMarkdown(markdown).children.map(block);
}
