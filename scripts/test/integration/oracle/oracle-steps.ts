import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { CmsInstance } from '@wsd/test-harness/cms-instance';
import { createRandom } from '@wsd/cms/synthetic';

const NEWS = 'api::nieuwsbericht.nieuwsbericht';
const EVENT = 'api::evenement.evenement';
const SETTINGS = 'api::site-setting.site-setting';

/** One editor action on the live CMS, with a name that says what it did (for a failing comparison). */
export type OracleStep = { name: string; run: () => Promise<void> };

const cleanups: (() => void)[] = [];
/** Removes the photos the replace steps made. */
export const removeOracleFiles = () => cleanups.splice(0).forEach((cleanup) => cleanup());

type Doc = { documentId: string; slug?: string; title?: string };
type Random = ReturnType<typeof createRandom>;

/** The step kinds of the issue, each equally likely. */
const KINDS = [
  'create',
  'edit-title',
  'edit-body',
  'edit-themes',
  'edit-werkplaats',
  'unpublish',
  'delete',
  'related-event',
  'site-settings',
  'replace-image',
] as const;
type Kind = (typeof KINDS)[number];

/**
 * The kinds of the sequence, drawn up front so the seed alone fixes them: a create first
 * (something of the oracle's own to edit), then every other kind once in a seeded order
 * (10 steps cover them all), then random kinds.
 */
