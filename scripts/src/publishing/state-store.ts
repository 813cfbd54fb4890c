import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type BuildRecord = {
  id: string;
  trigger: string[];
  startedAt: string;
  finishedAt?: string;
  result: 'running' | 'live' | 'failed';
  phases: Record<string, number>;
  pages?: number;
  error?: string;
};

/** What survives a restart of the publishing service. */
export type PublishState = {
  /** Change reasons that were not built yet. */
  pending: string[];
  /** Fingerprint of the CMS content the live release was built from. */
  liveFingerprint?: string;
  liveEntries?: number;
  livePages?: number;
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
