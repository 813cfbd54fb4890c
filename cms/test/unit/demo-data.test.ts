import { mkdtemp, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DemoDataError, readDemoData } from '../../src/seed/demo-data.ts';
import { DemoValueError, shapeFields, type ShapeContext } from '../../src/seed/demo-values.ts';
import { MarkdownBlocksError, markdownToBlocks } from '../../src/seed/markdown-blocks.ts';
import type { SchemaLike } from '../../src/validation/schema-walk.ts';

const CMS = path.resolve(import.meta.dirname, '../..');
const DEMO = path.join(CMS, 'demo-content');

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(file, 'utf8')) as T;
}
/** The schemas as Strapi would load them, read from the schema files. */
const modelOf = (uid: string) => {
  const name = uid.split('.').pop()!;
  return readJson<SchemaLike & { kind: string }>(path.join(CMS, 'src/api', name, 'content-types', name, 'schema.json'));
};
async function components(): Promise<Record<string, SchemaLike>> {
  const found: Record<string, SchemaLike> = {};
  for (const category of await readdir(path.join(CMS, 'src/components'))) {
    for (const file of await readdir(path.join(CMS, 'src/components', category))) {
      found[`${category}.${file.replace(/\.json$/, '')}`] = await readJson(path.join(CMS, 'src/components', category, file));
    }
  }
  return found;
}

/** A context that records lookups instead of asking a database. */
function recordingContext(all: Record<string, SchemaLike>, now = new Date('2026-12-04T12:00:00Z')) {
  const lookups: string[] = [];
  const context: ShapeContext = {
    now,
    component: (uid) =>
      all[uid] ??
      (() => {
        throw new Error(`Unknown component ${uid}`);
      })(),
    relation: async (target, slug) => (lookups.push(`${target}:${slug}`), `doc-${slug}`),
    media: async (key) => (lookups.push(`media:${key}`), { id: key.length, alt: `alt of ${key}` }),
  };
  return { context, lookups };
}

describe('rich text written as Markdown', () => {
  it('becomes the Blocks the editor makes', () => {
    expect(
      markdownToBlocks(
        'Eerste alinea,\nover twee regels.\n\n## Kop\n\n> Een citaat\n\n- **Datum:** maandag\n- [Lees meer](/agenda/x/)\n\n1. een',
      ),
    ).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Eerste alinea, over twee regels.' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Kop' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Een citaat' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'text', text: 'Datum:', bold: true },
              { type: 'text', text: ' maandag' },
            ],
          },
          { type: 'list-item', children: [{ type: 'link', url: '/agenda/x/', children: [{ type: 'text', text: 'Lees meer' }] }] },
        ],
      },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'een' }] }] },
    ]);
    expect(markdownToBlocks('*schuin* en **vet**')[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'schuin', italic: true },
        { type: 'text', text: ' en ' },
        { type: 'text', text: 'vet', bold: true },
      ],
    });
  });

  it('refuses what the editor cannot write, naming it', () => {
    expect(() => markdownToBlocks('        ingesprongen code')).toThrow(new MarkdownBlocksError('code is not supported in rich text'));
    expect(() => markdownToBlocks('| a |\n\n---')).toThrow(/thematicBreak is not supported/);
    expect(() => markdownToBlocks('- a\n\n  b')).toThrow(/a list item must be one paragraph/);
    expect(() => markdownToBlocks('![beeld](x.jpg)')).toThrow(/image is not supported/);
  });
});

