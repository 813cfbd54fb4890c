import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../src/coalescer.ts';

describe('coalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A build that takes `ms` of (fake) time and records when it started. */
  const recorder = (ms = 5000) => {
    const starts: number[] = [];
    const reasons: string[][] = [];
    const build = async (r: string[]) => {
      starts.push(Date.now());
      reasons.push(r);
      await new Promise((resolve) => setTimeout(resolve, ms));
    };
    return { starts, reasons, build };
  };

  it('the first event after a quiet period builds at once', async () => {
    const { starts, reasons, build } = recorder(100);
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    const t0 = Date.now();
    coalescer.notify('publish');
    expect(starts).toEqual([t0]);
    await vi.advanceTimersByTimeAsync(5000);
    coalescer.notify('another publish, seconds later');
    expect(starts).toEqual([t0, t0 + 5000]);
    expect(reasons).toEqual([['publish'], ['another publish, seconds later']]);
  });

  it('a burst of 100 events becomes the build at once plus one follow-up after the quiet window', async () => {
    const { starts, reasons, build } = recorder(500);
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    const t0 = Date.now();
    for (let i = 0; i < 100; i++) {
      coalescer.notify(`event ${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toEqual([t0, t0 + 990 + 2000]);
    expect(reasons.map((r) => r.length)).toEqual([1, 99]);
  });

  it('1,000 events in 10 s end in at most 3 builds, covering every event', async () => {
    const { starts, reasons, build } = recorder(3000);
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    for (let i = 0; i < 1000; i++) {
      coalescer.notify(`event ${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts.length).toBeLessThanOrEqual(3);
    expect(reasons.flat()).toHaveLength(1000);
  });

  it('events during a build cause exactly one follow-up build', async () => {
    const { starts, reasons, build } = recorder(5000);
    const coalescer = new Coalescer({ quietMs: 2000, build });
    coalescer.notify('first');
    await vi.advanceTimersByTimeAsync(100);
    expect(coalescer.state.building).toBe(true);
    for (let i = 0; i < 10; i++) coalescer.notify(`during ${i}`);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(2);
    expect(reasons[1]).toHaveLength(10);
    expect(coalescer.state).toEqual({ pending: [], building: false, firstPendingAt: undefined });
  });

  it('the maximum delay holds for a follow-up during a steady stream of events', async () => {
    const { starts, build } = recorder(100);
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    const t0 = Date.now();
    for (let i = 0; i < 30; i++) {
      coalescer.notify(`tick ${i}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    // At once for the first tick; the ticks from 1 s on wait at most 20 s.
    expect(starts.slice(0, 2)).toEqual([t0, t0 + 1000 + 20_000]);
  });

  it('a failed build is reported and the next event builds again', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const coalescer = new Coalescer({
      quietMs: 100,
      build: async () => {
        calls++;
        if (calls === 1) throw new Error('kapot');
      },
      onError: (e) => errors.push(e),
    });
    coalescer.notify('a');
    await vi.advanceTimersByTimeAsync(200);
    coalescer.notify('b');
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});
