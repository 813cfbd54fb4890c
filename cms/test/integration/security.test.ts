/**
 * The attacks of the penetration test, as a dishonest region editor, an API-token holder
 * and an anonymous visitor would try them against a seeded CMS. Each test fails on the
 * code before the fix and records its finding for `npm run reliability` ("access and leaks").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFinding } from '@wsd/test-harness/findings';
import { DEMO_CHIEF_EDITOR_EMAIL, demoEditorEmail } from '../../src/seed/demo-accounts.ts';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { collectLeaks, sampleDocumentIds, sweepQueries } from '@wsd/test-harness/leak-sweep';

const NEWS = 'api::nieuwsbericht.nieuwsbericht';
const ACTIONS = '/publisher/actions';
const DRAFT_MARKER = 'GEHEIM-CONCEPT-7Q2X';
const EDIT_MARKER = 'ONGEPUBLICEERDE-WIJZIGING-9K4Z';

type Json = { data?: unknown; error?: { status: number; message: string } };
type Upload = { id: number; name: string };

describe('security: media, scheduling, drafts, registration, admin hardening', () => {
  let database: Database;
  let cms: CmsInstance;
  const tokens = new Map<string, string>();
  const werkplaats = new Map<string, string>();
  const UTRECHT = demoEditorEmail('utrecht');
  let admin: string;

  async function call(as: string | null, method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
    const token = as ? tokens.get(as) : undefined;
    const isForm = body instanceof FormData;
    const response = await fetch(`${cms.url}${pathname}`, {
      method,
      headers: {
        ...(isForm || body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, json: (await response.json().catch(() => ({}))) as Json };
  }

  async function login(email: string, password: string) {
    const { status, json } = await call(null, 'POST', '/admin/login', { email, password });
    expect(status, `login ${email}`).toBe(200);
    tokens.set(email, (json.data as { token: string }).token);
  }

  async function upload(as: string, name: string): Promise<Upload> {
    const form = new FormData();
    // A 1×1 PNG: the smallest file the media library treats as an image.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=', 'base64');
    form.append('files', new Blob([png], { type: 'image/png' }), name);
    const { status, json } = await call(as, 'POST', '/upload', form);
    expect(status, JSON.stringify(json.error)).toBe(201);
    return (json as unknown as Upload[])[0]!;
  }

  /** The media library's "edit file info" form (POST /upload?id=…). */
  const fileInfoForm = (info: Record<string, string>) => {
    const form = new FormData();
    form.append('fileInfo', JSON.stringify(info));
    return form;
  };

  const fileExists = async (id: number) => (await cms.strapi.db.query('plugin::upload.file').count({ where: { id } })) === 1;

  /** A news item of exactly these werkplaatsen, created (and optionally published) by code. */
  async function news(title: string, werkplaatsen: string[], extra: Record<string, unknown> = {}, publish = true) {
    const created = (await cms.strapi.documents(NEWS).create({
      data: {
        title,
        slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        date: '2026-11-20',
        kind: 'nieuws',
        lead: `Inleiding van ${title}.`,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: `Tekst van ${title}.` }] }],
        werkplaatsen,
        ...extra,
      },
    } as never)) as unknown as { documentId: string };
    if (publish) await cms.strapi.documents(NEWS).publish({ documentId: created.documentId } as never);
    return created.documentId;
  }

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    cms = await startCms(database, { seed: true, env: { PREVIEW_URL: 'https://wsd.example', CORS_ORIGINS: 'http://site.example' } });
    admin = cms.env.DEMO_ADMIN_EMAIL!;
    await login(admin, cms.env.DEMO_ADMIN_PASSWORD!);
    for (const email of [UTRECHT, DEMO_CHIEF_EDITOR_EMAIL]) await login(email, cms.env.DEMO_EDITOR_PASSWORD!);
    const rows = (await cms.strapi.documents('api::werkplaats.werkplaats').findMany({ fields: ['slug'] } as never)) as unknown as {
      documentId: string;
      slug: string;
    }[];
    for (const row of rows) werkplaats.set(row.slug, row.documentId);
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  describe('media library', () => {
    it('a region editor cannot delete, replace, edit or bulk-delete a file someone else uploaded', async () => {
      const file = await upload(admin, 'logo-hoofdredactie.png');
      const attempts = [
        await call(UTRECHT, 'DELETE', `/upload/files/${file.id}`),
        await call(UTRECHT, 'POST', `/upload?id=${file.id}`, fileInfoForm({ name: 'overgenomen.png', alternativeText: 'weg' })),
        await call(UTRECHT, 'POST', '/upload/actions/bulk-delete', { fileIds: [file.id] }),
        await call(UTRECHT, 'POST', '/upload/actions/bulk-update', { updates: [{ id: file.id, fileInfo: { name: 'x.png' } }] }),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(403);
        expect(attempt.json.error?.message).toContain('Het bestand "logo-hoofdredactie.png" is door iemand anders geüpload');
      }
      expect(await fileExists(file.id)).toBe(true);
      const stored = (await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } })) as { name: string };
      expect(stored.name).toBe('logo-hoofdredactie.png');
      recordFinding({
        point: 'access',
        tried: 'region editor deletes, replaces, edits and bulk-deletes a file the admin uploaded',
        times: attempts.length,
        held: `${attempts.length} refused (403, Dutch message naming the file); the file is unchanged`,
      });
    });

    it('a region editor changes their own unused file, but not one that another werkplaats uses', async () => {
      const own = await upload(UTRECHT, 'eigen-foto.png');
      const renamed = await call(
        UTRECHT,
        'POST',
        `/upload?id=${own.id}`,
        fileInfoForm({ name: 'eigen-foto-hernoemd.png', alternativeText: 'Een eigen foto' }),
      );
      expect(renamed.status, JSON.stringify(renamed.json.error)).toBe(200);

      const usedElsewhere = await upload(UTRECHT, 'gedeelde-foto.png');
      await news('Bericht van Noord-Holland met foto', [werkplaats.get('noord-holland')!], {
        cover: { file: usedElsewhere.id, alt: 'Een foto' },
      });
      const refused = await call(UTRECHT, 'DELETE', `/upload/files/${usedElsewhere.id}`);
      expect(refused.status).toBe(403);
      expect(refused.json.error?.message).toContain('wordt gebruikt door inhoud van een andere werkplaats');
      expect(await fileExists(usedElsewhere.id)).toBe(true);

      expect((await call(UTRECHT, 'DELETE', `/upload/files/${own.id}`)).status).toBe(200);
      expect(await fileExists(own.id)).toBe(false);
      // The hoofdredactie may still do everything.
      expect(
        (
          await call(DEMO_CHIEF_EDITOR_EMAIL, 'POST', '/upload/actions/bulk-update', {
            updates: [{ id: usedElsewhere.id, fileInfo: { alternativeText: 'Door de hoofdredactie' } }],
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('scheduling (strapi-plugin-publisher)', () => {
    const soon = () => new Date(Date.now() + 60 * 60_000).toISOString();

    it('a region editor cannot schedule a theme, a werkplaats or another region', async () => {
      const thema = (await cms.strapi.documents('api::thema.thema').findFirst({} as never)) as unknown as { documentId: string };
      const nhItem = await news('Noord-Hollands bericht', [werkplaats.get('noord-holland')!]);
      const attempts = [
        { entitySlug: 'api::thema.thema', entityId: thema.documentId, mode: 'unpublish' },
        { entitySlug: 'api::werkplaats.werkplaats', entityId: werkplaats.get('noord-holland'), mode: 'unpublish' },
        { entitySlug: NEWS, entityId: nhItem, mode: 'unpublish' },
      ];
      const before = await cms.strapi.db.query('plugin::publisher.action').count();
      for (const data of attempts) {
        const { status } = await call(UTRECHT, 'POST', ACTIONS, { data: { ...data, executeAt: soon() } });
        expect([400, 403]).toContain(status);
      }
      expect(await cms.strapi.db.query('plugin::publisher.action').count()).toBe(before);
    });

    it("a region editor cannot delete, change or retarget another region's or their own action", async () => {
      const nhItem = await news('Gepland Noord-Hollands bericht', [werkplaats.get('noord-holland')!], {}, false);
      const utrechtItem = await news('Gepland Utrechts bericht', [werkplaats.get('utrecht')!], {}, false);
      const adminAction = await call(admin, 'POST', ACTIONS, {
        data: { entitySlug: NEWS, entityId: nhItem, mode: 'publish', executeAt: soon() },
      });
      expect(adminAction.status, JSON.stringify(adminAction.json.error)).toBe(201);
      const adminId = (adminAction.json.data as { documentId: string }).documentId;
      const own = await call(UTRECHT, 'POST', ACTIONS, {
        data: { entitySlug: NEWS, entityId: utrechtItem, mode: 'publish', executeAt: soon() },
      });
      expect(own.status, JSON.stringify(own.json.error)).toBe(201);
      const ownId = (own.json.data as { documentId: string }).documentId;

      const attempts = [
        await call(UTRECHT, 'DELETE', `${ACTIONS}/${adminId}`),
        await call(UTRECHT, 'PUT', `${ACTIONS}/${adminId}`, { data: { mode: 'unpublish' } }),
        await call(UTRECHT, 'PUT', `${ACTIONS}/${ownId}`, { data: { entityId: nhItem } }),
      ];
      expect(attempts.map((a) => a.status)).toEqual([403, 403, 403]);
      const stored = (await cms.strapi.documents('plugin::publisher.action' as never).findMany({} as never)) as unknown as {
        documentId: string;
        entityId: string;
        mode: string;
      }[];
      expect(stored.find((a) => a.documentId === adminId)).toMatchObject({ entityId: nhItem, mode: 'publish' });
      expect(stored.find((a) => a.documentId === ownId)).toMatchObject({ entityId: utrechtItem });
      // Their own action they may still move in time.
      expect((await call(UTRECHT, 'PUT', `${ACTIONS}/${ownId}`, { data: { executeAt: soon() } })).status).toBe(200);
      recordFinding({
        point: 'access',
        tried: 'region editor schedules a theme/werkplaats/other region, deletes, changes or retargets scheduled actions',
        times: attempts.length + 3,
        held: `${attempts.length + 3} refused; 0 cross-region writes; stored actions unchanged`,
      });
    });

    it('lists only actions whose entry the caller may see', async () => {
      const gone = await news('Bericht dat verdwijnt', [werkplaats.get('utrecht')!], {}, false);
      await cms.strapi.documents('plugin::publisher.action' as never).create({
        data: { entitySlug: NEWS, entityId: gone, mode: 'publish', executeAt: soon() },
      } as never);
      await cms.strapi.documents(NEWS).delete({ documentId: gone } as never);
      const { status, json } = await call(UTRECHT, 'GET', `${ACTIONS}?filters[entityId]=${gone}`);
      expect(status).toBe(200);
      expect(json.data).toEqual([]);
    });
  });

  describe('content API: no draft through any route, populate or filter', () => {
    let fileId: number;
    const newsIds: string[] = [];

    beforeAll(async () => {
      const file = await upload(admin, 'bijlage.png');
      fileId = file.id;
      const nh = [werkplaats.get('noord-holland')!];
      // Never published: its title, lead and body must never reach a token holder.
      newsIds.push(
        await news(`${DRAFT_MARKER} nooit gepubliceerd`, nh, { attachments: [fileId], cover: { file: fileId, alt: DRAFT_MARKER } }, false),
      );
      // Published, then edited without publishing: the edit must not leak either.
      const published = await news('Gepubliceerd bericht met bijlage', nh, { attachments: [fileId] });
      await cms.strapi.documents(NEWS).update({ documentId: published, data: { lead: `${EDIT_MARKER} in de inleiding` } } as never);
      newsIds.push(published);
    });

    it('every GET route of the content API, in every populate shape, with the site token', async () => {
      const ids = { documentIds: await sampleDocumentIds(cms, { nieuwsberichten: newsIds }), fileId };
      const sweep = await collectLeaks(cms, cms.siteToken, sweepQueries(), ids, [DRAFT_MARKER, EDIT_MARKER]);
      expect(sweep.leaks, sweep.leaks.slice(0, 5).join('\n')).toEqual([]);
      expect(sweep.answered).toBeGreaterThan(0);
      recordFinding({
        point: 'access',
        tried: `site token on every content-API GET route (${sweep.routes} routes) × ${sweepQueries().length} populate/filter/status shapes`,
        times: sweep.attempts,
        held: `${sweep.answered} answered, ${sweep.attempts - sweep.answered} refused; leaked drafts: 0`,
      });
    });

    it('the site token reaches no upload, user, role or scheduling route', async () => {
      for (const route of [
        '/api/upload/files',
        `/api/upload/files/${fileId}`,
        '/api/users',
        '/api/users-permissions/roles',
        '/api/publisher/actions',
        '/api/i18n/locales',
      ]) {
        const response = await fetch(`${cms.url}${route}`, { headers: { Authorization: `Bearer ${cms.siteToken}` } });
        expect([403, 404, 405], route).toContain(response.status);
      }
    });

    it('registration and the other users-permissions routes are off', async () => {
      const before = await cms.strapi.db.query('plugin::users-permissions.user').count();
      const register = await call(null, 'POST', '/api/auth/local/register', {
        username: 'indringer',
        email: 'indringer@example.org',
        password: 'Wachtwoord-123',
      });
      expect(register.status).not.toBe(200);
      expect(JSON.stringify(register.json)).not.toContain('jwt');
      for (const route of ['/api/auth/local', '/api/auth/forgot-password', '/api/auth/reset-password']) {
        expect([404, 405], route).toContain((await call(null, 'POST', route, { identifier: 'x', email: 'x@example.org' })).status);
      }
      expect(await cms.strapi.db.query('plugin::users-permissions.user').count()).toBe(before);
    });
  });

  describe('admin hardening', () => {
    it('answers a refresh from another origin without credentialed CORS', async () => {
      const response = await fetch(`${cms.url}/admin/access-token`, { method: 'POST', headers: { Origin: 'http://site.example' } });
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      recordFinding({
        point: 'access',
        tried: 'POST /admin/access-token from the site origin (credentialed CORS)',
        times: 1,
        held: 'no Access-Control-Allow-Credentials: a script on the site cannot use an editor session',
      });
    });

    it('takes as long for an unknown e-mail as for a known one', async () => {
      const time = async (email: string) => {
        const started = performance.now();
        await call(null, 'POST', '/admin/login', { email, password: 'Fout-wachtwoord-1' });
        return performance.now() - started;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const known: number[] = [];
      const unknown: number[] = [];
      // The login rate limit counts per e-mail: 4 tries on the known address, a new unknown one each time.
      for (let i = 0; i < 4; i++) {
        known.push(await time(UTRECHT));
        unknown.push(await time(`niemand-${i}@wsd.local`));
      }
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
      recordFinding({
        point: 'access',
        tried: 'admin login timing: known vs unknown e-mail (user enumeration)',
        times: 8,
        held: `median ${median(known).toFixed(0)} ms known vs ${median(unknown).toFixed(0)} ms unknown`,
      });
    });

    it('a region editor cannot take a shared item away from another werkplaats', async () => {
      const shared = await news('Gedeeld bericht van NH en Utrecht', [werkplaats.get('noord-holland')!, werkplaats.get('utrecht')!]);
      const url = `/content-manager/collection-types/${NEWS}/${shared}`;
      const detach = await call(UTRECHT, 'PUT', url, { werkplaatsen: { disconnect: [{ documentId: werkplaats.get('noord-holland') }] } });
      expect(detach.status).toBe(400);
      expect(detach.json.error?.message).toContain('je kunt een andere werkplaats niet loskoppelen');
      const remove = await call(UTRECHT, 'DELETE', url);
      expect(remove.status).toBe(403);
      const linked = (await cms.strapi.documents(NEWS).findOne({
        documentId: shared,
        populate: { werkplaatsen: { fields: ['slug'] } },
      } as never)) as unknown as { werkplaatsen: { slug: string }[] };
      expect(linked.werkplaatsen.map((w) => w.slug).sort()).toEqual(['noord-holland', 'utrecht']);
    });
  });
});
