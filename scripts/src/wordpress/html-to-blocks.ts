/**
 * A WordPress post's HTML as Strapi Blocks, parsed with htmlparser2: headings, paragraphs,
 * (nested) lists, links, bold/italic/underline/strike/code, images, quotes and code. Raw
 * HTML never passes through: tables, iframes, embeds and scripts become text or a link
 * (or nothing), and each of them is reported for the post, so an editor can check it.
 */
import {
  blocks as blocksSchema,
  type Blocks,
  type BlocksImage,
  type BlocksInline,
  type BlocksList,
  type BlocksText,
} from '@wsd/shared-types';
import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { resolveShortcodes } from './shortcodes.ts';
import { wpAutop } from './wp-autop.ts';

export type ImageRef = { src?: string; attachmentId?: string };
export type BlocksContext = {
  /** The address a link gets on the new site (old-site posts → their new page), or the link itself. */
  rewriteLink: (href: string) => string;
  /** The media-library image for an `<img>`, or undefined when the file was not imported. */
  image: (ref: ImageRef) => BlocksImage['image'] | undefined;
};
export type BlocksResult = { blocks: Blocks; notes: string[] };

type Marks = Omit<BlocksText, 'type' | 'text'>;
const MARKS: Record<string, keyof Marks> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  del: 'strikethrough',
  strike: 'strikethrough',
  code: 'code',
  kbd: 'code',
  tt: 'code',
};
const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SAFE_LINK = /^(https?:\/\/[^\s/?#]+[^\s]*|mailto:[^\s]+|tel:[+0-9 ()-]+|\/(?!\/)[^\s]*)$/i;
const DROPPED = new Set(['script', 'style', 'noscript', 'form', 'input', 'button', 'select', 'textarea', 'template', 'svg']);
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);

const textOf = (nodes: ChildNode[]): string =>
  nodes.map((n) => (isText(n) ? n.data : isTag(n) && n.name !== 'script' && n.name !== 'style' ? textOf(n.children) : '')).join('');

/** Adjacent texts with the same marks joined, outer whitespace trimmed, empty texts dropped. */
function tidy(inlines: BlocksInline[]): BlocksInline[] {
  const out: BlocksInline[] = [];
  for (const node of inlines) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify({ ...last, text: '' }) === JSON.stringify({ ...node, text: '' })) {
      last.text = (last.text + node.text).replace(/ {2,}/g, ' ').replace(/ ?\n ?/g, '\n');
    } else out.push(node.type === 'text' ? { ...node } : node);
  }
  const first = out[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const end = out.at(-1);
  if (end?.type === 'text') end.text = end.text.replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}

