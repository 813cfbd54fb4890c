import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { sampleTreeMemory } from '../src/bench/memory-sampler.ts';

describe('sampling the memory of a process tree', () => {
  it('counts the children and says what each process held at the peak', async () => {
    const memory = sampleTreeMemory(process.pid, 20);
    // A child that holds 80 MB (written, so resident) for a moment.
    const child = spawn(process.execPath, ['-e', 'globalThis.b = Buffer.alloc(80e6, 1); setTimeout(() => {}, 1500)']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const peakMb = memory.stop() / 2 ** 20;
    await once(child, 'exit');
    const processes = memory.atPeak();
    const held = processes.find((p) => p.command === 'node -e');
    expect(held?.mb).toBeGreaterThan(75);
    expect(processes.length).toBeGreaterThanOrEqual(2);
    // Largest first, and together the peak.
    expect(processes.map((p) => p.mb)).toEqual([...processes.map((p) => p.mb)].sort((a, b) => b - a));
    expect(Math.abs(processes.reduce((sum, p) => sum + p.mb, 0) - peakMb)).toBeLessThan(processes.length);
  });
});
