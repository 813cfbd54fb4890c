import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, toQueryString, type ContentTypeSpec } from '@wsd/shared-types';
import { CMS_DIR, freshDatabase, startCms, type CmsInstance, type Database, type DatabaseClient } from '@wsd/test-harness/cms-instance';

const require = createRequire(import.meta.url);
type Uid = Parameters<CmsInstance['strapi']['documents']>[0];
type SeedModule = typeof import('../../src/seed/seed-demo.ts');
type SyntheticModule = typeof import('../../src/seed/synthetic.ts');
/** Modules of the compiled app (dist/), the same code Strapi runs. */
const dist = <T>(file: string): T => require(path.join(CMS_DIR, 'dist', 'src', file)) as T;

const COLLECTIONS = Object.values(CONTENT_TYPES).filter((spec) => spec.kind === 'collection');
const EXPECTED_DEMO_COUNTS: Record<string, number> = {
  werkplaatsen: 4,
  nieuwsberichten: 7,
  evenementen: 7,
  kennisagendas: 3,
  dossierartikelen: 7,
  themas: 8,
  personen: 4,
};

async function api(cms: CmsInstance, pathAndQuery: string, init: RequestInit & { token?: string | null } = {}) {
  const { token = cms.siteToken, ...rest } = init;
  const headers = { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const url = `${cms.url}/api/${pathAndQuery}`;
  // better-sqlite3 blocks this process's event loop during long writes; afterwards the
  // server's keep-alive timer can close a socket the in-process client is reusing. A GET
  // is idempotent, so one retry on a reset connection is safe.
  const response = await fetch(url, { ...rest, headers }).catch((error: unknown) => {
    if ((rest.method ?? 'GET') !== 'GET') throw error;
    return fetch(url, { ...rest, headers });
  });
  const body =
    response.status === 204
      ? null
      : ((await response.json()) as {
          data: unknown;
          meta?: { pagination?: { total: number; pageCount: number } };
          error?: { message: string };
        });
  return { status: response.status, body };
}

/** Every document of a collection through the paged REST API, as the site loader reads it. */
async function readAll(cms: CmsInstance, spec: ContentTypeSpec, extra: Record<string, unknown> = {}) {
  const entries: { documentId: string }[] = [];
  for (let page = 1; ; page++) {
    const query = toQueryString({ populate: spec.populate, sort: ['id:asc'], pagination: { page, pageSize: 100 }, ...extra });
    const { status, body } = await api(cms, `${spec.path}?${query}`);
    expect(status, `${spec.path} page ${page}`).toBe(200);
    entries.push(...(body!.data as { documentId: string }[]));
    if (page >= (body!.meta?.pagination?.pageCount ?? 0)) return entries;
  }
}

/** Expects a document service call to fail with a Dutch validation message. */
async function expectRejected(call: Promise<unknown>, message: RegExp) {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { name?: string; message?: string } | null;
  expect(error, `expected a validation error matching ${message}`).not.toBeNull();
  expect(error?.name).toBe('ValidationError');
  expect(error?.message).toMatch(message);
}

export function defineCmsSuite(client: DatabaseClient) {
  describe(`CMS on ${client}`, () => {
    let database: Database;
    let cms: CmsInstance;
    const documents = (uid: string) => cms.strapi.documents(uid as Uid);

    beforeAll(async () => {
      database = await freshDatabase(client);
      cms = await startCms(database, { seed: true });
    });
    afterAll(async () => {
      await cms?.stop();
      await database?.drop();
    });

    describe('demo seed', () => {
      it('loads every content type', async () => {
        for (const spec of COLLECTIONS) {
          const { body } = await api(cms, `${spec.path}?pagination[pageSize]=1`);
          expect(body!.meta?.pagination?.total, spec.path).toBe(EXPECTED_DEMO_COUNTS[spec.path]);
        }
        const settings = await api(cms, 'site-setting');
        expect(settings.status).toBe(200);
      });

      it('is idempotent: a second run creates and changes nothing', async () => {
        const stamp = async () => {
          const rows = await Promise.all(
            COLLECTIONS.map((spec) => documents(spec.uid).findMany({ fields: ['updatedAt'], status: 'draft', limit: 1000 } as never)),
          );
          return rows.map((list) =>
            (list as unknown as { updatedAt: string }[])
              .map((r) => r.updatedAt)
              .sort()
              .join(),
          );
        };
        const before = await stamp();
        const report = await dist<SeedModule>('seed/seed-demo.js').seedDemoContent(cms.strapi);
        expect(report.created).toEqual({});
        expect(await stamp()).toEqual(before);
      });
    });

    describe('access', () => {
      for (const spec of Object.values(CONTENT_TYPES)) {
        it(`${spec.path}: 403 anonymously, 200 with the read-only token`, async () => {
          expect((await api(cms, spec.path, { token: null })).status).toBe(403);
          expect((await api(cms, spec.path)).status).toBe(200);
          if (spec.kind === 'collection') {
            const [first] = (await api(cms, `${spec.path}?pagination[pageSize]=1`)).body!.data as { documentId: string }[];
            expect((await api(cms, `${spec.path}/${first!.documentId}`, { token: null })).status).toBe(403);
            expect((await api(cms, `${spec.path}/${first!.documentId}`)).status).toBe(200);
          }
        });
      }

      it('the read-only token cannot create, update or delete', async () => {
        const [thema] = (await api(cms, 'themas?pagination[pageSize]=1')).body!.data as { documentId: string }[];
        const create = await api(cms, 'themas', {
          method: 'POST',
          body: JSON.stringify({ data: { name: 'Ingebroken', slug: 'ingebroken' } }),
        });
        const update = await api(cms, `themas/${thema!.documentId}`, {
          method: 'PUT',
          body: JSON.stringify({ data: { name: 'Gewijzigd' } }),
        });
        const remove = await api(cms, `themas/${thema!.documentId}`, { method: 'DELETE' });
        expect([create.status, update.status, remove.status]).toEqual([403, 403, 403]);
        expect(await documents('api::thema.thema').findFirst({ filters: { slug: 'ingebroken' } } as never)).toBeNull();
      });
    });

    describe('drafts never leave the API', () => {
      const drafts: Record<string, string> = {};
      beforeAll(async () => {
        const werkplaats = (await documents('api::werkplaats.werkplaats').findFirst({ fields: ['documentId'] } as never))!.documentId;
        const data: Record<string, Record<string, unknown>> = {
          'api::werkplaats.werkplaats': { name: 'Concept werkplaats', code: 'CONCEPT', region: 'Nergens', summary: 'Concept.' },
          'api::nieuwsbericht.nieuwsbericht': { title: 'Concept nieuwsbericht', date: '2026-01-01', kind: 'nieuws', lead: 'Concept.' },
          'api::evenement.evenement': {
            title: 'Concept evenement',
            kind: 'overig',
            startsAt: '2030-01-01T10:00:00.000Z',
            endsAt: '2030-01-01T12:00:00.000Z',
            summary: 'Concept.',
          },
          'api::kennisagenda.kennisagenda': { title: 'Concept kennisagenda', periodStart: 2031, periodEnd: 2034, werkplaats },
          'api::dossierartikel.dossierartikel': {
            title: 'Concept dossierartikel',
            summary: 'Concept.',
            externalUrl: 'https://example.org/concept',
            date: '2026-01-01',
          },
          'api::thema.thema': { name: 'Concept thema' },
          'api::persoon.persoon': { name: 'Concept persoon' },
        };
        for (const [uid, fields] of Object.entries(data)) {
          const created = await documents(uid).create({ data: { ...fields, slug: `concept-${uid.split('.').pop()}` } } as never);
          drafts[uid] = created.documentId;
        }
        await documents('api::site-setting.site-setting').update({ data: { siteName: 'CONCEPT-NAAM' } } as never);
      });

      for (const spec of COLLECTIONS) {
        it(`${spec.path}: not in lists or findOne, also with status=draft`, async () => {
          const documentId = drafts[spec.uid]!;
          for (const query of ['', '?status=draft', '?status=draft&pagination[pageSize]=100']) {
            const ids = ((await api(cms, `${spec.path}${query}`)).body!.data as { documentId: string }[]).map((d) => d.documentId);
            expect(ids).not.toContain(documentId);
          }
          expect((await api(cms, `${spec.path}/${documentId}`)).status).toBe(404);
          expect((await api(cms, `${spec.path}/${documentId}?status=draft`)).status).toBe(404);
        });
      }

      it('site-setting: the draft name is not served, also with status=draft', async () => {
        for (const query of ['', '?status=draft']) {
          const { body } = await api(cms, `site-setting${query}`);
          expect((body!.data as { siteName: string }).siteName).not.toBe('CONCEPT-NAAM');
        }
      });
    });

    describe('validation speaks Dutch and names the field', () => {
      const published = { status: 'published' } as const;
      const news = { title: 'Validatietest', slug: 'validatietest', date: '2026-01-01', kind: 'nieuws', lead: 'Test.' };

      it('required fields on publish', async () => {
        await expectRejected(
          documents('api::nieuwsbericht.nieuwsbericht').create({ data: { ...news, lead: '' }, ...published } as never),
          /Nieuwsbericht niet gepubliceerd\. Intro: is verplicht/,
        );
      });
      it('maximum length', async () => {
        await expectRejected(
          documents('api::nieuwsbericht.nieuwsbericht').create({ data: { ...news, title: 'x'.repeat(161) } } as never),
          /Titel: mag maximaal 160 tekens hebben \(nu 161\)/,
        );
      });
      it('URL fields refuse unsafe schemes', async () => {
        for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'java\tscript:alert(1)', '//evil.example']) {
          await expectRejected(
            documents('api::dossierartikel.dossierartikel').create({
              data: { title: 'x', slug: 'x', summary: 'x', date: '2026-01-01', externalUrl: url },
            } as never),
            /Webadres van het artikel: moet een geldig webadres zijn/,
          );
        }
      });
      it('links inside rich text refuse unsafe schemes', async () => {
        const body = [
          { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klik' }] }] },
        ];
        await expectRejected(
          documents('api::nieuwsbericht.nieuwsbericht').create({ data: { ...news, body } } as never),
          /Tekst: de link "javascript:alert\(1\)" is niet toegestaan/,
        );
      });
      it('e-mail format', async () => {
        await expectRejected(
          documents('api::persoon.persoon').create({ data: { name: 'Test', slug: 'test', email: 'geen-e-mail' } } as never),
          /E-mail: moet een geldig e-mailadres zijn/,
        );
      });
      it('event end after start', async () => {
        const data = {
          title: 'Omgekeerd',
          slug: 'omgekeerd',
          kind: 'overig',
          summary: 'x',
          startsAt: '2030-01-01T12:00:00.000Z',
          endsAt: '2030-01-01T10:00:00.000Z',
        };
        await expectRejected(documents('api::evenement.evenement').create({ data } as never), /Eindigt: moet na de begintijd/);
      });
      it('prices are not negative', async () => {
        const data = {
          title: 'Negatief',
          slug: 'negatief',
          kind: 'overig',
          summary: 'x',
          startsAt: '2030-01-01T10:00:00.000Z',
          endsAt: '2030-01-01T12:00:00.000Z',
          prices: [{ label: 'Korting', amountCents: -500 }],
        };
        await expectRejected(documents('api::evenement.evenement').create({ data } as never), /Prijzen 1 › Bedrag: mag niet negatief zijn/);
      });
      it('images need alt text before publishing', async () => {
        const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { mime: 'image/jpeg' } });
        await expectRejected(
          documents('api::nieuwsbericht.nieuwsbericht').create({
            data: { ...news, cover: { file: file.id, alt: '' } },
            ...published,
          } as never),
          /Hoofdafbeelding › Alt-tekst: is verplicht/,
        );
        const body = [
          { type: 'image', image: { url: '/uploads/x.jpg', name: 'x.jpg', alternativeText: '' }, children: [{ type: 'text', text: '' }] },
        ];
        await expectRejected(
          documents('api::nieuwsbericht.nieuwsbericht').create({ data: { ...news, body } } as never),
          /de afbeelding "x.jpg" heeft geen alt-tekst/,
        );
      });
      it('one kennisagenda per werkplaats and period', async () => {
        const nh = (await documents('api::werkplaats.werkplaats').findFirst({ filters: { code: 'NH' } } as never))!;
        const intro = [{ type: 'paragraph', children: [{ type: 'text', text: 'Dubbel.' }] }];
        const data = {
          title: 'Tweede agenda NH',
          slug: 'tweede-agenda-nh',
          werkplaats: nh.documentId,
          periodStart: 2023,
          periodEnd: 2026,
          intro,
        };
        await expectRejected(
          documents('api::kennisagenda.kennisagenda').create({ data, ...published } as never),
          /Periode: deze werkplaats heeft al een kennisagenda voor 2023–2026/,
        );
        const other = await documents('api::kennisagenda.kennisagenda').create({
          data: { ...data, slug: 'agenda-nh-later', periodStart: 2027, periodEnd: 2030 },
          ...published,
        } as never);
        expect(other.documentId).toBeTruthy();
      });
      it('REST callers get the same message (400 with details per field)', async () => {
        const tokenService = cms.strapi.service('admin::api-token-content-api');
        const { accessKey } = await tokenService.create({ name: 'test-full-access', type: 'full-access', lifespan: null });
        const { status, body } = await api(cms, 'evenementen', {
          method: 'POST',
          token: accessKey,
          body: JSON.stringify({
            data: {
              title: 'Rest',
              kind: 'overig',
              summary: 'x',
              startsAt: '2030-01-01T12:00:00.000Z',
              endsAt: '2030-01-01T11:00:00.000Z',
              registrationUrl: 'javascript:alert(1)',
            },
          }),
        });
        expect(status).toBe(400);
        expect(body!.error!.message).toMatch(
          /2 velden kloppen niet: Aanmelden: moet een geldig webadres zijn.*Eindigt: moet na de begintijd/,
        );
      });
    });

    describe('responses', () => {
      for (const spec of Object.values(CONTENT_TYPES)) {
        it(`${spec.path}: every entry parses with shared-types`, async () => {
          const entries =
            spec.kind === 'collection'
              ? await readAll(cms, spec)
              : [(await api(cms, `${spec.path}?${toQueryString({ populate: spec.populate })}`)).body!.data];
          expect(entries.length).toBeGreaterThan(0);
          for (const entry of entries) {
            const result = spec.schema.safeParse(entry);
            expect(result.error?.issues ?? [], `${spec.label} ${(entry as { documentId: string }).documentId}`).toEqual([]);
          }
        });
      }
    });

    describe('scale', () => {
      it('with 1,500 generated news items the paged API returns each exactly once', async () => {
        const plan = await dist<SyntheticModule>('seed/synthetic.js').generateSynthetic(cms.strapi, { count: 1500, seed: 7 });
        expect(plan).toEqual({ news: 1500, events: 150, dossier: 75 });
        const entries = await readAll(cms, CONTENT_TYPES.nieuwsberichten, { populate: undefined, fields: ['title'] });
        const ids = entries.map((e) => e.documentId);
        expect(ids.length).toBe(1500 + EXPECTED_DEMO_COUNTS.nieuwsberichten!);
        expect(new Set(ids).size).toBe(ids.length);
      }, 600_000);
    });

    describe('persistence', () => {
      it('data survives a restart', async () => {
        const created = await documents('api::thema.thema').create({
          data: { name: 'Blijvend thema', slug: 'blijvend-thema' },
          status: 'published',
        } as never);
        const env = cms.env;
        await cms.stop();
        cms = await startCms(database, { env });
        const { status, body } = await api(cms, `themas/${created.documentId}`);
        expect(status).toBe(200);
        expect((body!.data as { name: string }).name).toBe('Blijvend thema');
      });
    });
  });
}
