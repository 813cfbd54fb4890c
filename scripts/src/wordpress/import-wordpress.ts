/**
 * Imports one werkplaats' WordPress export into the CMS: themes from categories and tags,
 * attachments into the media library, posts and events as entries (drafts stay drafts),
 * old links rewritten, and a redirect map for every old address. Idempotent: a second run
 * finds each entry by its private importSource and writes only what changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import type { BlocksImage } from '@wsd/shared-types';
import { writeRedirectMap } from '@wsd/publishing/serve/redirect-map';
import { CmsRequestError, type CmsClient, type Doc, type UploadedFile } from './cms-client.ts';
import {
  assignAddresses,
  IMPORTED_STATES,
  IMPORTED_TYPES,
  indexExport,
  linkKey,
  slugify,
  type ExportIndex,
  type ImportedType,
  type IndexedPost,
} from './export-index.ts';
import { EVENT_UID, isKindTerm, mapEntry, NEWS_UID, type EntryContext } from './map-entry.ts';
import { emptyReport, sortReport, type ImportReport } from './report.ts';
import { readWxr, type WxrItem } from './wxr-reader.ts';

const THEME_UID = 'api::thema.thema';
const PERSON_UID = 'api::persoon.persoon';
const WERKPLAATS_UID = 'api::werkplaats.werkplaats';
const UID_OF: Record<ImportedType, string> = { post: NEWS_UID, tribe_events: EVENT_UID };
/** Admin API requests under way at once: enough to overlap, few enough not to crowd editors out. */
const CONCURRENT_REQUESTS = 4;
/** Categories WordPress gives every post by default: no theme. */
const DEFAULT_CATEGORIES = new Set(['uncategorized', 'geen-categorie', 'algemeen']);

export type ImportOptions = {
  file: string;
  werkplaats: string;
  cms: CmsClient;
  /** The site's `wp-content/uploads` copy; without it no files are imported. */
  mediaDir?: string;
  dryRun?: boolean;
  authors?: boolean;
  /** Public address of the CMS's files (PUBLIC_MEDIA_URL): links to old uploads point there. */
  mediaUrl: string;
  /** Where the redirect maps go (the publishing service's `<PUBLISH_DIR>/redirects`). */
  redirectsDir: string;
  progress?: (message: string) => void;
};

const sourceOf = (doc: Doc) => (typeof doc.importSource === 'string' ? doc.importSource : '');
const keyPart = (source: string) => source.split('|')[0]!;

/** Dutch wording of a refused save or publish, per field. */
function dutchError(error: unknown): string {
  if (!(error instanceof CmsRequestError)) return error instanceof Error ? error.message : String(error);
  const fields = error.fieldErrors.map(
    (e) =>
      `${e.path.join('.')}: ${e.message.replace(/ must be defined\.?$/, ' is verplicht').replace(/^This attribute must be unique$/, 'moet uniek zijn')}`,
  );
  return fields.length ? fields.join('; ') : error.message;
}

async function werkplaatsId(cms: CmsClient, code: string): Promise<string> {
  const all = await cms.findAll(WERKPLAATS_UID);
  const found = all.find((w) => String(w.code).toLowerCase() === code.toLowerCase() || w.slug === code.toLowerCase());
  if (!found) throw new Error(`Werkplaats "${code}" bestaat niet in de CMS; kies een van: ${all.map((w) => String(w.code)).join(', ')}.`);
  return found.documentId;
}

