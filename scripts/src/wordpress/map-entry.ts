/**
 * One WordPress post or event as the data of a Nieuwsbericht or Evenement: title, slug,
 * date, kind, intro, body as Blocks, cover image, werkplaats, themes, people and the
 * private `importSource` key that makes a second import update instead of duplicate.
 */
import { createHash } from 'node:crypto';
import { amsterdam, type Blocks } from '@wsd/shared-types';
import type { IndexedPost } from './export-index.ts';
import { htmlToBlocks, type BlocksContext } from './html-to-blocks.ts';
import type { WxrItem } from './wxr-reader.ts';

export const NEWS_UID = 'api::nieuwsbericht.nieuwsbericht';
export const EVENT_UID = 'api::evenement.evenement';
const NEWS_KINDS = ['nieuws', 'interview', 'verslag', 'terugblik', 'aankondiging'] as const;

export type EntryContext = BlocksContext & {
  werkplaatsId: string;
  /** Theme documentIds for the post's categories and tags. */
  themes: (categories: WxrItem['categories']) => string[];
  /** The media-library file id and alt text of attachment `id`, when imported. */
  attachment: (id: string) => { id: number; alt: string } | undefined;
  /** Persoon documentId of a post's author (only with --authors). */
  person: (login: string) => string | undefined;
  venue: (id: string) => { title: string; meta: Record<string, string> } | undefined;
  /** `wordpress:<site>:<post id>`: the start of every importSource of this export. */
  sourceKey: (postId: string) => string;
};
export type MappedEntry = { uid: string; data: Record<string, unknown>; notes: string[]; publish: boolean };

const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** At most `max` characters, cut at a word with "…", so a long WordPress title or excerpt still saves. */
function cut(text: string, max: number, field: string, notes: string[]): string {
  if (text.length <= max) return text;
  notes.push(`${field} ingekort tot ${max} tekens`);
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The intro: the WordPress excerpt, else the first paragraph of the body. */
function lead(item: WxrItem, body: Blocks, max: number, notes: string[]): string {
  const excerpt = plain(item.excerpt);
  const firstParagraph = body.find((b) => b.type === 'paragraph');
  const fromBody = firstParagraph
    ? firstParagraph.children.map((c) => (c.type === 'text' ? c.text : c.children.map((t) => t.text).join(''))).join('')
    : '';
  const text = excerpt || fromBody.replace(/\s+/g, ' ').trim();
  if (!excerpt && text) notes.push('intro overgenomen uit de eerste alinea (het bericht had geen samenvatting)');
  return cut(text, max, 'intro', notes);
}

/** The news kind a category or tag names (Interviews, Verslagen…), if any. */
function kindOfTerm(term: { slug: string; name: string }): (typeof NEWS_KINDS)[number] | undefined {
  const name = `${term.slug} ${term.name}`.toLowerCase();
  return NEWS_KINDS.find((k) => k !== 'nieuws' && new RegExp(`^(${k}(s|en|ken)? ?)+$`).test(name.replace(/-/g, ' ').trim()));
}

export const isKindTerm = (term: { slug: string; name: string }) => kindOfTerm(term) !== undefined;

/** The news kind from a category or tag named like one, else "nieuws". */
function newsKind(item: WxrItem): (typeof NEWS_KINDS)[number] {
  for (const term of item.categories) {
    const kind = kindOfTerm(term);
    if (kind) return kind;
  }
  return 'nieuws';
}

function cover(item: WxrItem, context: EntryContext, notes: string[]) {
  const id = item.meta._thumbnail_id?.trim();
  if (!id) return undefined;
  const file = context.attachment(id);
  if (!file) {
    notes.push(`uitgelichte afbeelding (bijlage ${id}) niet gevonden in de mediamap`);
    return undefined;
  }
  if (!file.alt) notes.push('uitgelichte afbeelding heeft geen alt-tekst; de titel is gebruikt, controleer die');
  return { file: file.id, alt: cut(file.alt || plain(item.title), 250, 'alt-tekst', notes) };
}

/** WordPress' "2024-06-01 14:00:00" (site time) as an ISO instant in Europe/Amsterdam. */
function eventTime(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value?.trim() ?? '');
  return match ? amsterdam(match[1]!, match[2]!) : undefined;
}

/** A short hash of what the import writes, kept in importSource: an unchanged post is not written again. */
export const contentHash = (data: Record<string, unknown>) => createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);

export function mapEntry(item: WxrItem, post: IndexedPost, context: EntryContext): MappedEntry {
  const notes: string[] = [];
  const converted = htmlToBlocks(item.content, context);
  notes.push(...converted.notes);
  const common: Record<string, unknown> = {
    title: cut(plain(item.title) || `Bericht ${item.postId}`, 160, 'titel', notes),
    slug: post.slug,
    body: converted.blocks,
    werkplaatsen: { set: [{ documentId: context.werkplaatsId }] },
    themas: { set: context.themes(item.categories).map((documentId) => ({ documentId })) },
  };
  const image = cover(item, context, notes);
  if (image) common.cover = image;
  let uid = NEWS_UID;
  let data: Record<string, unknown>;
  if (post.type === 'post') {
    const person = context.person(item.creator);
    data = {
      ...common,
      date: item.postDate.slice(0, 10),
      kind: newsKind(item),
      lead: lead(item, converted.blocks, 400, notes),
      ...(person ? { people: { set: [{ documentId: person }] } } : {}),
    };
  } else {
    uid = EVENT_UID;
    const startsAt = eventTime(item.meta._EventStartDate);
    const endsAt = eventTime(item.meta._EventEndDate) ?? startsAt;
    const venue = context.venue(item.meta._EventVenueID?.trim() ?? '');
    data = {
      ...common,
      kind: 'overig',
      startsAt,
      endsAt,
      summary: lead(item, converted.blocks, 400, notes),
      ...(venue
        ? {
            venue: {
              name: cut(plain(venue.title), 120, 'naam van de locatie', notes),
              street: venue.meta._VenueAddress?.trim().slice(0, 120) || null,
              city: venue.meta._VenueCity?.trim().slice(0, 80) || '',
            },
          }
        : {}),
    };
    if (!startsAt) notes.push('begintijd ontbreekt in de export (_EventStartDate)');
    notes.push('soort evenement op "overig" gezet; kies zo nodig de juiste soort');
  }
  const hash = contentHash(data);
  data.importSource = `${context.sourceKey(item.postId)}|guid=${item.guid.slice(0, 300)}|sha=${hash}`;
  return { uid, data, notes, publish: item.status === 'publish' };
}
