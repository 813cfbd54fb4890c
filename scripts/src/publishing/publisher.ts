import { run } from '../lib/processes.ts';
import { bin, SITE_DIR } from '../lib/paths.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import type { Logger } from './log.ts';
import { precompress } from './precompress.ts';
import type { Releases } from './releases.ts';
import { countPages, sanityProblems } from './sanity-check.ts';
import type { BuildRecord, StateStore } from './state-store.ts';

export type SiteBuilder = (outDir: string) => Promise<void>;

export type PublisherOptions = {
  releases: Releases;
  state: StateStore;
  cmsUrl: string;
  token: string;
  log: Logger;
  /** Releases to keep (the live one always stays). */
  keep?: number;
  /** Largest accepted drop in pages before a build is refused. */
  maxDrop?: number;
  /** Builds the site into a folder; defaults to `astro build` reading the CMS. */
  build?: SiteBuilder;
};

/** The environment of `astro build` reading the CMS into `outDir`. */
export function astroBuildEnv(cmsUrl: string, token: string, outDir: string, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    CMS_URL: cmsUrl,
    MEDIA_BASE_URL: cmsUrl,
    SITE_API_TOKEN: token,
    SITE_OUT_DIR: outDir,
    WSD_SNAPSHOT: '',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** `astro build` of the site from the CMS into `outDir` (content sync, pages, Pagefind). */
export function astroBuilder(cmsUrl: string, token: string, env: NodeJS.ProcessEnv = process.env): SiteBuilder {
  return (outDir) => run(bin('astro'), ['build'], { cwd: SITE_DIR, env: astroBuildEnv(cmsUrl, token, outDir, env), quiet: true });
}

/** The line of a failed build that names the entry at fault (from the Strapi loader), if any. */
export function entryAtFault(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  return /\b\S+ (?:"[^"]+" )?\(documentId [^)]+\): field "[^"]+"[^\n]*/.exec(text)?.[0];
}

/** Builds releases and makes them live; one build at a time is the caller's (coalescer's) job. */
export class Publisher {
  readonly #o: PublisherOptions;
  constructor(options: PublisherOptions) {
    this.#o = options;
  }

  async rebuild(trigger: string[]): Promise<BuildRecord> {
    const { releases, state, log } = this.#o;
    const record: BuildRecord = { id: releases.newId(), trigger, startedAt: new Date().toISOString(), result: 'running', phases: {} };
    state.update((s) => s.history.push(record));
    const outDir = releases.pathOf(record.id);
    const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      const started = Date.now();
      const result = await work();
      record.phases[name] = Date.now() - started;
      log('info', `build ${record.id}: ${name} done`, { build: record.id, phase: name, ms: record.phases[name] });
      return result;
    };
    try {
      const fingerprint = await phase('fingerprint', () => contentFingerprint(this.#o.cmsUrl, this.#o.token));
      await phase('build', () => (this.#o.build ?? astroBuilder(this.#o.cmsUrl, this.#o.token))(outDir));
      await phase('compress', () => precompress(outDir));
      const pages = countPages(outDir);
      const current = state.get();
      const problems = await phase('check', () =>
        sanityProblems({
          dir: outDir,
          livePages: current.livePages,
          entriesNow: fingerprint.entries,
          entriesLive: current.liveEntries,
          maxDrop: this.#o.maxDrop,
        }),
      );
      if (problems.length > 0) throw new Error(`Sanity check failed: ${problems.join('; ')}`);
      await phase('switch', () => releases.switchTo(record.id));
      const removed = releases.prune(this.#o.keep ?? 5);
      Object.assign(record, { result: 'live', pages, finishedAt: new Date().toISOString() });
      state.update((s) => Object.assign(s, { liveFingerprint: fingerprint.digest, liveEntries: fingerprint.entries, livePages: pages }));
      log('info', `build ${record.id} is live`, { build: record.id, pages, removed, phases: record.phases });
    } catch (error) {
      if (releases.live() !== record.id) releases.discard(record.id);
      const message = error instanceof Error ? error.message : String(error);
      Object.assign(record, {
        result: 'failed',
        finishedAt: new Date().toISOString(),
        error: entryAtFault(error) ?? message.split('\n').slice(-8).join('\n'),
      });
      state.update(() => undefined); // persist the failed record (it is in state.history)
      log('error', `build ${record.id} failed; the live site is unchanged`, { build: record.id, error: record.error });
      throw error;
    }
    return record;
  }
}
