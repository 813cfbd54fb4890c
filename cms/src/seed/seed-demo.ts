import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { componentSchema, type SchemaLike } from '../validation/schema-walk';
import { readDemoData, type DemoData, type DemoType } from './demo-data';
import { renderImage, renderPdf } from './demo-media';
import { shapeFields, type ShapeContext } from './demo-values';

type Uid = Parameters<Core.Strapi['documents']>[0];
export type SeedReport = { created: Record<string, number>; skipped: Record<string, number> };

/** Where the data files live: beside the CMS's source, not in it, so the build never holds them. */
export const demoContentDir = (strapi: Core.Strapi) => path.join(strapi.dirs.app.root, 'demo-content');

/** Creates each demo file once; later runs find it by name. Returns its id. */
async function ensureFile(strapi: Core.Strapi, name: string, mime: string, render: () => Promise<Buffer>, alt?: string): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name }, select: ['id'] });
  if (existing) return existing.id as number;
  const dir = await mkdtemp(path.join(tmpdir(), 'wsd-seed-'));
  try {
    const filepath = path.join(dir, name);
    const buffer = await render();
    await writeFile(filepath, buffer);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: alt ?? null } },
        files: { filepath, originalFilename: name, mimetype: mime, size: buffer.length },
      });
    return file.id as number;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The lookups the shaping needs, backed by this Strapi: schemas, slugs, rendered files. */
function shapeContext(strapi: Core.Strapi, data: DemoData, now: Date): ShapeContext {
  return {
    now,
    component: (uid) => componentSchema(strapi, uid),
    async relation(target, slug) {
      const found = await strapi.documents(target as Uid).findFirst({ filters: { slug }, fields: ['documentId'] } as never);
      if (!found) throw new Error(`refers to ${target} "${slug}", which is not in the demo data before it`);
      return found.documentId;
    },
    async media(key) {
      const image = data.media.images[key];
      if (image) return { id: await ensureFile(strapi, image.name, 'image/jpeg', () => renderImage(image), image.alt), alt: image.alt };
      const document = data.media.documents[key];
      if (document)
        return { id: await ensureFile(strapi, document.name, 'application/pdf', () => renderPdf(document.title, document.lines)) };
      throw new Error(`"${key}" is not an image or document in media.yaml`);
    },
  };
}

/** Does the entry exist already (a collection entry by slug, a single type at all)? */
async function exists(strapi: Core.Strapi, type: DemoType, fields: Record<string, unknown>): Promise<boolean> {
  const filters = type.single ? {} : { filters: { slug: fields.slug } };
  return Boolean(await strapi.documents(type.uid as Uid).findFirst({ ...filters, status: 'draft', fields: ['documentId'] } as never));
}

/** Creates and publishes the entries of one type that do not exist yet; never updates. */
async function seedType(strapi: Core.Strapi, data: DemoData, type: DemoType, context: ShapeContext, report: SeedReport) {
  const schema = strapi.getModel(type.uid as never) as unknown as (SchemaLike & { kind: string }) | undefined;
  if (!schema) throw new Error(`Demo data ${type.file}: content type ${type.uid} does not exist`);
  if ((schema.kind === 'singleType') !== type.single) {
    throw new Error(
      `Demo data ${type.file}: ${type.uid} is a ${schema.kind}, so the file must hold ${type.single ? 'a list of entries' : 'one mapping'}`,
    );
  }
  const name = type.uid.split('.').pop() as string;
  for (const entry of type.entries) {
    const defaults = Object.fromEntries(Object.entries(data.defaults).filter(([field]) => field in schema.attributes));
    const fields = { ...defaults, ...entry };
    if (await exists(strapi, type, fields)) {
      report.skipped[name] = (report.skipped[name] ?? 0) + 1;
      continue;
    }
    const label = type.single ? type.file : `${type.file}, entry "${String(fields.slug)}"`;
    try {
      const shaped = await shapeFields(schema, fields, context, type.uid);
      await strapi.documents(type.uid as Uid).create({ data: shaped, status: 'published' } as never);
    } catch (error) {
      throw new Error(`Demo data ${label}: ${(error as Error).message}`, { cause: error });
    }
    report.created[name] = (report.created[name] ?? 0) + 1;
  }
  strapi.log.info(`[seed] ${name}: ${report.created[name] ?? 0} created, ${report.skipped[name] ?? 0} already present`);
}

/**
 * Loads the demo content from cms/demo-content. Idempotent: entries are matched by slug
 * and files by name, so a second run creates and changes nothing; an interrupted run completes.
 */
export async function seedDemoContent(strapi: Core.Strapi, now = new Date(), dir = demoContentDir(strapi)): Promise<SeedReport> {
  const report: SeedReport = { created: {}, skipped: {} };
  strapi.log.info('[seed] Loading demo content (images are rendered locally on the first run)…');
  const data = await readDemoData(dir);
  const context = shapeContext(strapi, data, now);
  for (const type of data.types) await seedType(strapi, data, type, context, report);
  return report;
}
