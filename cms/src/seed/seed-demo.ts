import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import * as demo from './demo-content';
import { renderImage, renderPdf } from './demo-media';

type Uid = Parameters<Core.Strapi['documents']>[0];
export type SeedReport = { created: Record<string, number>; skipped: Record<string, number> };

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

async function imageComponent(strapi: Core.Strapi, ref: demo.ImageRef) {
  const image = demo.IMAGES[ref.image];
  if (!image) throw new Error(`Demo image "${ref.image}" is not defined`);
  const file = await ensureFile(strapi, image.name, 'image/jpeg', () => renderImage(image), image.alt);
  return { file, alt: ref.alt ?? image.alt, ...(ref.caption ? { caption: ref.caption } : {}) };
}

/** documentId of a published demo entry, by slug. */
async function documentIdOf(strapi: Core.Strapi, uid: Uid, slug: string): Promise<string> {
  const found = await strapi.documents(uid).findFirst({ filters: { slug }, fields: ['documentId'] } as never);
  if (!found) throw new Error(`Demo content refers to ${uid} "${slug}", which does not exist`);
  return found.documentId;
}

/** The content type a relation field of `uid` points to, from its schema. */
function relationTarget(strapi: Core.Strapi, uid: Uid, field: string): Uid {
  const model = strapi.getModel(uid as never) as { attributes: Record<string, { type?: string; target?: string }> } | undefined;
  const attribute = model?.attributes[field];
  if (attribute?.type !== 'relation' || !attribute.target) throw new Error(`Demo entry of ${uid}: "${field}" is not a relation`);
  return attribute.target as Uid;
}

/** The uploaded file of a demo document (DOCUMENTS), created on the first seed. */
async function documentFile(strapi: Core.Strapi, key: string): Promise<number> {
  const document = demo.DOCUMENTS[key];
  if (!document) throw new Error(`Demo document "${key}" is not defined`);
  return ensureFile(strapi, document.name, 'application/pdf', () => renderPdf(document.title, document.lines));
}

/** One value or a list of them, each resolved by `resolve`. */
const each = <T, R>(value: T | T[], resolve: (item: T) => Promise<R>): Promise<R | R[]> =>
  Array.isArray(value) ? Promise.all(value.map(resolve)) : resolve(value);

/** The entry's data with its images, documents and relations resolved (targets from the schema). */
async function buildData(strapi: Core.Strapi, uid: Uid, entry: demo.DemoEntry): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = { ...entry.data, slug: entry.slug };
  for (const [field, ref] of Object.entries(entry.images ?? {})) data[field] = await each(ref, (r) => imageComponent(strapi, r));
  for (const [field, key] of Object.entries(entry.files ?? {})) data[field] = await each(key, (k) => documentFile(strapi, k));
  for (const [field, ref] of Object.entries(entry.refs ?? {})) {
    const target = relationTarget(strapi, uid, field);
    data[field] = await each(ref, (slug) => documentIdOf(strapi, target, slug));
  }
  return data;
}

/** Creates and publishes the entries that do not exist yet (by slug); never updates. */
async function seedType(strapi: Core.Strapi, uid: Uid, entries: demo.DemoEntry[], report: SeedReport) {
  const name = uid.split('.').pop() as string;
  for (const entry of entries) {
    const exists = await strapi
      .documents(uid)
      .findFirst({ filters: { slug: entry.slug }, status: 'draft', fields: ['documentId'] } as never);
    if (exists) {
      report.skipped[name] = (report.skipped[name] ?? 0) + 1;
      continue;
    }
    const data = await buildData(strapi, uid, entry);
    await strapi.documents(uid).create({ data, status: 'published' } as never);
    report.created[name] = (report.created[name] ?? 0) + 1;
  }
  strapi.log.info(`[seed] ${name}: ${report.created[name] ?? 0} created, ${report.skipped[name] ?? 0} already present`);
}

async function seedSiteSettings(strapi: Core.Strapi, report: SeedReport) {
  const uid = 'api::site-setting.site-setting' as Uid;
  const existing = await strapi.documents(uid).findFirst({ status: 'draft' } as never);
  if (existing) {
    report.skipped['site-setting'] = 1;
    return;
  }
  await strapi.documents(uid).create({ data: demo.siteSettings(), status: 'published' } as never);
  report.created['site-setting'] = 1;
}

/**
 * Loads the demo content. Idempotent: entries are matched by slug and files by name, so
 * a second run creates nothing and changes nothing; an interrupted run completes.
 */
export async function seedDemoContent(strapi: Core.Strapi, now = new Date()): Promise<SeedReport> {
  const report: SeedReport = { created: {}, skipped: {} };
  strapi.log.info('[seed] Loading demo content (images are rendered locally on the first run)…');
  await seedType(strapi, 'api::thema.thema', demo.THEMAS, report);
  await seedType(strapi, 'api::persoon.persoon', demo.PERSONEN, report);
  await seedType(strapi, 'api::werkplaats.werkplaats', demo.WERKPLAATSEN, report);
  await seedType(strapi, 'api::evenement.evenement', demo.evenementen(now), report);
  await seedType(strapi, 'api::nieuwsbericht.nieuwsbericht', demo.nieuwsberichten(now), report);
  await seedType(strapi, 'api::kennisagenda.kennisagenda', demo.kennisagendas(), report);
  await seedType(strapi, 'api::dossierartikel.dossierartikel', demo.dossierartikelen(now), report);
  await seedSiteSettings(strapi, report);
  return report;
}
