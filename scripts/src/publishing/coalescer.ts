export type CoalescerOptions = {
  /** Build once no event arrived for this long. */
  quietMs?: number;
  /** Never wait longer than this after the first pending event, even in a stream of events. */
  maxDelayMs?: number;
  /** The build; one runs at a time. */
  build: (reasons: string[]) => Promise<void>;
  /** Reports a failed build (the next event or reconciliation retries). */
  onError?: (error: unknown) => void;
};

export type CoalescerState = { pending: string[]; building: boolean; firstPendingAt: number | undefined };

/**
 * Turns a burst of CMS events into as few builds as possible: a build starts after a
 * quiet window, or at the latest `maxDelayMs` after the first event; events that arrive
 * during a build cause exactly one follow-up build.
 */
export class Coalescer {
  readonly #quietMs: number;
  readonly #maxDelayMs: number;
  readonly #build: (reasons: string[]) => Promise<void>;
  readonly #onError: (error: unknown) => void;
  #pending: string[] = [];
  #firstPendingAt: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #building: Promise<void> | undefined;

  constructor(options: CoalescerOptions) {
    this.#quietMs = options.quietMs ?? 2000;
    this.#maxDelayMs = options.maxDelayMs ?? 20_000;
    this.#build = options.build;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** Registers a change; schedules (or reschedules) the next build. */
  notify(reason: string): void {
    this.#pending.push(reason);
    this.#firstPendingAt ??= Date.now();
    if (!this.#building) this.#schedule();
  }

  get state(): CoalescerState {
    return { pending: [...this.#pending], building: Boolean(this.#building), firstPendingAt: this.#firstPendingAt };
  }

  /** Drops the scheduled build (its reasons are persisted by the caller) without building. */
  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Resolves when no build runs and none is pending (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.#building || this.#timer) await (this.#building ?? new Promise((resolve) => setTimeout(resolve, 10)));
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const deadline = (this.#firstPendingAt ?? Date.now()) + this.#maxDelayMs;
    const wait = Math.max(0, Math.min(this.#quietMs, deadline - Date.now()));
    this.#timer = setTimeout(() => void this.#run(), wait);
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    const reasons = this.#pending;
    this.#pending = [];
    this.#firstPendingAt = undefined;
    this.#building = this.#build(reasons).catch(this.#onError);
    await this.#building;
    this.#building = undefined;
    // Everything that arrived during the build is covered by one follow-up build.
    if (this.#pending.length > 0) this.#schedule();
  }
}
