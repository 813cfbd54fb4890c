import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Coalescer } from '../src/publishing/coalescer.ts';

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

  it('a burst of 100 events becomes one build after the quiet window', async () => {
    const { starts, reasons, build } = recorder();
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    const t0 = Date.now();
    for (let i = 0; i < 100; i++) {
      coalescer.notify(`event ${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(1);
    expect(starts[0]! - t0).toBe(990 + 2000);
    expect(reasons[0]).toHaveLength(100);
  });

  it('events during a build cause exactly one follow-up build', async () => {
    const { starts, reasons, build } = recorder(5000);
    const coalescer = new Coalescer({ quietMs: 2000, build });
    coalescer.notify('first');
    await vi.advanceTimersByTimeAsync(2000);
    expect(coalescer.state.building).toBe(true);
    for (let i = 0; i < 10; i++) coalescer.notify(`during ${i}`);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(starts).toHaveLength(2);
    expect(reasons[1]).toHaveLength(10);
    expect(coalescer.state).toEqual({ pending: [], building: false, firstPendingAt: undefined });
  });

  it('the maximum delay holds during a steady stream of events', async () => {
    const { starts, build } = recorder(100);
    const coalescer = new Coalescer({ quietMs: 2000, maxDelayMs: 20_000, build });
    const t0 = Date.now();
    for (let i = 0; i < 30; i++) {
      coalescer.notify(`tick ${i}`);
      await vi.advanceTimersByTimeAsync(1000);
    }
    expect(starts[0]! - t0).toBe(20_000);
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
