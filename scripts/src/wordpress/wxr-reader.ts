/**
 * Streams a WordPress export (WXR 1.0–1.2, Tools → Export) with a real XML parser: the
 * file is read in chunks and each `<item>` is handed over as soon as it is complete, so a
 * 100 MB export never sits in memory as a whole. Text and CDATA sections are joined, so
 * `]]>` split over two sections (how WordPress escapes it) comes out as written.
 */
import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** A WXR file that is not well-formed XML (or not a WordPress export), with where it broke. */
export class WxrError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}, regel ${line}, kolom ${column}: ${message}`);
    this.name = 'WxrError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

export type WxrTerm = { slug: string; name: string };
export type WxrAuthor = { login: string; displayName: string; email: string };
export type WxrChannel = {
  title: string;
  /** The site's address as the export states it (`<wp:base_blog_url>`, else `<link>`). */
  siteUrl: string;
  version: string;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
};
export type WxrItem = {
  /** Line of the `<item>` tag, for messages. */
  line: number;
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postDate: string;
  postName: string;
  status: string;
  postType: string;
  postParent: string;
  attachmentUrl: string;
  categories: { domain: string; slug: string; name: string }[];
  meta: Record<string, string>;
};

const WP_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/$/;
const EXCERPT_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-2]\/excerpt\/$/;
const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';
const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** The element's name as `prefix-free key`: `wp:post_id` → `wp.post_id`, `content:encoded` → `content.encoded`. */
function keyOf(tag: SaxesTagNS): string {
  if (WP_NAMESPACE.test(tag.uri)) return `wp.${tag.local}`;
  if (EXCERPT_NAMESPACE.test(tag.uri)) return `excerpt.${tag.local}`;
  if (tag.uri === CONTENT_NAMESPACE) return `content.${tag.local}`;
  if (tag.uri === DC_NAMESPACE) return `dc.${tag.local}`;
  return tag.uri ? `{${tag.uri}}${tag.local}` : tag.local;
}

function emptyItem(line: number): WxrItem {
  return {
    line,
    title: '',
    link: '',
    guid: '',
    creator: '',
    content: '',
    excerpt: '',
    postId: '',
    postDate: '',
    postName: '',
    status: '',
    postType: '',
    postParent: '',
    attachmentUrl: '',
    categories: [],
    meta: {},
  };
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc.creator': 'creator',
  'content.encoded': 'content',
  'excerpt.encoded': 'excerpt',
  'wp.post_id': 'postId',
  'wp.post_date': 'postDate',
  'wp.post_name': 'postName',
  'wp.status': 'status',
  'wp.post_type': 'postType',
  'wp.post_parent': 'postParent',
  'wp.attachment_url': 'attachmentUrl',
};

/** Builds channel data and items from the parser's events; `items` collects finished items. */
function createCollector() {
  const channel: WxrChannel = { title: '', siteUrl: '', version: '', authors: [], categories: [], tags: [] };
  const stack: string[] = [];
  const items: WxrItem[] = [];
  let item: WxrItem | undefined;
  let record: Record<string, string> = {};
  let text = '';
  let category: { domain: string; slug: string } | undefined;
  let sawRss = false;

  const open = (tag: SaxesTagNS, line: number) => {
    const key = keyOf(tag);
    if (stack.length === 0) sawRss = key === 'rss';
    stack.push(key);
    text = '';
    if (key === 'item' && stack.length === 3) item = emptyItem(line);
    if (['wp.author', 'wp.category', 'wp.tag', 'wp.postmeta'].includes(key)) record = {};
    if (item && key === 'category' && stack.length === 4) {
      const attribute = (name: string) => {
        const value = tag.attributes[name];
        return typeof value === 'string' ? value : (value?.value ?? '');
      };
      category = { domain: attribute('domain'), slug: attribute('nicename') };
    }
  };

  const close = () => {
    const key = stack.pop()!;
    const parent = stack.at(-1);
    const value = text;
    text = '';
    if (item) {
      if (key === 'item') {
        items.push(item);
        item = undefined;
      } else if (parent === 'item' && ITEM_FIELDS[key]) (item[ITEM_FIELDS[key]] as string) = value.trim();
      else if (parent === 'item' && key === 'category' && category) {
        item.categories.push({ ...category, name: value.trim() });
        category = undefined;
      } else if (parent === 'wp.postmeta') record[key] = value;
      else if (key === 'wp.postmeta' && record['wp.meta_key']) item.meta[record['wp.meta_key'].trim()] = record['wp.meta_value'] ?? '';
      return;
    }
    if (parent === 'channel') {
      if (key === 'title') channel.title = value.trim();
      if (key === 'link' && !channel.siteUrl) channel.siteUrl = value.trim();
      if (key === 'wp.base_blog_url') channel.siteUrl = value.trim();
      if (key === 'wp.wxr_version') channel.version = value.trim();
      if (key === 'wp.author')
        channel.authors.push({
          login: record['wp.author_login']?.trim() ?? '',
          displayName: record['wp.author_display_name']?.trim() ?? '',
          email: record['wp.author_email']?.trim() ?? '',
        });
      if (key === 'wp.category')
        channel.categories.push({ slug: record['wp.category_nicename']?.trim() ?? '', name: record['wp.cat_name']?.trim() ?? '' });
      if (key === 'wp.tag') channel.tags.push({ slug: record['wp.tag_slug']?.trim() ?? '', name: record['wp.tag_name']?.trim() ?? '' });
    } else if (['wp.author', 'wp.category', 'wp.tag'].includes(parent ?? '')) record[key] = value;
  };

  return { channel, items, open, close, addText: (t: string) => (text += t), sawRss: () => sawRss };
}

/**
 * Reads `file` once from start to end: `onItem` gets every item in file order (awaited,
 * so a slow consumer slows the reading instead of piling items up); resolves with the
 * channel (site, authors, categories, tags). Throws a WxrError naming the line when the
 * XML is malformed or the file is not a WordPress export.
 */
export async function readWxr(file: string, onItem: (item: WxrItem, channel: WxrChannel) => Promise<void> | void): Promise<WxrChannel> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const collector = createCollector();
  let failure: WxrError | undefined;
  parser.on('error', (error) => {
    failure ??= new WxrError(file, parser.line, parser.column, `geen geldige XML (${error.message.replace(/^\d+:\d+: /, '')})`);
  });
  parser.on('opentag', (tag) => collector.open(tag, parser.line));
  parser.on('closetag', () => collector.close());
  parser.on('text', collector.addText);
  parser.on('cdata', collector.addText);

  const flush = async () => {
    if (failure) throw failure;
    for (const item of collector.items.splice(0)) await onItem(item, collector.channel);
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    parser.write(chunk as string);
    await flush();
  }
  parser.close();
  await flush();
  if (!collector.sawRss() || !collector.channel.version)
    throw new WxrError(file, parser.line, parser.column, 'dit is geen WordPress-export (geen <rss> met <wp:wxr_version>)');
  return collector.channel;
}