/** Theme documentIds per WordPress term slug: matched by slug or name, else created as drafts. */
async function importThemes(index: ExportIndex, options: ImportOptions, report: ImportReport, siteKey: string) {
  const themes = await options.cms.findAll(THEME_UID);
  const bySlug = new Map<string, string>();
  // A category that only says what kind of post it is ("Interviews") sets the kind, not a theme.
  const terms = [...index.channel.categories, ...index.channel.tags].filter(
    (t) => t.slug && !DEFAULT_CATEGORIES.has(t.slug) && !isKindTerm(t),
  );
  for (const term of terms) {
    if (bySlug.has(term.slug)) continue;
    const slug = slugify(term.slug);
    const found = themes.find(
      (t) =>
        t.slug === slug ||
        String(t.name).toLowerCase() === term.name.toLowerCase() ||
        keyPart(sourceOf(t)) === `${siteKey}:term:${term.slug}`,
    );
    if (found) {
      bySlug.set(term.slug, found.documentId);
      continue;
    }
    report.themes.created.push(term.name);
    if (options.dryRun) continue;
    try {
      const created = await options.cms.create(THEME_UID, {
        name: term.name.slice(0, 80),
        slug,
        importSource: `${siteKey}:term:${term.slug}`,
      });
      themes.push(created);
      bySlug.set(term.slug, created.documentId);
    } catch (error) {
      // A region editor may not create themes: the posts come in without this one.
      report.themes.created.pop();
      report.themes.refused.push(`${term.name}: ${dutchError(error)}`);
    }
  }
  return (categories: WxrItem['categories']) => [
    ...new Set(
      categories
        .filter((c) => c.slug && !DEFAULT_CATEGORIES.has(c.slug))
        .map((c) => bySlug.get(c.slug))
        .filter((id): id is string => Boolean(id)),
    ),
  ];
}

/** The path of an attachment's file inside the uploads copy. */
function attachmentFile(mediaDir: string, attachment: { file: string; url: string }): string | undefined {
  const relative = attachment.file || /\/wp-content\/uploads\/(.+)$/.exec(attachment.url)?.[1];
  if (!relative) return undefined;
  const file = path.resolve(mediaDir, decodeURIComponent(relative));
  // A crafted path (../../etc/passwd) must not read outside the folder given.
  return file.startsWith(path.resolve(mediaDir) + path.sep) && existsSync(file) ? file : undefined;
}

/** Uploads every attachment found in the media folder (once: named wp-<id>-<file>); returns the files by attachment id. */
async function importMedia(index: ExportIndex, options: ImportOptions, report: ImportReport) {
  const files = new Map<string, UploadedFile>();
  const byUrl = new Map<string, string>();
  let done = 0;
  for (const attachment of index.attachments.values()) {
    const source = options.mediaDir ? attachmentFile(options.mediaDir, attachment) : undefined;
    if (!source) {
      report.media.missing.push(attachment.file || attachment.url);
      continue;
    }
    const name = `wp-${attachment.postId}-${path.basename(source)}`.slice(0, 200);
    const info = { name, alternativeText: attachment.alt, caption: attachment.caption || undefined };
    const [existing] = await options.cms.filesNamed(name);
    let file: UploadedFile | undefined = existing;
    if (!existing) {
      // A dry run counts what it would upload; the posts then show without that image.
      file = options.dryRun ? undefined : await options.cms.upload(source, info);
      report.media.uploaded++;
    } else if ((existing.alternativeText ?? '') !== attachment.alt && attachment.alt) {
      if (!options.dryRun) file = await options.cms.updateFileInfo(existing.id, info);
      report.media.updated++;
    } else report.media.unchanged++;
    if (!file) continue;
    files.set(attachment.postId, file);
    const key = linkKey(attachment.url);
    if (key) byUrl.set(key, attachment.postId);
    if (++done % 50 === 0) options.progress?.(`${done} bestanden in de mediabibliotheek`);
  }
  return { files, byUrl };
}

/** `foto-300x200.jpg` (a resized copy WordPress made) → the original `foto.jpg`. */
const originalOf = (key: string) => key.replace(/-\d+x\d+(\.\w+)$/, '$1');

