import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The demo content's data files (cms/demo-content/): a manifest saying which content type
 * each file fills and in which order, a list of media to render locally, and one file per
 * content type. Read at seed time only, so none of it is part of the built CMS.
 */
export class DemoDataError extends Error {
  override name = 'DemoDataError';
}

const text = z.string().min(1);
const colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour such as #1d3a5f');

/** A picture described in words and drawn by sharp on the first seed; never downloaded. */
const image = z.strictObject({
  name: text.regex(/\.jpe?g$/, 'a .jpg file name'),
  label: text,
  alt: text,
  palette: z.tuple([colour, colour]),
});
/** A one-page PDF drawn by pdf-lib on the first seed. */
const document = z.strictObject({ name: text.regex(/\.pdf$/, 'a .pdf file name'), title: text, lines: z.array(z.string()) });

const mediaFile = z.strictObject({ images: z.record(z.string(), image), documents: z.record(z.string(), document) });
const manifestFile = z.strictObject({
  /** Fields every entry gets unless it sets them itself (where its content type has the field). */
  defaults: z.record(z.string(), z.unknown()),
  /** Content types in seeding order: an entry's relations point to types seeded before it. */
  types: z.array(z.strictObject({ uid: z.string().regex(/^api::[\w-]+\.[\w-]+$/), file: text })).min(1),
});
/** An entry's fields; the slug is how a seed recognises it on the next run and how others refer to it. */
const entry = z.looseObject({ slug: text.optional() }).transform((fields) => fields as Record<string, unknown>);

export type DemoImage = z.infer<typeof image>;
export type DemoDocument = z.infer<typeof document>;
export type DemoMedia = z.infer<typeof mediaFile>;
export type DemoType = { uid: string; file: string; entries: Record<string, unknown>[]; single: boolean };
export type DemoData = { defaults: Record<string, unknown>; media: DemoMedia; types: DemoType[] };

async function readYaml<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const name = path.basename(file);
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DemoDataError(`Demo data ${name} cannot be read: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new DemoDataError(`Demo data ${name}, ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  }
  return result.data;
}

/** Reads every data file under `dir`; a collection file holds a list of entries, a single type's file one mapping. */
export async function readDemoData(dir: string): Promise<DemoData> {
  const manifest = await readYaml(path.join(dir, 'index.yaml'), manifestFile);
  const media = await readYaml(path.join(dir, 'media.yaml'), mediaFile);
  const types: DemoType[] = [];
  for (const { uid, file } of manifest.types) {
    const content = await readYaml(path.join(dir, file), z.union([z.array(entry), entry]));
    const single = !Array.isArray(content);
    const entries = single ? [content] : content;
    const unnamed = entries.findIndex((fields) => !single && typeof fields.slug !== 'string');
    if (unnamed >= 0) throw new DemoDataError(`Demo data ${file}, entry ${unnamed + 1}: every entry needs a slug`);
    types.push({ uid, file, entries, single });
  }
  return { defaults: manifest.defaults, media, types };
}
