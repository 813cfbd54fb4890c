import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync, ftruncateSync, fstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFinding } from '@wsd/test-harness/findings';
import { startLiveStack, type LiveStack } from './live-stack.ts';

/**
 * The releases live on a small tmpfs of their own, so a test can fill that disk without
 * touching the machine's. Mounting needs root, which this machine kind (and its CI) has.
 */
function mountTmpfs(sizeMb: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-releases-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'wsd-releases', dir]);
  } catch (error) {
    throw new Error(`The full-disk test mounts a small tmpfs at ${dir} and needs root: run the tests as root (CI does).`, { cause: error });
  }
  return dir;
}

/** Fills the file system of `dir` up to `leaveBytes` free; returns the filler's path. */
function fillDisk(dir: string, leaveBytes: number): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  ftruncateSync(fd, Math.max(0, fstatSync(fd).size - leaveBytes));
  closeSync(fd);
  return filler;
}

describe('faults during publishing', () => {
  let stack: LiveStack;
  let disk: string;
  const status = async (pathname: string) => (await fetch(`${stack.url}${pathname}`)).status;
  const text = async (pathname: string) => (await fetch(`${stack.url}${pathname}`)).text();
  const publishTheme = (name: string, slug: string) =>
    stack.cms.strapi.documents('api::thema.thema').create({ data: { name, slug }, status: 'published' } as never);
  const lastBuild = () => stack.service.status().lastBuild;

  beforeAll(async () => {
    disk = mountTmpfs(400);
    stack = await startLiveStack({ root: disk, cmsLink: true, reconcileMs: 1000 });
  }, 300_000);

  afterAll(async () => {
    await stack?.stop();
    if (disk) {
      execFileSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });

  it('the CMS down during a build: the build fails and says so, the live site is unchanged, reconciliation rebuilds when it is back', async () => {
    await stack.service.coalescer.idle();
    const live = stack.releases.live();
    const home = await text('/');
    await publishTheme('Thema tijdens storing', 'thema-tijdens-storing');
    // Take the CMS away the moment the site build starts reading it.
    await stack.waitUntil(
      async () => lastBuild()?.result === 'running' && lastBuild()?.trigger.some((t) => t.includes('thema-tijdens-storing')) === true,
      30_000,
    );
    stack.cmsLink!.cut();
    let failure: string;
    try {
      await stack.waitUntil(async () => lastBuild()?.result === 'failed');
      failure = lastBuild()!.error ?? '';
      expect(failure).toMatch(/^The CMS did not answer at http:\/\/127\.0\.0\.1:\d+\/api\/\S+\. Is it running/);
      expect(stack.releases.live()).toBe(live);
      expect(await text('/')).toBe(home);
      expect(await status('/themas/thema-tijdens-storing/')).toBe(404);
    } finally {
      stack.cmsLink!.restore();
    }
    const backAt = Date.now();
    // No new event: the service's own reconciliation finds the difference and rebuilds.
    await stack.waitUntil(async () => (await status('/themas/thema-tijdens-storing/')) === 200);
    recordFinding({
      point: 'faults',
      tried: 'CMS unreachable from the publishing service during a site build',
      times: 1,
      held: `build failed with "${failure.slice(0, 40)}…"; live site byte-identical; rebuilt by reconciliation ${((Date.now() - backAt) / 1000).toFixed(1)} s after the CMS was back`,
    });
  }, 180_000);

  it('no space left during a build: the live site is unchanged, old releases stay, and the next build after freeing space goes live', async () => {
    await stack.service.coalescer.idle();
    const live = stack.releases.live();
    const releasesBefore = stack.releases.list();
    const home = await text('/');
    const filler = fillDisk(disk, 256 * 1024);
    const { bavail, bsize } = statfsSync(disk);
    const freeKb = Math.round((bavail * bsize) / 1024);

    const previous = lastBuild()?.id;
    let failure: string;
    try {
      await publishTheme('Thema bij volle schijf', 'thema-bij-volle-schijf');
      await stack.waitUntil(async () => lastBuild()?.id !== previous && lastBuild()?.result === 'failed');
      failure = lastBuild()!.error ?? '';
      expect(failure).toMatch(/^No space left on the disk of .*publish:rebuild/);
      expect(stack.releases.live()).toBe(live);
      expect(stack.releases.list()).toEqual(releasesBefore);
      expect(await text('/')).toBe(home);
      expect(await status('/themas/thema-bij-volle-schijf/')).toBe(404);
    } finally {
      rmSync(filler);
    }
    await stack.waitUntil(async () => (await status('/themas/thema-bij-volle-schijf/')) === 200);
    recordFinding({
      point: 'faults',
      tried: `releases disk full during a build (${freeKb} KB free on a tmpfs)`,
      times: 1,
      held: `build failed with "No space left on the disk…"; live site byte-identical; ${releasesBefore.length} old release(s) kept; live again after space was freed`,
    });
  }, 180_000);
});