/** An image block carries the whole media-library file, as the admin's editor inserts it (the CMS checks hash, mime, size…). */
function blocksImage(file: UploadedFile): BlocksImage['image'] {
  // Fixed keys in a fixed order: the upload answer and a later file listing must give the same block (and hash).
  const keys = [
    'id',
    'documentId',
    'name',
    'alternativeText',
    'caption',
    'width',
    'height',
    'formats',
    'hash',
    'ext',
    'mime',
    'size',
    'url',
    'previewUrl',
    'provider',
    'provider_metadata',
    'createdAt',
    'updatedAt',
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, (file as Record<string, unknown>)[key] ?? null])) as BlocksImage['image'];
}

async function importPeople(index: ExportIndex, options: ImportOptions, report: ImportReport) {
  const people = new Map<string, string>();
  if (!options.authors) return people;
  const existing = await options.cms.findAll(PERSON_UID);
  for (const author of index.channel.authors) {
    const name = author.displayName || author.login;
    const found = existing.find((p) => String(p.name).toLowerCase() === name.toLowerCase());
    if (found) people.set(author.login, found.documentId);
    else if (!options.dryRun) {
      // Published at once: a person holds only a name, and a draft would not show on the posts.
      const created = await options.cms.create(PERSON_UID, { name: name.slice(0, 120), slug: slugify(name) });
      await options.cms.publish(PERSON_UID, created.documentId);
      people.set(author.login, created.documentId);
      report.people.created.push(name);
    } else report.people.created.push(name);
  }
  return people;
}

/** The CMS entries this export made before, by importSource key; slugs other entries hold. */
async function existingEntries(index: ExportIndex, options: ImportOptions, siteKey: string) {
  const byKey = new Map<string, Doc>();
  const taken = { post: new Set<string>(), tribe_events: new Set<string>() } as Record<ImportedType, Set<string>>;
  for (const type of Object.keys(IMPORTED_TYPES) as ImportedType[]) {
    for (const doc of await options.cms.findAll(UID_OF[type])) {
      const key = keyPart(sourceOf(doc));
      if (key.startsWith(`${siteKey}:`)) byKey.set(key, doc);
      else taken[type].add(String(doc.slug));
    }
  }
  // An entry imported before keeps its slug (an editor may have changed it).
  for (const post of index.posts.values()) {
    const doc = byKey.get(`${siteKey}:${post.postId}`);
    if (doc) post.slug = String(doc.slug);
  }
  return { byKey, taken };
}

type ToPublish = { uid: string; documentId: string; title: string; postId: string };
/** Drafts per bulk publish: one transaction each, so a batch with one refused entry is retried entry by entry. */
const PUBLISH_BATCH = 50;

async function publishAll(cms: CmsClient, entries: ToPublish[], report: ImportReport): Promise<void> {
  const one = async (entry: ToPublish) => {
    try {
      await cms.publish(entry.uid, entry.documentId);
    } catch (error) {
      report.publishFailed.push({ postId: entry.postId, title: entry.title, reason: dutchError(error) });
    }
  };
  for (const uid of new Set(entries.map((e) => e.uid))) {
    const ofType = entries.filter((e) => e.uid === uid);
    for (let start = 0; start < ofType.length; start += PUBLISH_BATCH) {
      const batch = ofType.slice(start, start + PUBLISH_BATCH);
      try {
        await cms.bulkPublish(
          uid,
          batch.map((e) => e.documentId),
        );
      } catch {
        for (const entry of batch) await one(entry);
      }
    }
  }
}

