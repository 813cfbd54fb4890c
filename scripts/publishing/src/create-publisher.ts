import path from 'node:path';
import type { PreviewOptions } from './preview/preview-gateway.ts';
import { DEFAULT_LIMITS, type Limits } from './serve/hardened-server.ts';
import { publishingInputs } from './inputs.ts';
import type { Logger } from './log.ts';
import { Publisher, type SiteSettings } from './publisher.ts';
import { Releases } from './releases.ts';
import { SearchIndex } from './search-index.ts';
import { createPublishingService } from './service.ts';
import type { ServiceSettings } from './settings.ts';
import { astroWorker, type SiteBuilder } from './site-builder.ts';
import { StateStore } from './state-store.ts';

/** Everything the publishing service needs, in one object (the CLI's comes from the environment). */
export type PublishingConfig = {
  /** Releases, state.json and the build's work folder live here. */
  root: string;
  cmsUrl: string;
  /** The site-build API token (read-only, published content). */
  token: string;
  /** The service secret: webhooks, /status details, /admin/*. */
  secret: string;
  site: SiteSettings;
  log: Logger;
  quietMs?: number;
  maxDelayMs?: number;
  reconcileMs?: number;
  /** "HH:MM" Europe/Amsterdam, or undefined for no scheduled full rebuild. */
  fullRebuildAt?: string;
  keep?: number;
  maxDrop?: number;
  limits?: Limits;
  preview?: PreviewOptions;
  /** Replaces the warm Astro worker (tests with a fake build). */
  build?: SiteBuilder;
  /**
   * Keep the search index in this process (default). Off: the build indexes the site
   * itself, for a fake builder that writes no pages worth indexing.
   */
  warmSearchIndex?: boolean;
  /** The Astro worker's heap limit in MB (PUBLISH_BUILD_HEAP_MB). */
  buildHeapMb?: number;
  /** Replace the Astro worker after a build once its resident memory passes this many MB (PUBLISH_WORKER_RECYCLE_MB). */
  workerRecycleMb?: number;
  /** Whether code and dependency changes force a full build (default on; off for fake builders). */
  watchInputs?: boolean;
};

/**
 * The publishing service with all its parts: releases, state, the warm Astro worker, the
 * warm search index and the publisher that joins them. The CLI and the tests both start
 * the service through this, so they run the same wiring.
 */
export function createPublisher(config: PublishingConfig) {
  const root = path.resolve(config.root);
  const releases = new Releases(root);
  const state = new StateStore(path.join(root, 'state.json'));
  const workDir = path.join(root, 'work');
  const worker = config.build
    ? undefined
    : astroWorker({
        configFile: path.join(workDir, 'build-config.json'),
        ...(config.buildHeapMb ? { heapMb: config.buildHeapMb } : {}),
        ...(config.workerRecycleMb ? { recycleMb: config.workerRecycleMb } : {}),
      });
  const search = config.warmSearchIndex === false ? undefined : new SearchIndex();
  const publisher = new Publisher({
    releases,
    state,
    cmsUrl: config.cmsUrl,
    token: config.token,
    log: config.log,
    site: config.site,
    workDir,
    build: config.build ?? worker!.build,
    keep: config.keep,
    maxDrop: config.maxDrop,
    ...(search ? { search } : {}),
    ...(config.watchInputs === false ? {} : { inputs: publishingInputs }),
  });
  const service = createPublishingService({
    releases,
    state,
    publisher,
    log: config.log,
    secret: config.secret,
    cmsUrl: config.cmsUrl,
    token: config.token,
    quietMs: config.quietMs,
    maxDelayMs: config.maxDelayMs,
    reconcileMs: config.reconcileMs,
    fullRebuildAt: config.fullRebuildAt,
    limits: config.limits ?? DEFAULT_LIMITS,
    redirectsDir: path.join(root, 'redirects'),
    siteUrl: config.site.siteUrl,
    ...(config.preview ? { preview: config.preview } : {}),
  });
  return {
    releases,
    state,
    publisher,
    service,
    listen: (port: number, host?: string) => service.listen(port, host),
    /** Lets a running build finish, then stops the service, the search index and the worker. */
    async close() {
      await service.close();
      await search?.close();
      worker?.close();
    },
  };
}

export type PublishingStack = ReturnType<typeof createPublisher>;

/** The configuration the service's settings (environment) describe; previews are added by the caller. */
export function configFromSettings(settings: ServiceSettings, log: Logger): PublishingConfig {
  return {
    root: settings.PUBLISH_DIR,
    cmsUrl: settings.CMS_URL,
    token: settings.SITE_API_TOKEN,
    secret: settings.PUBLISH_WEBHOOK_SECRET,
    site: {
      siteUrl: settings.SITE_URL,
      mediaBaseUrl: settings.CMS_URL,
      publicMediaUrl: settings.PUBLIC_MEDIA_URL ?? settings.PUBLIC_URL ?? settings.CMS_URL,
    },
    log,
    quietMs: settings.PUBLISH_QUIET_MS,
    maxDelayMs: settings.PUBLISH_MAX_DELAY_MS,
    reconcileMs: settings.PUBLISH_RECONCILE_MS,
    ...(settings.PUBLISH_FULL_REBUILD_AT !== 'off' ? { fullRebuildAt: settings.PUBLISH_FULL_REBUILD_AT } : {}),
    keep: settings.PUBLISH_KEEP_RELEASES,
    maxDrop: settings.PUBLISH_MAX_PAGE_DROP,
    buildHeapMb: settings.PUBLISH_BUILD_HEAP_MB,
    workerRecycleMb: settings.PUBLISH_WORKER_RECYCLE_MB,
    limits: { ...DEFAULT_LIMITS, maxConnectionsPerClient: settings.PUBLISH_MAX_CONNECTIONS_PER_CLIENT },
  };
}
