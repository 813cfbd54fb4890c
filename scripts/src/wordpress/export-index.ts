/**
 * The first pass over an export: which posts, events and attachments it holds, their new
 * slugs and addresses, and how old links map onto them. Post bodies are not kept, so the
 * index stays small for any export size; reading the whole file first also means a
 * malformed export fails before anything is written.
 */
import { urls } from '@wsd/shared-types';
import { readWxr, type WxrChannel, type WxrItem } from './wxr-reader.ts';

/** WordPress post types the importer turns into entries, and what they become. */
export const IMPORTED_TYPES = { post: 'nieuwsbericht', tribe_events: 'evenement' } as const;
export type ImportedType = keyof typeof IMPORTED_TYPES;
/** Post types that only support the imported ones (event venues, attachments). */
const SUPPORTING_TYPES = new Set(['attachment', 'tribe_venue', 'tribe_organizer']);
/** Post states that are imported; others (trash, auto-draft, revisions) are skipped. */
export const IMPORTED_STATES = new Set(['publish', 'draft', 'pending', 'future', 'private']);

export type IndexedPost = {
  postId: string;
  type: ImportedType;
  status: string;
  title: string;
  slug: string;
  newPath: string;
  oldUrls: string[];
};
export type IndexedAttachment = { postId: string; url: string; file: string; alt: string; title: string; caption: string };
export type ExportIndex = {
  channel: WxrChannel;
  posts: Map<string, IndexedPost>;
  attachments: Map<string, IndexedAttachment>;
  venues: Map<string, { title: string; meta: Record<string, string> }>;
  /** Post types that are not imported, with how many items each has. */
  otherTypes: Map<string, number>;
  /** Items of imported types that are skipped, with why. */
  skipped: { postId: string; title: string; reason: string }[];
  /** Old address (host + path, no trailing slash) → new path, for links and redirects. */
  links: Map<string, string>;
};

/** A slug as the CMS accepts it (letters, digits, -, _, . and ~; at most 120 characters). */
export function slugify(value: string): string {
  let slug = value;
  try {
    slug = decodeURIComponent(value);
  } catch {
    // A stray % in a WordPress slug: use it as written.
  }
  return (
    slug
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_.~-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120)
      .replace(/-+$/, '') || 'bericht'
  );
}

/** `https://www.site.nl/2024/05/titel/?x` → `site.nl/2024/05/titel`: how old links are compared. */
export function linkKey(url: string, base?: string): string | undefined {
  try {
    const parsed = new URL(url, base);
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    const host = parsed.host.replace(/^www\./, '').toLowerCase();
    const p = parsed.searchParams.get('p') ?? parsed.searchParams.get('page_id');
    const pathname = decodeURI(parsed.pathname).replace(/\/+$/, '');
    return p && pathname === '' ? `${host}/?p=${p}` : `${host}${pathname}`;
  } catch {
    return undefined;
  }
}

function uniqueSlug(wanted: string, taken: Set<string>): string {
  let slug = wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted.slice(0, 115)}-${n}`;
  taken.add(slug);
  return slug;
}

function indexItem(index: ExportIndex, item: WxrItem) {
  const type = item.postType;
  if (type === 'attachment') {
    index.attachments.set(item.postId, {
      postId: item.postId,
      url: item.attachmentUrl,
      file: item.meta._wp_attached_file ?? '',
      alt: item.meta._wp_attachment_image_alt?.trim() ?? '',
      title: item.title,
      caption: item.excerpt,
    });
  } else if (type === 'tribe_venue') index.venues.set(item.postId, { title: item.title, meta: item.meta });
  else if (!(type in IMPORTED_TYPES)) {
    if (!SUPPORTING_TYPES.has(type)) index.otherTypes.set(type, (index.otherTypes.get(type) ?? 0) + 1);
  } else if (!IMPORTED_STATES.has(item.status)) {
    index.skipped.push({ postId: item.postId, title: item.title, reason: `status "${item.status}" wordt niet geïmporteerd` });
  } else {
    const importedType = type as ImportedType;
    const oldUrls = [item.link, item.guid, `${index.channel.siteUrl.replace(/\/$/, '')}/?p=${item.postId}`].filter(Boolean);
    const wanted = slugify(item.postName || item.title);
    index.posts.set(item.postId, {
      postId: item.postId,
      type: importedType,
      status: item.status,
      title: item.title,
      slug: wanted,
      newPath: '',
      oldUrls,
    });
  }
}

/**
 * Gives every post its final slug and address: unique within the import and not taken by
 * an entry of the CMS that came from elsewhere (`taken`, per type); then maps old links.
 */
export function assignAddresses(index: ExportIndex, taken: Record<ImportedType, Set<string>>): void {
  index.links.clear();
  for (const post of index.posts.values()) {
    post.slug = uniqueSlug(post.slug, taken[post.type]);
    post.newPath = post.type === 'post' ? urls.newsItem(post.slug) : urls.event(post.slug);
    for (const url of post.oldUrls) {
      const key = linkKey(url, index.channel.siteUrl);
      if (key) index.links.set(key, post.newPath);
    }
  }
}

export async function indexExport(file: string): Promise<ExportIndex> {
  let index: ExportIndex | undefined;
  const channel = await readWxr(file, (item, channel) => {
    index ??= {
      channel,
      posts: new Map(),
      attachments: new Map(),
      venues: new Map(),
      otherTypes: new Map(),
      skipped: [],
      links: new Map(),
    };
    indexItem(index, item);
  });
  return (
    index ?? { channel, posts: new Map(), attachments: new Map(), venues: new Map(), otherTypes: new Map(), skipped: [], links: new Map() }
  );
}