describe('demo fields shaped by the schema', () => {
  it('resolves relations, media, dates, times and rich text, and fills an image alt from its file', async () => {
    const all = await components();
    const { context, lookups } = recordingContext(all);
    const shaped = await shapeFields(
      await modelOf('api::evenement.evenement'),
      {
        slug: 's',
        startsAt: '2019-11-25 09:30',
        endsAt: 'today+70 13:00',
        programme: [{ startTime: '09:30', title: 'Inloop' }],
        body: 'Tekst.',
        cover: { file: 'symposium' },
        werkplaatsen: ['utrecht', 'amsterdam'],
      },
      context,
      'api::evenement.evenement',
    );
    expect(shaped).toEqual({
      slug: 's',
      startsAt: '2019-11-25T08:30:00.000Z',
      // 4 December + 70 days is 12 February 2027, winter time (UTC+1).
      endsAt: '2027-02-12T12:00:00.000Z',
      programme: [{ startTime: '09:30:00.000', title: 'Inloop' }],
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst.' }] }],
      cover: { file: 9, alt: 'alt of symposium' },
      werkplaatsen: ['doc-utrecht', 'doc-amsterdam'],
    });
    expect(lookups).toEqual([
      'media:symposium',
      'media:symposium',
      'api::werkplaats.werkplaats:utrecht',
      'api::werkplaats.werkplaats:amsterdam',
    ]);
  });

  it('relative dates count calendar days in Amsterdam, across a change to summer time', async () => {
    const { context } = recordingContext(await components(), new Date('2027-03-27T23:30:00Z')); // 28 March, 00:30 in Amsterdam
    const shaped = await shapeFields(await modelOf('api::nieuwsbericht.nieuwsbericht'), { date: 'today-4' }, context, 'news');
    expect(shaped.date).toBe('2027-03-24');
    const event = await shapeFields(await modelOf('api::evenement.evenement'), { startsAt: 'today+1 10:00' }, context, 'event');
    expect(event.startsAt).toBe('2027-03-29T08:00:00.000Z');
  });

  it('names the field at fault, down into components', async () => {
    const { context } = recordingContext(await components());
    const schema = await modelOf('api::kennisagenda.kennisagenda');
    await expect(shapeFields(schema, { titel: 'x' }, context, 'api::kennisagenda.kennisagenda')).rejects.toThrow(
      new DemoValueError('"titel" is not a field of api::kennisagenda.kennisagenda'),
    );
    await expect(shapeFields(schema, { themes: [{ title: 'a', body: '---' }] }, context, 'k')).rejects.toThrow(
      'themes.body: thematicBreak is not supported in rich text',
    );
    const event = await modelOf('api::evenement.evenement');
    await expect(shapeFields(event, { startsAt: '25 november 2019' }, context, 'e')).rejects.toThrow(
      'startsAt: "25 november 2019" is not "YYYY-MM-DD HH:MM" or "today±N HH:MM"',
    );
    await expect(shapeFields(event, { programme: ['Inloop'] }, context, 'e')).rejects.toThrow(
      'programme: component event.programme-slot expects fields, got "Inloop"',
    );
  });
});

describe('the demo data files', () => {
  it('fill existing types in an order where every relation points back, with every file declared', async () => {
    const data = await readDemoData(DEMO);
    const all = await components();
    const seeded = new Set<string>();
    let entries = 0;
    for (const type of data.types) {
      const schema = await modelOf(type.uid);
      expect(schema.kind === 'singleType', type.file).toBe(type.single);
      const context: ShapeContext = {
        ...recordingContext(all).context,
        relation: async (target, slug) => {
          expect(seeded.has(`${target}:${slug}`), `${type.file} refers to ${target} "${slug}"`).toBe(true);
          return slug;
        },
        media: async (key) => {
          const file = data.media.images[key] ?? data.media.documents[key];
          expect(file, `${type.file} uses media "${key}"`).toBeDefined();
          return { id: 1, alt: data.media.images[key]?.alt };
        },
      };
      for (const entry of type.entries) {
        await shapeFields(schema, entry, context, `${type.file} ${String(entry.slug)}`);
        entries += 1;
      }
      for (const entry of type.entries) seeded.add(`${type.uid}:${String(entry.slug)}`);
    }
    expect(entries).toBeGreaterThan(30);
    expect(data.defaults).toHaveProperty('editorialNote');
  });

  it('are not part of the CMS source, so the build never holds them', async () => {
    const sources = await readdir(path.join(CMS, 'src'), { recursive: true });
    const demoSlugs = (await readDemoData(DEMO)).types
      .flatMap((type) => type.entries.map((entry) => entry.slug))
      .filter((slug) => String(slug).includes('-'));
    for (const file of sources.filter((name) => /\.(ts|json)$/.test(name))) {
      const text = await readFile(path.join(CMS, 'src', file), 'utf8');
      const found = demoSlugs.find((slug) => text.includes(`'${String(slug)}'`) || text.includes(`"${String(slug)}"`));
      expect(found, `src/${file} holds demo entry "${found}"`).toBeUndefined();
    }
  });
});

describe('a broken data file', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function brokenCopy(file: string, edit: (text: string) => string) {
    dir = await mkdtemp(path.join(tmpdir(), 'wsd-demo-data-'));
    await cp(DEMO, dir, { recursive: true });
    await writeFile(path.join(dir, file), edit(await readFile(path.join(dir, file), 'utf8')));
    return dir;
  }

  it('is refused with the file and the place in it', async () => {
    await expect(readDemoData(await brokenCopy('media.yaml', (t) => t.replace("'#1d3a5f'", 'blauw')))).rejects.toThrow(
      new DemoDataError('Demo data media.yaml, images.symposium.palette.0: a colour such as #1d3a5f'),
    );
    await rm(dir, { recursive: true });
    await expect(
      readDemoData(await brokenCopy('themas.yaml', (t) => t.replace('slug: sociale-basis', 'kenmerk: sociale-basis'))),
    ).rejects.toThrow('Demo data themas.yaml, entry 1: every entry needs a slug');
    await rm(dir, { recursive: true });
    await expect(readDemoData(await brokenCopy('personen.yaml', (t) => `${t}\n  - : [`))).rejects.toThrow(
      /^Demo data personen.yaml cannot be read: /,
    );
  });
});
