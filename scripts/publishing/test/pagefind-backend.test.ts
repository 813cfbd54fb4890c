import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pagefindBackendAlive, whileBackendAlive } from '../src/pagefind-backend.ts';

describe("Pagefind's backend process", () => {
  it('is seen while it runs, and a call that would never settle fails once it is gone', async () => {
    const { index } = await pagefind.createIndex({});
    expect(pagefindBackendAlive()).toBe(true);
    await expect(
      whileBackendAlive(tmpdir(), index!.addCustomRecord({ url: '/a/', content: 'Buurtkracht', language: 'nl' }), 50),
    ).resolves.toMatchObject({
      errors: [],
    });
    await pagefind.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pagefindBackendAlive()).toBe(false);
    // What a write in flight looks like when the backend panicked: a promise that never settles.
    await expect(whileBackendAlive(tmpdir(), new Promise(() => undefined), 50)).rejects.toThrow(
      /Pagefind stopped while writing the search index/,
    );
  });
});