function stepKinds(random: Random, count: number): Kind[] {
  const rest = KINDS.filter((k) => k !== 'create');
  for (let i = rest.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [rest[i], rest[j]] = [rest[j]!, rest[i]!];
  }
  const kinds: Kind[] = ['create', ...rest];
  while (kinds.length < count) kinds.push(random.pick(KINDS));
  return kinds.slice(0, count);
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** A solid JPEG of a random colour: a "new photo" for the replace step. */
async function photo(random: Random, dir: string, n: number) {
  const filepath = path.join(dir, `vervangen-${n}.jpg`);
  const channel = () => random.int(0, 255);
  await sharp({ create: { width: 800, height: 500, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .toFile(filepath);
  return { filepath, originalFilename: `vervangen-${n}.jpg`, mimetype: 'image/jpeg', size: statSync(filepath).size };
}

/**
 * A seeded random sequence of editor actions on `cms`, made through the document and
 * upload services (which send the same webhooks as the admin's buttons). Every step
 * leaves the content valid; what it touches is picked from what is published at that
 * moment, sorted by slug (documentIds are random), so the seed alone fixes the sequence.
 */
export function oracleSteps(cms: CmsInstance, seed: number, count: number): OracleStep[] {
  const random = createRandom(seed);
  const documents = (uid: string) =>
    cms.strapi.documents(uid as never) as unknown as {
      findMany: (q: unknown) => Promise<Doc[]>;
      findFirst: (q: unknown) => Promise<Doc | null>;
      create: (q: unknown) => Promise<Doc>;
      update: (q: unknown) => Promise<Doc>;
      unpublish: (q: unknown) => Promise<unknown>;
      delete: (q: unknown) => Promise<unknown>;
    };
  const published = (uid: string) =>
    documents(uid).findMany({ status: 'published', fields: uid === NEWS ? ['slug', 'title'] : ['slug'], sort: 'slug:asc' });
  const pickPublished = async (uid: string) => random.pick(await published(uid));
  const ids = async (uid: string, n: number) => {
    const all = await published(uid);
    return Array.from({ length: n }, () => random.pick(all).documentId).filter((id, i, list) => list.indexOf(id) === i);
  };
  const work = mkdtempSync(path.join(tmpdir(), 'wsd-oracle-photos-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const kinds = stepKinds(random, count);

  const actions: Record<Kind, (n: number) => Promise<string>> = {
    create: async (n) => {
      const slug = `orakelbericht-${seed}-${n}`;
      await documents(NEWS).create({
        status: 'published',
        data: {
          title: `Orakelbericht ${n} over wijkverpleging`,
          slug,
          date: `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`,
          kind: random.pick(['nieuws', 'interview', 'verslag']),
          lead: `Inleiding van orakelbericht ${n}: buurtteams en onderzoekers leren samen.`,
          body: paragraph(`Orakelwoord${n} staat alleen in dit bericht.`),
          werkplaatsen: await ids('api::werkplaats.werkplaats', 1),
          themas: await ids('api::thema.thema', 2),
        },
      });
      return `create ${slug}`;
    },
    'edit-title': async (n) => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).update({ documentId: doc.documentId, status: 'published', data: { title: `${doc.title} (bijgewerkt ${n})` } });
      return `edit title of ${doc.slug}`;
    },
    'edit-body': async (n) => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).update({
        documentId: doc.documentId,
        status: 'published',
        data: { body: paragraph(`Herschreven tekst ${n}: samenwerking met gemeenten.`) },
      });
      return `edit body of ${doc.slug}`;
    },
    'edit-themes': async () => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).update({
        documentId: doc.documentId,
        status: 'published',
        data: { themas: await ids('api::thema.thema', random.int(0, 2)) },
      });
      return `edit themes of ${doc.slug}`;
    },
    'edit-werkplaats': async () => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).update({
        documentId: doc.documentId,
        status: 'published',
        data: { werkplaatsen: await ids('api::werkplaats.werkplaats', 1) },
      });
      return `edit werkplaats of ${doc.slug}`;
    },
    unpublish: async () => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).unpublish({ documentId: doc.documentId });
      return `unpublish ${doc.slug}`;
    },
    delete: async () => {
      const doc = await pickPublished(NEWS);
      await documents(NEWS).delete({ documentId: doc.documentId });
      return `delete ${doc.slug}`;
    },
    'related-event': async (n) => {
      const slug = `orakelbijeenkomst-${seed}-${n}`;
      const day = `2027-0${random.int(1, 9)}-1${random.int(0, 9)}`;
      const event = await documents(EVENT).create({
        status: 'published',
        data: {
          title: `Orakelbijeenkomst ${n}`,
          slug,
          kind: random.pick(['themabijeenkomst', 'kenniscafe', 'webinar']),
          startsAt: `${day}T13:00:00.000Z`,
          endsAt: `${day}T16:00:00.000Z`,
          summary: `Een middag over praktijkonderzoek, bijeenkomst ${n}.`,
          werkplaatsen: await ids('api::werkplaats.werkplaats', 1),
          themas: await ids('api::thema.thema', 1),
        },
      });
      // A news item announces it: the item's page links to the event.
      const doc = await pickPublished(NEWS);
      await documents(NEWS).update({ documentId: doc.documentId, status: 'published', data: { event: event.documentId } });
      return `publish event ${slug}, linked from ${doc.slug}`;
    },
    'site-settings': async (n) => {
      const settings = await documents(SETTINGS).findFirst({ status: 'published' });
      await documents(SETTINGS).update({
        documentId: settings!.documentId,
        status: 'published',
        data: { footerText: `Voettekst versie ${n}.` },
      });
      return 'edit the site settings (footer)';
    },
    'replace-image': async (n) => {
      const images = (await cms.strapi.db
        .query('plugin::upload.file')
        .findMany({ where: { mime: { $startsWith: 'image/' } }, orderBy: { id: 'asc' } })) as {
        id: number;
        name: string;
      }[];
      const image = random.pick(images);
      const upload = cms.strapi.plugin('upload').service('upload') as { replace: (id: number, input: unknown) => Promise<unknown> };
      await upload.replace(image.id, { data: {}, file: await photo(random, work, n) });
      return `replace the image ${image.name}`;
    },
  };

  return kinds.map((kind, i) => {
    const step: OracleStep = {
      name: `step ${i + 1} (${kind})`,
      run: async () => {
        step.name = `step ${i + 1}: ${await actions[kind](i + 1)}`;
      },
    };
    return step;
  });
}
