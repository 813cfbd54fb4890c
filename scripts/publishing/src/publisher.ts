import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CustomRecord } from 'pagefind';
import { AssetReferences } from './asset-references.ts';
import { planBuild, type Change } from './changes.ts';
import { contentFingerprint } from './content-fingerprint.ts';
import type { Logger } from './log.ts';
import { makeRelease, releaseFiles } from './release-builder.ts';
import type { Releases } from './releases.ts';
import { sanityProblems } from './sanity-check.ts';
import type { SearchIndex } from './search-index.ts';
import { SiteBuildFailure, type SiteBuilder, type SiteBuildResult } from './site-builder.ts';
import type { BuildRecord, StateStore } from './state-store.ts';

/** What the site shows visitors, as the build needs it. */
export type SiteSettings = { siteUrl: string; mediaBaseUrl: string; publicMediaUrl: string };

export type PublisherOptions = {
  releases: Releases;
  state: StateStore;
  cmsUrl: string;
  token: string;
  log: Logger;
  site: SiteSettings;
  /** The build folder, Astro's cache and the build's own files live here (kept between builds). */
  workDir: string;
  /** Releases to keep (the live one always stays). */
  keep?: number;
  /** Largest accepted drop in pages before a build is refused. */
  maxDrop?: number;
  /** Builds the site (the CLI's: a warm Astro worker reading the CMS). */
  build: SiteBuilder;
  /** The warm search index; without one, the build indexes the site itself (tests with a fake builder). */
  search?: SearchIndex;
  /** A digest of the code, configuration and dependencies: when it differs from the live release's, the build is full. */
  inputs?: () => string;
};

/** Search records of content without a page (dossier articles), written by the build; not part of a release. */
const EXTRA_RECORDS = 'zoekindex-extra.json';

/** Changes a build record keeps by name; a storm of 1,000 events must not bloat the state file. */
const RECORDED_CHANGES = 25;

/** The distinct changes (per entry and event) of a build, capped, and how many were left out. */
function recordedChanges(changes: Change[]): Pick<BuildRecord, 'changes' | 'moreChanges'> {
  const distinct = [...new Map(changes.map((c) => [c.documentId ? `${c.event}:${c.documentId}` : c.description, c])).values()];
  const kept = distinct.slice(0, RECORDED_CHANGES);
  return { changes: kept, ...(distinct.length > kept.length ? { moreChanges: distinct.length - kept.length } : {}) };
}