export async function importWordpress(options: ImportOptions): Promise<ImportReport> {
  const progress = options.progress ?? (() => undefined);
  progress(`Export lezen: ${options.file}`);
  const index = await indexExport(options.file);
  const site = new URL(index.channel.siteUrl || 'https://wordpress.invalid');
  const siteKey = `wordpress:${site.host.replace(/^www\./, '')}`;
  const report = emptyReport(options, index);
  progress(`${index.posts.size} berichten en evenementen, ${index.attachments.size} bijlagen in de export van ${site.host}`);

  const werkplaats = await werkplaatsId(options.cms, options.werkplaats);
  const { byKey, taken } = await existingEntries(index, options, siteKey);
  assignAddresses(index, taken);
  const themes = await importThemes(index, options, report, siteKey);
  const media = await importMedia(index, options, report);
  const people = await importPeople(index, options, report);
  const context: EntryContext = {
    werkplaatsId: werkplaats,
    themes,
    rewriteLink: (href) => {
      if (!/^https?:\/\//i.test(href)) return href;
      const key = linkKey(href) ?? '';
      const post = index.links.get(key);
      if (post) return post;
      // A link to an old upload (a PDF, a full-size image) goes to its copy in the media library.
      const file = media.files.get(media.byUrl.get(key) ?? media.byUrl.get(originalOf(key)) ?? '');
      return file ? new URL(file.url, options.mediaUrl).toString() : href;
    },
    image: ({ src, attachmentId }) => {
      const id =
        attachmentId ?? (src ? (media.byUrl.get(linkKey(src) ?? '') ?? media.byUrl.get(originalOf(linkKey(src) ?? ''))) : undefined);
      const file = id ? media.files.get(id) : undefined;
      return file ? blocksImage(file) : undefined;
    },
    attachment: (id) => {
      const file = media.files.get(id);
      return file ? { id: file.id, alt: file.alternativeText ?? '' } : undefined;
    },
    person: (login) => people.get(login),
    venue: (id) => index.venues.get(id),
    sourceKey: (postId) => `${siteKey}:${postId}`,
  };

  const toPublish: ToPublish[] = [];
  let done = 0;
  const writePost = async (item: WxrItem, post: IndexedPost) => {
    const entry = mapEntry(item, post, context);
    const existing = byKey.get(`${siteKey}:${item.postId}`);
    const line = { postId: item.postId, title: post.title, type: IMPORTED_TYPES[post.type], url: post.newPath, notes: entry.notes };
    try {
      if (existing && sourceOf(existing) === entry.data.importSource) report.unchanged.push(line);
      else if (options.dryRun) (existing ? report.updated : report.imported).push(line);
      else {
        const doc = existing
          ? await options.cms.update(entry.uid, existing.documentId, entry.data)
          : await options.cms.create(entry.uid, entry.data);
        (existing ? report.updated : report.imported).push(line);
        if (entry.publish) toPublish.push({ uid: entry.uid, documentId: doc.documentId, title: post.title, postId: item.postId });
      }
      if (!entry.publish) report.drafts.push(line);
    } catch (error) {
      report.failed.push({ ...line, reason: dutchError(error) });
    }
    if (++done % 100 === 0) progress(`${done} van ${index.posts.size} berichten verwerkt`);
  };

  // A few requests at a time keep the CMS busy while the next post is converted; reading
  // waits when too many are under way, so memory stays bounded.
  const limit = pLimit(CONCURRENT_REQUESTS);
  const underWay = new Set<Promise<void>>();
  await readWxr(options.file, async (item) => {
    const post = index.posts.get(item.postId);
    if (!post || !(item.postType in IMPORTED_TYPES) || !IMPORTED_STATES.has(item.status)) return;
    const task = limit(() => writePost(item, post));
    underWay.add(task);
    void task.finally(() => underWay.delete(task));
    if (underWay.size >= CONCURRENT_REQUESTS * 4) await Promise.race(underWay);
  });
  await Promise.all(underWay);

  // Published last and in one go, so the publishing service folds the burst into a build or two.
  progress(`${toPublish.length} berichten publiceren`);
  await publishAll(options.cms, toPublish, report);
  sortReport(report);

  // Every old address of an imported post (assignAddresses mapped them) keeps working.
  if (!options.dryRun)
    report.redirectFiles = writeRedirectMap(options.redirectsDir, `wordpress-${slugify(options.werkplaats)}`, index.links);
  report.redirects = index.links.size;
  return report;
}
