export type CoalescerOptions<T> = {
  /** After a build, the follow-up waits until no event arrived for this long (storms become one build). */
  quietMs?: number;
  /** A follow-up never waits longer than this after its first event, even in a stream of events. */
  maxDelayMs?: number;
  /** The build; one runs at a time. */
  build: (items: T[]) => Promise<void>;
  /** Reports a failed build (the next event or reconciliation retries). */
  onError?: (error: unknown) => void;
};

export type CoalescerState<T> = { pending: T[]; building: boolean; firstPendingAt: number | undefined };

/**
 * Turns CMS events into as few builds as possible without making anyone wait: the first
 * event after a quiet period builds at once; events that arrive during a build cause
 * exactly one follow-up build, which starts once they have been quiet for `quietMs` (or
 * at the latest `maxDelayMs` after the first of them), so a storm of events is one build.
 */
export class Coalescer<T = string> {
  readonly #quietMs: number;
  readonly #maxDelayMs: number;
  readonly #build: (items: T[]) => Promise<void>;
  readonly #onError: (error: unknown) => void;
  #pending: T[] = [];
  #firstPendingAt: number | undefined;
  #lastEventAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #building: Promise<void> | undefined;

  constructor(options: CoalescerOptions<T>) {
    this.#quietMs = options.quietMs ?? 2000;
    this.#maxDelayMs = options.maxDelayMs ?? 20_000;
    this.#build = options.build;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** Registers a change; builds at once when idle, else schedules the follow-up. */
  notify(item: T): void {
    this.notifyAll([item]);
  }

  /** Registers several changes at once (one build when idle). */
  notifyAll(items: T[]): void {
    const now = Date.now();
    this.#pending.push(...items);
    this.#firstPendingAt ??= now;
    // Idle (no build running or scheduled, no event for a quiet window): build now.
    const idle = !this.#building && !this.#timer && now - this.#lastEventAt >= this.#quietMs;
    this.#lastEventAt = now;
    if (idle) void this.#run();
    else if (!this.#building) this.#schedule();
  }

  get state(): CoalescerState<T> {
    return { pending: [...this.#pending], building: Boolean(this.#building), firstPendingAt: this.#firstPendingAt };
  }

  /** Drops the scheduled build (its items are persisted by the caller) without building. */
  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Resolves when no build runs and none is pending (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.#building || this.#timer) await (this.#building ?? new Promise((resolve) => setTimeout(resolve, 10)));
  }

  /** The follow-up: once events have been quiet for `quietMs`, at the latest `maxDelayMs` after the first. */
  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    const deadline = (this.#firstPendingAt ?? Date.now()) + this.#maxDelayMs;
    const wait = Math.max(0, Math.min(this.#lastEventAt + this.#quietMs - Date.now(), deadline - Date.now()));
    this.#timer = setTimeout(() => void this.#run(), wait);
  }

  async #run(): Promise<void> {
    this.#timer = undefined;
    const items = this.#pending;
    this.#pending = [];
    this.#firstPendingAt = undefined;
    this.#building = this.#build(items).catch(this.#onError);
    await this.#building;
    this.#building = undefined;
    // Everything that arrived during the build is covered by one follow-up build.
    if (this.#pending.length > 0) this.#schedule();
  }
}