function createConverter(context: BlocksContext) {
  const notes: string[] = [];
  const out: Blocks = [];
  let hoisted: BlocksImage[] = [];

  const image = (el: Element, caption?: string): BlocksImage | undefined => {
    const src = el.attribs.src;
    const attachmentId = el.attribs['data-wp-attachment'] ?? /\bwp-image-(\d+)\b/.exec(el.attribs.class ?? '')?.[1];
    const found = context.image({ src, attachmentId });
    if (!found) {
      notes.push(`afbeelding niet overgenomen (niet in de meegegeven mediamap): ${src ?? `bijlage ${attachmentId}`}`);
      return undefined;
    }
    const alt = el.attribs.alt?.trim() || found.alternativeText?.trim();
    if (!alt) {
      notes.push(`afbeelding ${found.name ?? src} zonder alt-tekst niet overgenomen; voeg haar toe met een beschrijving`);
      return undefined;
    }
    return {
      type: 'image',
      image: { ...found, alternativeText: alt, caption: caption ?? found.caption ?? null },
      children: [{ type: 'text', text: '' }],
    };
  };

  const link = (el: Element, marks: Marks): BlocksInline[] => {
    const texts = inline(el.children, marks).flatMap((n) => (n.type === 'link' ? n.children : [n]));
    const href = context.rewriteLink((el.attribs.href ?? '').trim());
    if (!href || !SAFE_LINK.test(href)) {
      if (href && !href.startsWith('#')) notes.push(`link "${href.slice(0, 80)}" niet overgenomen (geen webadres); de tekst staat er nog`);
      return texts;
    }
    return texts.length ? [{ type: 'link', url: href, children: texts as BlocksText[] }] : [];
  };

  function inline(nodes: ChildNode[], marks: Marks = {}): BlocksInline[] {
    return nodes.flatMap((node): BlocksInline[] => {
      if (isText(node)) return [{ type: 'text', text: node.data.replace(/\s+/g, ' ').normalize('NFC'), ...marks }];
      if (!isTag(node)) return [];
      const name = node.name;
      if (name === 'br') return [{ type: 'text', text: '\n', ...marks }];
      if (name === 'a') return link(node, marks);
      if (name === 'img') {
        const block = image(node);
        if (block) hoisted.push(block);
        return [];
      }
      if (DROPPED.has(name)) {
        notes.push(`<${name}> verwijderd`);
        return [];
      }
      const mark = MARKS[name];
      return inline(node.children, mark ? { ...marks, [mark]: true } : marks);
    });
  }

  const withText = (children: BlocksInline[]) => (children.length ? children : undefined);

  const pushInline = (kind: 'paragraph' | 'quote', nodes: ChildNode[]) => {
    hoisted = [];
    const children = withText(tidy(inline(nodes)));
    if (children) out.push({ type: kind, children });
    out.push(...hoisted);
    hoisted = [];
  };

  /** A quote's paragraphs as lines of one quote block; a `<cite>` is dropped with the quote kept. */
  const quote = (el: Element) => {
    hoisted = [];
    const children: BlocksInline[] = [];
    for (const part of el.children.filter((c) => !(isTag(c) && c.name === 'cite'))) {
      const paragraph = isTag(part) && part.name === 'p';
      const inner = paragraph ? tidy(inline(part.children)) : inline([part]);
      if (paragraph && children.length > 0 && inner.length > 0) children.push({ type: 'text', text: '\n' });
      children.push(...inner);
    }
    const tidied = tidy(children);
    if (tidied.length) out.push({ type: 'quote', children: tidied });
    out.push(...hoisted);
    hoisted = [];
  };

  function list(el: Element, indentLevel: number): BlocksList {
    const children: BlocksList['children'] = [];
    for (const item of el.children.filter(isTag)) {
      const nested = item.children.filter((c): c is Element => isTag(c) && (c.name === 'ul' || c.name === 'ol'));
      const own = item.children.filter((c) => !nested.includes(c as Element));
      children.push({ type: 'list-item', children: tidy(inline(own)) });
      for (const sub of nested) children.push(list(sub, indentLevel + 1));
    }
    return { type: 'list', format: el.name === 'ol' ? 'ordered' : 'unordered', ...(indentLevel ? { indentLevel } : {}), children };
  }

  const table = (el: Element) => {
    notes.push('tabel omgezet in gewone alinea’s (één per rij); controleer de opmaak');
    for (const row of el.children.flatMap((c) => (isTag(c) && ['thead', 'tbody', 'tfoot'].includes(c.name) ? c.children : [c]))) {
      if (!isTag(row) || row.name !== 'tr') continue;
      const cells = row.children.filter(isTag).map((cell) => textOf(cell.children).replace(/\s+/g, ' ').trim());
      if (cells.some(Boolean)) out.push({ type: 'paragraph', children: [{ type: 'text', text: cells.join(' · ') }] });
    }
  };

  const embed = (el: Element) => {
    const src = el.attribs.src ?? el.attribs.data ?? '';
    if (/^https?:\/\//i.test(src)) {
      notes.push(`ingesloten inhoud (<${el.name}>) vervangen door een link: ${src}`);
      out.push({
        type: 'paragraph',
        children: [{ type: 'link', url: src, children: [{ type: 'text', text: `Bekijk de ingesloten inhoud: ${src}` }] }],
      });
    } else notes.push(`ingesloten inhoud (<${el.name}>) zonder webadres verwijderd`);
  };

  const figure = (el: Element) => {
    if (/\bwp-block-embed\b/.test(el.attribs.class ?? '')) {
      const url = textOf(el.children).trim().split(/\s+/)[0] ?? '';
      if (/^https?:\/\//.test(url)) {
        notes.push(`ingesloten inhoud (embed) vervangen door een link: ${url}`);
        out.push({ type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', text: url }] }] });
      }
      return;
    }
    const img = findFirst(el, 'img');
    const caption = findFirst(el, 'figcaption');
    if (img && !findFirst(el, 'table')) {
      const block = image(img, caption ? textOf(caption.children).replace(/\s+/g, ' ').trim() || undefined : undefined);
      if (block) out.push(block);
      return;
    }
    blockChildren(el.children);
  };

  function block(node: ChildNode, loose: ChildNode[]) {
    if (!isTag(node)) return void (isText(node) && loose.push(node));
    const name = node.name;
    const flush = () => {
      if (loose.length) pushInline('paragraph', loose.splice(0));
    };
    if (HEADINGS[name]) {
      flush();
      const children = withText(tidy(inline(node.children)));
      if (children) out.push({ type: 'heading', level: HEADINGS[name], children });
    } else if (name === 'p') {
      flush();
      pushInline('paragraph', node.children);
    } else if (name === 'ul' || name === 'ol') {
      flush();
      out.push(list(node, 0));
    } else if (name === 'blockquote') {
      flush();
      quote(node);
    } else if (name === 'pre') {
      flush();
      const language = /\b(?:language-|lang:)([\w+-]+)/.exec(
        `${node.attribs.class ?? ''} ${findFirst(node, 'code')?.attribs.class ?? ''}`,
      )?.[1];
      out.push({
        type: 'code',
        ...(language ? { language } : {}),
        children: [{ type: 'text', text: textOf(node.children).replace(/\n$/, '') }],
      });
    } else if (name === 'figure') {
      flush();
      figure(node);
    } else if (name === 'img') {
      flush();
      const img = image(node);
      if (img) out.push(img);
    } else if (name === 'table') {
      flush();
      table(node);
    } else if (EMBEDS.has(name)) {
      flush();
      embed(node);
    } else if (DROPPED.has(name)) {
      notes.push(`<${name}> verwijderd`);
    } else if (name === 'hr' || name === 'br') {
      flush();
    } else if (
      ['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'center', 'dl', 'dd', 'dt', 'address', 'details'].includes(name)
    ) {
      flush();
      blockChildren(node.children);
    } else loose.push(node);
  }

  function blockChildren(nodes: ChildNode[]) {
    const loose: ChildNode[] = [];
    for (const node of nodes) block(node, loose);
    if (loose.length) pushInline('paragraph', loose);
  }

  return { blockChildren, out, notes };
}

function findFirst(el: Element, name: string): Element | undefined {
  for (const child of el.children) {
    if (!isTag(child)) continue;
    if (child.name === name) return child;
    const deeper = findFirst(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Converts one post's content (`content:encoded`) to Blocks; `notes` say what an editor should check. */
export function htmlToBlocks(html: string, context: BlocksContext): BlocksResult {
  const shortcodes = resolveShortcodes(wpAutop(html));
  const document = parseDocument(shortcodes.html, { decodeEntities: true });
  const converter = createConverter(context);
  converter.blockChildren(document.children);
  const blocks = converter.out.filter((node) => node.type !== 'list' || node.children.length > 0);
  // The shape is checked against the content model, so a converter bug fails here, not in the CMS.
  blocksSchema.parse(blocks);
  return { blocks, notes: [...new Set([...shortcodes.notes, ...converter.notes])] };
}
