import { z } from 'zod';

/**
 * Strapi Blocks (the "blocks" rich-text attribute) as structured JSON. The renderer on
 * the site must escape every text and check every link; these schemas only check shape.
 */
export type BlocksText = {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
};
export type BlocksLink = { type: 'link'; url: string; children: BlocksText[] };
export type BlocksInline = BlocksText | BlocksLink;
export type BlocksListItem = { type: 'list-item'; children: BlocksInline[] };
export type BlocksList = { type: 'list'; format: 'ordered' | 'unordered'; indentLevel?: number; children: (BlocksListItem | BlocksList)[] };
export type BlocksImage = {
  type: 'image';
  image: {
    url: string;
    alternativeText?: string | null;
    width?: number | null;
    height?: number | null;
    caption?: string | null;
    name?: string;
  };
  children: BlocksInline[];
};
export type BlocksNode =
  | { type: 'paragraph'; children: BlocksInline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: BlocksInline[] }
  | { type: 'quote'; children: BlocksInline[] }
  | { type: 'code'; language?: string; children: BlocksInline[] }
  | BlocksList
  | BlocksImage;

export const blocksText: z.ZodType<BlocksText> = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});
export const blocksLink: z.ZodType<BlocksLink> = z.object({ type: z.literal('link'), url: z.string(), children: z.array(blocksText) });
export const blocksInline: z.ZodType<BlocksInline> = z.union([blocksText, blocksLink]);
const listItem: z.ZodType<BlocksListItem> = z.object({ type: z.literal('list-item'), children: z.array(blocksInline) });
export const blocksList: z.ZodType<BlocksList> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    format: z.enum(['ordered', 'unordered']),
    indentLevel: z.number().int().optional(),
    children: z.array(z.union([listItem, blocksList])),
  }),
);
export const blocksImage: z.ZodType<BlocksImage> = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    caption: z.string().nullish(),
    name: z.string().optional(),
  }),
  children: z.array(blocksInline),
});

/** One top-level node of a Blocks value. */
export const blocksNode: z.ZodType<BlocksNode> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(blocksInline) }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: z.array(blocksInline),
  }),
  z.object({ type: z.literal('quote'), children: z.array(blocksInline) }),
  z.object({ type: z.literal('code'), language: z.string().optional(), children: z.array(blocksInline) }),
  blocksList,
  blocksImage,
]);

/** A whole Blocks value: a list of top-level nodes. */
export const blocks = z.array(blocksNode);
export type Blocks = BlocksNode[];
