import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildFailure } from '@wsd/shared-types';
import type { Change } from './changes.ts';

export type BuildRecord = {
  id: string;
  trigger: string[];
  /** The changes it built, one per entry and event (the admin names them); older records have only `trigger`. */
  changes?: Change[];
  /** Changes left out of `changes` to keep the state file small. */
  moreChanges?: number;
  startedAt: string;
  finishedAt?: string;
  result: 'running' | 'live' | 'failed';
  /** Everything re-read and re-rendered (else only what changed). */
  full?: boolean;
  /** Time per phase in ms: build (with its sync and render), release, index, check, switch. */
  phases: Record<string, number>;
  /** Pages of the release that went live. */
  pages?: number;
  /** Pages this build rendered, and pages restored unchanged from the previous build. */
  rendered?: number;
  restored?: number;
  /** Files written new (and compressed), shared with the previous release, and removed. */
  files?: { written: number; linked: number; removed: number };
  error?: string;
  /** The entry or CMS at fault, as data (the admin shows it in Dutch). */
  failure?: BuildFailure;
};

/** What survives a restart of the publishing service. */
export type PublishState = {
  /** Changes that were not built yet (older states kept plain descriptions). */
  pending: (Change | string)[];
  /** Fingerprint of the CMS content the live release was built from. */
  liveFingerprint?: string;
  liveEntries?: number;
  livePages?: number;
  /** The release made from the build folder's current state. */
  buildDirRelease?: string;
  /** Digest of the code, configuration and dependencies the live release was built with. */
  liveInputs?: string;
  /** When the last full rebuild went live (ISO), for the nightly one. */
  lastFullBuildAt?: string;
  history: BuildRecord[];
};

const EMPTY: PublishState = { pending: [], history: [] };

/** The state file, written atomically (temporary file + rename) on every change. */
export class StateStore {
  readonly file: string;
  #state: PublishState;

  constructor(file: string) {
    this.file = file;
    mkdirSync(path.dirname(file), { recursive: true });
    this.#state = existsSync(file) ? { ...EMPTY, ...(JSON.parse(readFileSync(file, 'utf8')) as PublishState) } : structuredClone(EMPTY);
  }

  get(): PublishState {
    return this.#state;
  }

  update(change: (state: PublishState) => void): PublishState {
    change(this.#state);
    this.#state.history = this.#state.history.slice(-20);
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.#state, null, 2));
    renameSync(temporary, this.file);
    return this.#state;
  }
}
