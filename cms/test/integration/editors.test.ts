import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The publishing service's own check: links the CMS signs must pass it.
import { isValidPreviewLink } from '@wsd/shared-types/preview-link';
import { DEMO_CHIEF_EDITOR_EMAIL, demoEditorEmail } from '../../src/seed/demo-accounts.ts';
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';

const NEWS = 'api::nieuwsbericht.nieuwsbericht';
const NEWS_URL = `/content-manager/collection-types/${NEWS}`;

type Json = { data?: Record<string, unknown> & { documentId?: string; token?: string }; error?: { status: number; message: string } };

describe('editors: region-scoped roles, preview links, scheduled publishing, uploads', () => {
  let database: Database;
  let cms: CmsInstance;
  let hookServer: Server;
  const hooks: { event: string; uid?: string }[] = [];
  /** Requests the CMS made to the publishing service's status and rebuild routes, and what the fake service answers. */
  const serviceCalls: { method: string; url: URL; auth: string | undefined }[] = [];
  let serviceAnswer: Record<string, unknown> = {};
  const tokens = new Map<string, string>();
  let nh: string;
  let zhz: string;

  async function admin(email: string, method: string, pathname: string, body?: unknown): Promise<{ status: number; json: Json }> {
    const token = tokens.get(email);
    const response = await fetch(`${cms.url}${pathname}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json().catch(() => ({}))) as Json };
  }

  async function login(email: string) {
    const { status, json } = await admin(email, 'POST', '/admin/login', { email, password: cms.env.DEMO_EDITOR_PASSWORD });
    expect(status, `login ${email}`).toBe(200);
    tokens.set(email, json.data!.token!);
  }

  /** A published demo news item linked to exactly this werkplaats. */
  async function newsOf(werkplaats: string): Promise<string> {
    const items = (await cms.strapi
      .documents(NEWS)
      .findMany({ populate: { werkplaatsen: { fields: ['documentId'] } } } as never)) as unknown as {
      documentId: string;
      werkplaatsen: { documentId: string }[];
    }[];
    const item = items.find((n) => n.werkplaatsen.length === 1 && n.werkplaatsen[0]!.documentId === werkplaats);
    if (!item) throw new Error(`no demo news item of werkplaats ${werkplaats}`);
    return item.documentId;
  }

  const draftNews = (title: string, werkplaats: string) => ({
    title,
    slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    date: '2026-11-20',
    kind: 'nieuws',
    lead: 'Korte inleiding van een testbericht van de redactie.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst van het testbericht.' }] }],
    werkplaatsen: [werkplaats],
  });

  beforeAll(async () => {
    hookServer = createServer((req, res) => {
      if (!req.url?.startsWith('/hooks/')) {
        serviceCalls.push({ method: req.method!, url: new URL(req.url!, 'http://service'), auth: req.headers.authorization });
        return void res
          .writeHead(req.method === 'POST' ? 202 : 200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify(serviceAnswer));
      }
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        try {
          const payload = JSON.parse(raw) as { event: string; uid?: string };
          hooks.push({ event: payload.event, uid: payload.uid });
        } catch (error) {
          console.error('HOOK', error, raw.slice(0, 300));
        }
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
    const port = (hookServer.address() as { port: number }).port;
    database = await freshDatabase('sqlite');
    cms = await startCms(database, {
      seed: true,
      env: {
        PUBLISH_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/strapi`,
        PUBLISH_WEBHOOK_SECRET: 'editors-test-secret',
        PREVIEW_URL: 'https://wsd.example',
        UPLOAD_SIZE_LIMIT_MB: '1',
      },
    });
    const werkplaatsen = (await cms.strapi.documents('api::werkplaats.werkplaats').findMany({ fields: ['slug'] } as never)) as unknown as {
      documentId: string;
      slug: string;
    }[];
    nh = werkplaatsen.find((w) => w.slug === 'noord-holland')!.documentId;
    zhz = werkplaatsen.find((w) => w.slug === 'zuid-holland-zuid')!.documentId;

    for (const email of [demoEditorEmail('noord-holland'), DEMO_CHIEF_EDITOR_EMAIL]) await login(email);
  }, 300_000);

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
    hookServer?.close();
  });

  const NH_EDITOR = demoEditorEmail('noord-holland');

  it('an NH editor cannot update a ZHZ item (403), and the item is unchanged', async () => {
    const id = await newsOf(zhz);
    const { status } = await admin(NH_EDITOR, 'PUT', `${NEWS_URL}/${id}`, { title: 'Overgenomen door NH' });
    expect(status).toBe(403);
    const draft = (await cms.strapi.documents(NEWS).findOne({ documentId: id, status: 'draft' } as never)) as unknown as { title: string };
    expect(draft.title).not.toBe('Overgenomen door NH');
  });

  it('an NH editor can update an NH item', async () => {
    const id = await newsOf(nh);
    const { status, json } = await admin(NH_EDITOR, 'PUT', `${NEWS_URL}/${id}`, {
      lead: 'Nieuwe inleiding, aangepast door de redactie van Noord-Holland.',
    });
    expect(status, JSON.stringify(json.error)).toBe(200);
  });

  it('hoofdredactie can update items of both werkplaatsen', async () => {
    for (const id of [await newsOf(nh), await newsOf(zhz)]) {
      const { status, json } = await admin(DEMO_CHIEF_EDITOR_EMAIL, 'PUT', `${NEWS_URL}/${id}`, {
        lead: 'Inleiding herschreven door de hoofdredactie.',
      });
      expect(status, JSON.stringify(json.error)).toBe(200);
    }
  });

  it('an NH editor cannot move an NH item to ZHZ or create one for ZHZ; nothing is stored', async () => {
    const id = await newsOf(nh);
    const moved = await admin(NH_EDITOR, 'PUT', `${NEWS_URL}/${id}`, { werkplaatsen: [zhz] });
    expect(moved.status).toBe(400);
    expect(moved.json.error?.message).toContain('Werkplaatsen: koppel het item aan je eigen werkplaats');
    const before = await cms.strapi.documents(NEWS).count({} as never);
    const created = await admin(NH_EDITOR, 'POST', NEWS_URL, draftNews('Bericht voor een andere regio', zhz));
    expect(created.status).toBe(400);
    expect(await cms.strapi.documents(NEWS).count({} as never)).toBe(before);
  });

  it('an NH editor creates and publishes an NH item, which sends the publish webhook', async () => {
    const created = await admin(NH_EDITOR, 'POST', NEWS_URL, draftNews('Nieuw bericht van Noord-Holland', nh));
    expect(created.status, JSON.stringify(created.json.error)).toBe(201);
    const id = created.json.data!.documentId!;
    const published = await admin(NH_EDITOR, 'POST', `${NEWS_URL}/${id}/actions/publish`, {});
    expect(published.status, JSON.stringify(published.json.error)).toBe(200);
    await expect.poll(() => hooks.some((h) => h.event === 'entry.publish' && h.uid === NEWS)).toBe(true);
  });

  it('a www. link an editor types is stored with its https://', async () => {
    const data = {
      ...draftNews('Bericht met een www-link', nh),
      body: [
        { type: 'paragraph', children: [{ type: 'link', url: 'www.gemeente.nl/wijken', children: [{ type: 'text', text: 'wijken' }] }] },
      ],
    };
    const created = await admin(NH_EDITOR, 'POST', NEWS_URL, data);
    expect(created.status, JSON.stringify(created.json.error)).toBe(201);
    const stored = (await cms.strapi
      .documents(NEWS)
      .findOne({ documentId: created.json.data!.documentId!, status: 'draft' } as never)) as unknown as {
      body: { children: { url?: string }[] }[];
    };
    expect(stored.body[0]!.children[0]!.url).toBe('https://www.gemeente.nl/wijken');
  });

  it('an NH editor cannot schedule a ZHZ item', async () => {
    const { status } = await admin(NH_EDITOR, 'POST', '/publisher/actions', {
      data: { executeAt: new Date(Date.now() + 60_000).toISOString(), mode: 'publish', entityId: await newsOf(zhz), entitySlug: NEWS },
    });
    expect(status).toBe(403);
  });

  it('a scheduled item is published at its time and triggers a rebuild', async () => {
    const created = await admin(NH_EDITOR, 'POST', NEWS_URL, draftNews('Gepland bericht van Noord-Holland', nh));
    expect(created.status, JSON.stringify(created.json.error)).toBe(201);
    const id = created.json.data!.documentId!;
    const hooksBefore = hooks.length;
    const scheduled = await admin(NH_EDITOR, 'POST', '/publisher/actions', {
      data: { executeAt: new Date(Date.now() + 3000).toISOString(), mode: 'publish', entityId: id, entitySlug: NEWS },
    });
    expect(scheduled.status, JSON.stringify(scheduled.json.error)).toBe(201);
    expect(await cms.strapi.documents(NEWS).findOne({ documentId: id, status: 'published' } as never)).toBeNull();
    await expect
      .poll(() => cms.strapi.documents(NEWS).findOne({ documentId: id, status: 'published' } as never), { timeout: 20_000, interval: 500 })
      .not.toBeNull();
    await expect.poll(() => hooks.slice(hooksBefore).some((h) => h.event === 'entry.publish'), { timeout: 10_000 }).toBe(true);
  });

  it('the admin asks the publishing service where a published entry stands, with the secret, and names the field by its label', async () => {
    const id = await newsOf(nh);
    const status = (email: string, documentId = id, uid = NEWS) => admin(email, 'GET', `/wsd-publishing/entries/${uid}/${documentId}`);
    serviceAnswer = {
      state: 'failed',
      at: '2026-12-03T09:00:00.000Z',
      reason:
        'Nieuwsbericht ‘x’: het veld ‘lead’ is leeg, maar moet ingevuld zijn. Pas dit item aan en publiceer opnieuw; de site toont de vorige versie.',
      failure: { kind: 'invalid-entry', contentType: 'Nieuwsbericht', documentId: id, field: 'lead', problem: 'x', message: 'x' },
      url: 'https://wsd.example/nieuws/x/',
    };
    serviceCalls.length = 0;
    const { status: code, json } = await status(NH_EDITOR);
    expect(code).toBe(200);
    expect(json).toMatchObject({
      state: 'failed',
      reason: expect.stringContaining('het veld ‘Intro’ is leeg'),
      url: 'https://wsd.example/nieuws/x/',
    });
    const [call] = serviceCalls;
    expect(call?.url.pathname).toBe('/status/entry');
    expect(call?.auth).toBe('Bearer editors-test-secret');
    const published = (await cms.strapi.documents(NEWS).findOne({ documentId: id, status: 'published' } as never)) as unknown as {
      slug: string;
      publishedAt: string;
    };
    expect(Object.fromEntries(call!.url.searchParams)).toMatchObject({
      uid: NEWS,
      documentId: id,
      slug: published.slug,
      publishedAt: new Date(published.publishedAt).toISOString(),
    });
  });

  it('a draft reports itself without asking the service; a scheduled one says when', async () => {
    const created = await admin(NH_EDITOR, 'POST', NEWS_URL, draftNews('Concept met status', nh));
    const id = created.json.data!.documentId!;
    serviceCalls.length = 0;
    expect((await admin(NH_EDITOR, 'GET', `/wsd-publishing/entries/${NEWS}/${id}`)).json).toEqual({ state: 'draft' });
    const executeAt = new Date(Date.now() + 3_600_000).toISOString();
    expect(
      (await admin(NH_EDITOR, 'POST', '/publisher/actions', { data: { executeAt, mode: 'publish', entityId: id, entitySlug: NEWS } }))
        .status,
    ).toBe(201);
    expect((await admin(NH_EDITOR, 'GET', `/wsd-publishing/entries/${NEWS}/${id}`)).json).toEqual({
      state: 'scheduled',
      scheduledAt: executeAt,
    });
    expect(serviceCalls).toEqual([]);
  });

  it('a region editor is offered only their own werkplaats to link; the hoofdredactie all of them', async () => {
    type Page = { results?: { documentId: string }[]; pagination?: { total: number } };
    const offered = async (email: string, model = NEWS, field = 'werkplaatsen') =>
      (await admin(email, 'GET', `/content-manager/relations/${model}/${field}?pageSize=50`)).json as unknown as Page;
    const own = await offered(NH_EDITOR);
    expect(own.results?.map((w) => w.documentId)).toEqual([nh]);
    expect(own.pagination?.total).toBe(1);
    expect((await offered(NH_EDITOR, 'api::kennisagenda.kennisagenda', 'werkplaats')).results?.map((w) => w.documentId)).toEqual([nh]);
    const all = await offered(DEMO_CHIEF_EDITOR_EMAIL);
    expect(all.results?.map((w) => w.documentId)).toEqual(expect.arrayContaining([nh, zhz]));
    expect(all.results!.length).toBeGreaterThan(2);
  });

  it('the status routes refuse callers without a login, other content and unknown entries', async () => {
    const id = await newsOf(nh);
    for (const [method, pathname] of [
      ['GET', `/wsd-publishing/entries/${NEWS}/${id}`],
      ['GET', '/wsd-publishing/builds'],
      ['POST', '/wsd-publishing/rebuild'],
    ]) {
      const response = await fetch(`${cms.url}${pathname}`, { method });
      expect(response.status, `${method} ${pathname}`).toBe(401);
    }
    expect((await admin(NH_EDITOR, 'GET', `/wsd-publishing/entries/admin::user/1`)).status).toBe(404);
    expect((await admin(NH_EDITOR, 'GET', `/wsd-publishing/entries/${NEWS}/bestaatniet000000000000`)).status).toBe(404);
  });

  it('only the hoofdredactie may ask for a full rebuild, which the service gets with their name', async () => {
    serviceAnswer = { live: '20261203-090000', builds: [] };
    serviceCalls.length = 0;
    expect((await admin(NH_EDITOR, 'GET', '/wsd-publishing/builds')).json).toMatchObject({
      state: 'connected',
      live: '20261203-090000',
      mayRebuild: false,
    });
    expect((await admin(DEMO_CHIEF_EDITOR_EMAIL, 'GET', '/wsd-publishing/builds')).json).toMatchObject({ mayRebuild: true });
    serviceCalls.length = 0;
    const refused = await admin(NH_EDITOR, 'POST', '/wsd-publishing/rebuild');
    expect(refused.status).toBe(403);
    expect(serviceCalls).toEqual([]);
    const accepted = await admin(DEMO_CHIEF_EDITOR_EMAIL, 'POST', '/wsd-publishing/rebuild');
    expect(accepted.status).toBe(202);
    expect(serviceCalls.map((c) => [c.method, c.url.pathname, c.url.searchParams.get('full'), c.url.searchParams.get('by')])).toEqual([
      ['POST', '/admin/rebuild', '1', expect.stringMatching(/\S/)],
    ]);
  });

  it('the preview link is signed for the document and only the preview token reads drafts', async () => {
    const id = await newsOf(nh);
    const handler = (cms.strapi.config.get('admin.preview') as { config: { handler: (uid: string, p: object) => string } }).config.handler;
    const link = new URL(handler(NEWS, { documentId: id, status: 'draft' }));
    expect(link.origin).toBe('https://wsd.example');
    expect(link.pathname).toBe(`/preview/nieuws/${id}/`);
    expect(isValidPreviewLink(cms.env.PREVIEW_SECRET!, link.pathname, link.searchParams)).toBe(true);
    expect(isValidPreviewLink('another-secret', link.pathname, link.searchParams)).toBe(false);
    // Every parameter that changes what is shown is signed: the status cannot be dropped, changed or added.
    const published = new URL(handler(NEWS, { documentId: id, status: 'published' }));
    expect(isValidPreviewLink(cms.env.PREVIEW_SECRET!, published.pathname, published.searchParams)).toBe(true);
    for (const tamper of [
      (q: URLSearchParams) => q.delete('status'),
      (q: URLSearchParams) => q.set('status', 'draft'),
      (q: URLSearchParams) => q.append('locale', 'en'),
    ]) {
      const query = new URLSearchParams(published.searchParams);
      tamper(query);
      expect(isValidPreviewLink(cms.env.PREVIEW_SECRET!, published.pathname, query)).toBe(false);
    }
    expect(handler('api::thema.thema', { documentId: 'x' })).toBeNull();

    const drafts = async (token: string) => {
      const response = await fetch(
        `${cms.url}/api/nieuwsberichten?status=draft&filters[title][$eq]=Nieuw%20bericht%20van%20Noord-Holland`,
        {
          headers: { Authorization: `Bearer ${token}` },
        },
      );
      return ((await response.json()) as { data: { publishedAt: string | null }[] }).data;
    };
    expect((await drafts(cms.env.PREVIEW_API_TOKEN!)).map((d) => d.publishedAt)).toEqual([null]);
    expect((await drafts(cms.siteToken)).every((d) => d.publishedAt !== null)).toBe(true);
  });

  it('the admin views of every content type are configured in Dutch', async () => {
    const { json } = await admin(DEMO_CHIEF_EDITOR_EMAIL, 'GET', `/content-manager/content-types/${NEWS}/configuration`);
    const config = (
      json.data as {
        contentType: {
          settings: Record<string, unknown>;
          metadatas: Record<string, { edit: { label: string } }>;
          layouts: { list: string[]; edit: { name: string }[][] };
        };
      }
    ).contentType;
    expect(config.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'date', defaultSortOrder: 'DESC' });
    expect(config.layouts.list).toEqual(['title', 'date', 'kind', 'werkplaatsen']);
    expect(config.metadatas.lead!.edit.label).toBe('Intro');
    // Werkplaatsen are picked and listed by their region ("Noord-Holland"), short enough for the list.
    expect(config.metadatas.werkplaatsen).toMatchObject({ edit: { mainField: 'region' }, list: { mainField: 'region' } });
    // Strapi's own fields in Dutch (the list's "UPDATEDAT" column), and collapsed rows labelled by their title.
    expect((config.metadatas.updatedAt as unknown as { list: { label: string } }).list.label).toBe('Gewijzigd');
    const slot = await admin(DEMO_CHIEF_EDITOR_EMAIL, 'GET', '/content-manager/components/event.programme-slot/configuration');
    expect((slot.json.data as unknown as { component: { settings: { mainField: string } } }).component.settings.mainField).toBe('title');
    expect(
      config.layouts.edit
        .flat()
        .map((f) => f.name)
        .slice(0, 4),
    ).toEqual(['title', 'slug', 'date', 'kind']);
  });

  it('an upload over the limit is refused in Dutch, naming the file', async () => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(1.5 * 1024 * 1024)], { type: 'application/pdf' }), 'jaarverslag.pdf');
    const response = await fetch(`${cms.url}/upload`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.get(NH_EDITOR)}` },
      body: form,
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as Json;
    expect(body.error?.message).toMatch(/is te groot: de grens is 1 MB/);
  });
});
