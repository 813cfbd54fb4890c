import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StrapiRequestError, StrapiValidationError } from '../../src/loaders/strapi/errors.ts';
import { getJson } from '../../src/loaders/strapi/http-client.ts';
import { strapiLoader } from '../../src/loaders/strapi/loader.ts';
import { liveSource } from '../../src/loaders/strapi/source.ts';
import { page, thema } from '../fixtures/entries.ts';

const CMS = 'http://cms.test';
const server = setupServer();

type DataEntry = { id: string; data: Record<string, unknown>; digest?: string | number };
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A minimal in-memory stand-in for Astro's loader context. */
function context() {
  const entries = new Map<string, DataEntry>();
  const meta = new Map<string, string>();
  const logs: string[] = [];
  let parsed = 0;
  return {
    entries,
    logs,
    parsedCount: () => parsed,
    ctx: {
      collection: 'themas',
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: DataEntry) => (entries.set(entry.id, entry), true),
        delete: (id: string) => void entries.delete(id),
        keys: () => [...entries.keys()],
        has: (id: string) => entries.has(id),
        values: () => [...entries.values()],
        entries: () => [...entries.entries()],
        clear: () => entries.clear(),
        addModuleImport: () => undefined,
      },
      meta: {
        get: (k: string) => meta.get(k),
        set: (k: string, v: string) => void meta.set(k, v),
        has: (k: string) => meta.has(k),
        delete: (k: string) => void meta.delete(k),
      },
      logger: {
        info: (m: string) => logs.push(m),
        warn: (m: string) => logs.push(m),
        error: (m: string) => logs.push(m),
        debug: () => undefined,
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => (parsed++, data),
      generateDigest: (data: unknown) => JSON.stringify(data),
    } as never,
  };
}

const loaderFor = () => strapiLoader('themas', () => liveSource(CMS, 'token-123'));

/** Serves `all` themas, paged as Strapi does, and records the requested URLs. */
function serveThemas(all: unknown[], requests: URL[] = []) {
  server.use(
    http.get(`${CMS}/api/themas`, ({ request }) => {
      const url = new URL(request.url);
      requests.push(url);
      if (request.headers.get('authorization') !== 'Bearer token-123')
        return HttpResponse.json({ error: { status: 403 } }, { status: 403 });
      return HttpResponse.json(
        page(all, Number(url.searchParams.get('pagination[page]')), Number(url.searchParams.get('pagination[pageSize]'))),
      );
    }),
  );
  return requests;
}

describe('strapi loader', () => {
  it('pages past 100 entries, in a stable order, with the populate rules', async () => {
    const all = Array.from({ length: 250 }, (_, i) => thema(i + 1));
    const requests = serveThemas(all);
    const { ctx, entries } = context();
    await loaderFor().load(ctx);
    expect(entries.size).toBe(250);
    expect(requests.map((u) => u.searchParams.get('pagination[page]'))).toEqual(['1', '2', '3']);
    expect(requests.every((u) => u.searchParams.get('pagination[pageSize]') === '100' && u.searchParams.get('sort[0]') === 'id:asc')).toBe(
      true,
    );
    expect(requests[0]!.searchParams.get('populate[seo][populate][shareImage][populate][file]')).toBe('true');
  });

  it('removes entries that were deleted or unpublished in the CMS', async () => {
    const { ctx, entries } = context();
    serveThemas([thema(1), thema(2), thema(3)]);
    await loaderFor().load(ctx);
    serveThemas([thema(1), thema(3)]);
    await loaderFor().load(ctx);
    expect([...entries.keys()].sort()).toEqual(['thema1', 'thema3']);
  });

  it('does not re-parse entries whose digest did not change', async () => {
    const { ctx, parsedCount, logs } = context();
    serveThemas([thema(1), thema(2)]);
    await loaderFor().load(ctx);
    serveThemas([thema(1), thema(2, { name: 'Gewijzigd', updatedAt: '2026-02-01T00:00:00.000Z' })]);
    await loaderFor().load(ctx);
    expect(parsedCount()).toBe(3);
    expect(logs.at(-1)).toMatch(/2 entries .* \(1 changed, 0 removed\)/);
  });

  it('fails with the content type, entry and field of an invalid entry', async () => {
    serveThemas([thema(1), thema(2, { name: '' })]);
    const { ctx } = context();
    const error = await loaderFor()
      .load(ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiValidationError);
    expect((error as Error).message).toMatch(/^Thema "thema-2" \(documentId thema2\): field "name"/);
  });

  it('says which token to check when the CMS refuses access', async () => {
    server.use(http.get(`${CMS}/api/themas`, () => HttpResponse.json({ error: { status: 403 } }, { status: 403 })));
    const error = (await loaderFor()
      .load(context().ctx)
      .catch((e: unknown) => e)) as StrapiRequestError;
    expect(error).toBeInstanceOf(StrapiRequestError);
    expect(error.status).toBe(403);
    expect(error.url).toContain(`${CMS}/api/themas?`);
    expect(error.message).toMatch(/SITE_API_TOKEN/);
  });
});

describe('http client', () => {
  it('retries transient errors with backoff, then succeeds', async () => {
    let calls = 0;
    server.use(http.get(`${CMS}/flaky`, () => (++calls < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: true }))));
    await expect(getJson(`${CMS}/flaky`, { backoffMs: 1 })).resolves.toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('does not retry a 4xx', async () => {
    let calls = 0;
    server.use(http.get(`${CMS}/missing`, () => (calls++, new HttpResponse('nope', { status: 404 }))));
    await expect(getJson(`${CMS}/missing`, { backoffMs: 1 })).rejects.toMatchObject({ status: 404 });
    expect(calls).toBe(1);
  });

  it('gives up after the retries with the URL and the cause', async () => {
    server.use(http.get(`${CMS}/down`, () => HttpResponse.error()));
    const error = (await getJson(`${CMS}/down`, { retries: 2, backoffMs: 1 }).catch((e: unknown) => e)) as StrapiRequestError;
    expect(error.message).toMatch(/did not answer at http:\/\/cms\.test\/down/);
    expect(error.cause).toBeDefined();
  });

  it('times out a hanging request', async () => {
    server.use(http.get(`${CMS}/slow`, async () => (await new Promise((r) => setTimeout(r, 500)), HttpResponse.json({}))));
    await expect(getJson(`${CMS}/slow`, { timeoutMs: 50, retries: 0 })).rejects.toBeInstanceOf(StrapiRequestError);
  });

  it('fails fast when nothing listens (CMS down)', async () => {
    const started = Date.now();
    await expect(getJson('http://127.0.0.1:9/api/themas', { retries: 1, backoffMs: 10 })).rejects.toThrow(/Is it running/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
