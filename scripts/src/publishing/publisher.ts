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

/** Lines of a failed build's output that say what went wrong, most specific first. */
const CAUSES = [
  // The Strapi loader names the entry and the field at fault.
  /\b\S+ (?:"[^"]+" )?\(documentId [^)]+\): field "[^"]+"[^\n]*/,
  // The Strapi loader could not read the CMS (down, wrong URL or token).
  /The CMS (?:did not answer|answered \d+)[^\n]*/,
];

/** A failure's short description for the status: a full disk, the known cause, or the last lines. */
export function describeFailure(error: unknown, releasesDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as NodeJS.ErrnoException)?.code === 'ENOSPC' || message.includes('ENOSPC'))
    return `No space left on the disk of ${releasesDir}: free space there, then run \`npm run publish:rebuild\`. The live site is unchanged.`;
  for (const cause of CAUSES) {
    const line = cause.exec(message)?.[0];
    if (line) return line;
  }
  return message.split('\n').slice(-8).join('\n');
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
    const outDir = releases.pathOf(record.id);
    const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      const started = Date.now();
      const result = await work();
      record.phases[name] = Date.now() - started;
      log('info', `build ${record.id}: ${name} done`, { build: record.id, phase: name, ms: record.phases[name] });
      return result;
    };
    try {
      state.update((s) => s.history.push(record)); // inside: a full disk fails this build, with the reason
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
      Object.assign(record, { result: 'failed', finishedAt: new Date().toISOString(), error: describeFailure(error, releases.dir) });
      // Persist the failed record (it is in state.history); on a full disk this may fail too,
      // and must not hide the build's own error.
      try {
        state.update(() => undefined);
      } catch (stateError) {
        log('error', 'could not save the publishing state', { error: String(stateError) });
      }
      log('error', `build ${record.id} failed; the live site is unchanged`, { build: record.id, error: record.error });
      throw error;
    }
    return record;
  }
}