/** Lines of a failed build's output that say what went wrong, when the failure file has nothing. */
const CAUSES = [/\b\S+ (?:"[^"]+" )?\(documentId [^)]+\): field "[^"]+"[^\n]*/, /The CMS (?:did not answer|answered \d+)[^\n]*/];

/** A failure's short description for the status: a full disk, the entry or CMS at fault, or the last lines. */
export function describeFailure(error: unknown, releasesDir: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if ((error as NodeJS.ErrnoException)?.code === 'ENOSPC' || message.includes('ENOSPC'))
    return `No space left on the disk of ${releasesDir}: free space there, then run \`npm run publish:rebuild\`. The live site is unchanged.`;
  if (error instanceof SiteBuildFailure) return error.failure.message;
  for (const cause of CAUSES) {
    const line = cause.exec(message)?.[0];
    if (line) return line;
  }
  return message.split('\n').slice(-8).join('\n');
}

/**
 * Builds releases and makes them live, doing only the work a change needs: the build reads
 * what changed since the last build and renders only pages whose data changed; the release
 * shares every unchanged file with the live one; the search index re-adds only changed
 * pages. A full build (first, code or configuration changed, schedule, command) redoes
 * everything. One build at a time is the caller's (coalescer's) job.
 */
export class Publisher {
  readonly #o: PublisherOptions;
  readonly #assets: AssetReferences;
  constructor(options: PublisherOptions) {
    this.#o = options;
    mkdirSync(options.workDir, { recursive: true });
    this.#assets = new AssetReferences(path.join(options.workDir, 'asset-references.json'));
  }

  #pruning: Promise<unknown> = Promise.resolve();

  /** Resolves when old releases are removed (shutdown and tests). */
  async settled(): Promise<void> {
    await this.#pruning;
  }

  get #buildDir() {
    return path.join(this.#o.workDir, 'build');
  }

  /** Full when asked, when nothing is live, when the search index is not in memory yet, or when the code changed. */
  #isFull(changes: Change[]): boolean {
    const live = this.#o.releases.live();
    if (planBuild(changes).full || !live || (this.#o.search && !this.#o.search.ready)) return true;
    const state = this.#o.state.get();
    return this.#o.inputs !== undefined && state.liveInputs !== this.#o.inputs();
  }

  async #siteBuild(full: boolean, changes: Change[]): Promise<SiteBuildResult> {
    const { workDir, site, cmsUrl, token } = this.#o;
    mkdirSync(workDir, { recursive: true });
    return this.#o.build({
      full,
      config: {
        cmsUrl,
        token,
        ...site,
        outDir: this.#buildDir,
        cacheDir: path.join(workDir, 'astro-cache'),
        keepOutDir: true,
        sync: full ? 'full' : 'incremental',
        removed: planBuild(changes).removed,
        searchIndex: this.#o.search ? 'service' : 'build',
        reportFile: path.join(workDir, 'build-report.json'),
        failureFile: path.join(workDir, 'build-failure.json'),
      },
    });
  }

  async rebuild(changes: Change[]): Promise<BuildRecord> {
    const { releases, state, log, search } = this.#o;
    const full = this.#isFull(changes);
    const record: BuildRecord = {
      id: releases.newId(),
      trigger: changes.map((c) => c.description),
      ...recordedChanges(changes),
      startedAt: new Date().toISOString(),
      result: 'running',
      full,
      phases: {},
    };
    const releaseDir = releases.pathOf(record.id);
    const startedMs = Date.now();
    const phase = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
      const started = Date.now();
      const result = await work();
      record.phases[name] = Date.now() - started;
      log('info', `build ${record.id}: ${name} done`, {
        build: record.id,
        phase: name,
        ms: record.phases[name],
        at: Date.now() - startedMs,
      });
      return result;
    };
    // The build folder matches the live release only until this build writes into it: a
    // failed build leaves it changed, so it is trusted again only after the next success.
    const matchedLive = state.get().buildDirRelease;
    try {
      // Inside the try: a full disk fails this build, with the reason.
      state.update((s) => {
        s.history.push(record);
        s.buildDirRelease = undefined;
      });
      // The content's fingerprint (for the sanity check and reconciliation) is read alongside the build.
      const fingerprint = contentFingerprint(this.#o.cmsUrl, this.#o.token);
      fingerprint.catch(() => undefined); // awaited below; a failed build must not leave it unhandled
      const built = await phase('build', () => this.#siteBuild(full, changes));
      Object.assign(record.phases, { sync: built.syncMs, render: built.renderMs });
      Object.assign(record, { rendered: built.rendered, restored: built.restored });
      const live = releases.live();
      const before = state.get();
      // Only the assets the pages use: the build folder keeps every image it ever made.
      const pages = built.files.filter((f) => f.endsWith('.html'));
      this.#assets.update(this.#buildDir, { all: pages, written: built.written.filter((f) => f.endsWith('.html')), full });
      const used = this.#assets.used(this.#buildDir);
      const files = built.files.filter((f) => f !== EXTRA_RECORDS && (!f.startsWith('_astro/') || used.has(f)));
      // The release (sharing every unchanged file) and the search index (re-adding the
      // rendered pages) are brought up to date at the same time; the index's bundle is
      // written into the release once both are done.
      const liveFiles = live ? releaseFiles(releases.pathOf(live)).files : [];
      const current = new Set(files);
      const [diff] = await Promise.all([
        phase('release', () =>
          makeRelease({
            buildDir: this.#buildDir,
            files,
            written: built.written,
            releaseDir,
            ...(live ? { liveDir: releases.pathOf(live) } : {}),
            // Unwritten files are the live release's own only if it was made from this folder's last state.
            liveMatchesBuildDir: Boolean(live) && !full && matchedLive === live,
          }),
        ),
        search
          ? phase('index', () =>
              this.#index(
                full,
                built.written,
                liveFiles.filter((f) => !current.has(f)),
                pages.length,
              ),
            )
          : undefined,
      ]);
      record.files = { written: diff.written.length, linked: diff.linked, removed: diff.removed.length };
      if (search) await phase('index-write', () => this.#writeIndex(releaseDir, live));
      const entries = (await fingerprint).entries;
      const pageCount = pages.length;
      const problems = await phase('check', () =>
        sanityProblems({
          dir: releaseDir,
          pages: pageCount,
          livePages: before.livePages,
          entriesNow: entries,
          entriesLive: before.liveEntries,
          maxDrop: this.#o.maxDrop,
        }),
      );
      if (problems.length > 0) throw new Error(`Sanity check failed: ${problems.join('; ')}`);
      await phase('switch', () => releases.switchTo(record.id));
      // Old releases are removed in the background: the new one is live already.
      this.#pruning = releases.prune(this.#o.keep ?? 5).then(
        (pruned) => pruned.length > 0 && log('info', `removed old releases ${pruned.join(', ')}`),
        (error: unknown) => log('warn', 'could not remove old releases', { error: String(error) }),
      );
      Object.assign(record, { result: 'live', pages: pageCount, finishedAt: new Date().toISOString() });
      const digest = (await fingerprint).digest;
      state.update((s) =>
        Object.assign(s, {
          liveFingerprint: digest,
          liveEntries: entries,
          livePages: pageCount,
          buildDirRelease: record.id,
          ...(full ? { lastFullBuildAt: record.startedAt } : {}),
          ...(this.#o.inputs ? { liveInputs: this.#o.inputs() } : {}),
        }),
      );
      log('info', `build ${record.id} is live`, {
        build: record.id,
        full,
        pages: pageCount,
        rendered: record.rendered,
        restored: record.restored,
        files: record.files,
        phases: record.phases,
      });
    } catch (error) {
      if (releases.live() !== record.id) releases.discard(record.id);
      Object.assign(record, { result: 'failed', finishedAt: new Date().toISOString(), error: describeFailure(error, releases.dir) });
      if (error instanceof SiteBuildFailure) record.failure = error.failure;
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

  /**
   * Brings the warm search index up to date with the build: every page after a full build,
   * else the written and removed ones. When most pages changed (a site-settings edit
   * renders them all), indexing the folder at once is faster than re-adding page by page.
   */
  async #index(full: boolean, written: string[], removed: string[], pageCount: number): Promise<void> {
    const search = this.#o.search!;
    const recordsFile = path.join(this.#buildDir, EXTRA_RECORDS);
    const records = existsSync(recordsFile) ? (JSON.parse(readFileSync(recordsFile, 'utf8')) as CustomRecord[]) : [];
    const html = (list: string[]) => list.filter((f) => f.endsWith('.html'));
    if (full || !search.ready || html(written).length > pageCount / 2) await search.rebuild(this.#buildDir, records);
    else await search.update(this.#buildDir, html(written), html(removed), records);
  }

  /** Writes the index's bundle into the release. Pagefind names its fragments by content, so it shares most of them with the live bundle. */
  async #writeIndex(releaseDir: string, live: string | undefined): Promise<void> {
    await this.#o.search!.write(path.join(releaseDir, 'pagefind'), live ? path.join(this.#o.releases.pathOf(live), 'pagefind') : undefined);
  }
}
