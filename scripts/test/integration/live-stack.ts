import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The CMS package's own harness: boots Strapi in-process on a fresh SQLite database.
import { freshDatabase, startCms, type CmsInstance, type Database } from '@wsd/test-harness/cms-instance';
import { startTcpProxy, type TcpProxy } from '@wsd/test-harness/tcp-proxy';
import { freePort } from '@wsd/ops-lib/free-port';
import { LOCAL_DIR } from '@wsd/ops-lib/paths';
import { buildPreviewServer } from '@wsd/publishing/preview/build-preview-server';
import { createPublisher } from '@wsd/publishing/create-publisher';
import type { Releases } from '@wsd/publishing/releases';
import type { createPublishingService } from '@wsd/publishing/service';

export const WEBHOOK_SECRET = 'integration-publish-secret';
export const SITE_ENV = { ...process.env, SITE_URL: 'https://wsd.example' };

/**
 * Writes a published news item with an empty intro past the CMS's validation, as a faulty
 * import could: the next build fails on it, naming ‘kapot-bericht’ and its field "lead".
 */
export async function writeBrokenNewsItem(cms: CmsInstance): Promise<void> {
  await cms.strapi.db.query('api::nieuwsbericht.nieuwsbericht').create({
    data: {
      documentId: 'kapotdocument0000000000',
      title: 'Kapot bericht',
      slug: 'kapot-bericht',
      date: '2026-11-21',
      kind: 'nieuws',
      lead: '',
      publishedAt: new Date(),
    },
  });
}

export type LiveStack = {
  cms: CmsInstance;
  /** The service's site settings, for a second publisher that must build the same site. */
  site: { siteUrl: string; mediaBaseUrl: string; publicMediaUrl: string };
  cmsUrl: string;
  service: ReturnType<typeof createPublishingService>;
  releases: Releases;
  /** The publishing service's connection to the CMS (only with `cmsLink`): cut it to take the CMS away. */
  cmsLink?: TcpProxy;
  /** Base URL of the publishing service (the served site, webhooks, previews). */
  url: string;
  /** The signed link the admin's preview button opens for a draft, made by the CMS's own preview handler. */
  previewLink: (uid: string, documentId: string, status?: 'draft' | 'published') => URL;
  /** How many site builds ran so far. */
  builds: () => number;
  /** Resolves when `check` holds; fails after `timeoutMs` with the last build's status. */
  waitUntil: (check: () => Promise<boolean>, timeoutMs?: number) => Promise<void>;
  stop: () => Promise<void>;
};

export type LiveStackOptions = {
  adminPanel?: boolean;
  /** Where releases and state.json live (default: a new temp folder, removed on stop). */
  root?: string;
  /** The service reaches the CMS through a proxy the test can cut. */
  cmsLink?: boolean;
  /** Reconciliation interval of the service (default: none). */
  reconcileMs?: number;
  /** Build and serve previews (default); off saves the preview server's build. */
  preview?: boolean;
};

/**
 * The whole product on one machine, as `npm start` runs it: a seeded CMS on a fresh
 * SQLite database whose webhooks and preview links point at a publishing service with real
 * Astro builds and the preview server. Resolves once the first release is live.
 */
export async function startLiveStack(options: LiveStackOptions = {}): Promise<LiveStack> {
  const database: Database = await freshDatabase('sqlite');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const cms = await startCms(database, {
    seed: true,
    adminPanel: options.adminPanel,
    env: { PUBLISH_WEBHOOK_URL: `${url}/hooks/strapi`, PUBLISH_WEBHOOK_SECRET: WEBHOOK_SECRET, PREVIEW_URL: url, PREVIEW_ORIGINS: url },
  });
  // Inside the repository: the preview server resolves its packages from node_modules above it.
  const previewDir = path.join(LOCAL_DIR, `test-preview-server-${process.pid}`);
  const withPreview = options.preview !== false;
  mkdirSync(LOCAL_DIR, { recursive: true });
  if (withPreview) await buildPreviewServer(previewDir, cms.url, cms.env.PREVIEW_API_TOKEN!, SITE_ENV);

  const root = options.root ?? mkdtempSync(path.join(tmpdir(), 'wsd-publish-live-'));
  const cmsLink = options.cmsLink ? await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(cms.url).port) }) : undefined;
  const cmsUrl = cmsLink ? `http://127.0.0.1:${cmsLink.port}` : cms.url;
  let builds = 0;
  // The service as the CLI starts it: the warm Astro worker and search index included.
  const publishing = createPublisher({
    root,
    cmsUrl,
    token: cms.siteToken,
    secret: WEBHOOK_SECRET,
    site: { siteUrl: SITE_ENV.SITE_URL, mediaBaseUrl: cmsUrl, publicMediaUrl: cmsUrl },
    // Every build ends with one of these two lines: counting them counts builds (the state keeps only 20).
    log: (_level, message) => void (/^build \S+ (is live|failed)/.test(message) && builds++),
    quietMs: 500,
    maxDelayMs: 5000,
    reconcileMs: options.reconcileMs,
    ...(withPreview
      ? {
          preview: {
            secret: cms.env.PREVIEW_SECRET!,
            serverDir: previewDir,
            frameAncestors: [cms.url],
            mediaOrigin: cms.url,
            cms: { url: cms.url, token: cms.env.PREVIEW_API_TOKEN! },
          },
        }
      : {}),
  });
  const { service, releases } = publishing;
  await service.listen(port);

  const waitUntil = async (check: () => Promise<boolean>, timeoutMs = 90_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`condition not met within ${timeoutMs} ms; status: ${JSON.stringify(service.status().lastBuild)}`);
  };
  await waitUntil(async () => (await fetch(`${url}/healthz`)).status === 200, 240_000);

  return {
    cms,
    site: { siteUrl: SITE_ENV.SITE_URL, mediaBaseUrl: cmsUrl, publicMediaUrl: cmsUrl },
    cmsUrl,
    service,
    releases,
    cmsLink,
    url,
    previewLink: (uid, documentId, status = 'draft') => {
      type Handler = (uid: string, params: { documentId: string; status?: string }) => string;
      const handler = (cms.strapi.config.get('admin.preview') as { config: { handler: Handler } }).config.handler;
      return new URL(handler(uid, { documentId, status }));
    },
    builds: () => builds,
    waitUntil,
    stop: async () => {
      await publishing.close();
      await cmsLink?.close();
      await cms.stop();
      await database.drop();
      rmSync(previewDir, { recursive: true, force: true });
      if (!options.root) rmSync(root, { recursive: true, force: true });
    },
  };
}
