import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import path from 'node:path';

/** Prefix of a release being removed (not listed: names starting with a dot are not releases). */
const REMOVING = '.removing-';

/** Deletes folders in a child process at the lowest CPU priority (nice 19). */
async function removeAtLowPriority(dirs: string[]): Promise<void> {
  const script = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
  const child = spawn(process.execPath, ['-e', script, ...dirs], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    setPriority(child.pid!, 19);
  } catch {
    // The child may have finished already; lowering its priority is only an optimisation.
  }
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`could not remove ${dirs.join(', ')}: ${stderr.trim() || `exit ${code}`}`);
}

/**
 * Releases of the static site under one root:
 *   <root>/releases/<id>/   one complete build each
 *   <root>/current          symlink to the live release
 * The switch is atomic: a new symlink is made under a temporary name and renamed over
 * `current` (rename(2) replaces it in one step; `ln -sfn` unlinks first and leaves a gap).
 */
export class Releases {
  readonly root: string;
  readonly dir: string;
  readonly current: string;

  constructor(root: string) {
    this.root = root;
    this.dir = path.join(root, 'releases');
    this.current = path.join(root, 'current');
    mkdirSync(this.dir, { recursive: true });
  }

  /** A new, unique release id that sorts by time: 20261123T101500123Z. */
  newId(now = new Date()): string {
    let id = now.toISOString().replace(/[-:.]/g, '');
    for (let n = 2; existsSync(path.join(this.dir, id)); n++) id = `${now.toISOString().replace(/[-:.]/g, '')}-${n}`;
    return id;
  }

  pathOf(id: string): string {
    return path.join(this.dir, id);
  }

  /** All release ids, oldest first. */
  list(): string[] {
    return readdirSync(this.dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  }

  /** The id of the live release, if any. */
  live(): string | undefined {
    if (!existsSync(this.current) || !lstatSync(this.current).isSymbolicLink()) return undefined;
    return path.basename(readlinkSync(this.current));
  }

  /** Makes `id` live in one atomic step. */
  switchTo(id: string): void {
    if (!existsSync(this.pathOf(id))) throw new Error(`Release ${id} does not exist`);
    const temporary = path.join(this.root, `.current-${process.pid}-${Date.now()}`);
    symlinkSync(path.join('releases', id), temporary);
    renameSync(temporary, this.current);
  }

  /** Switches back to the release before the live one; returns its id. */
  rollback(): string {
    const ids = this.list();
    const live = this.live();
    const index = live ? ids.indexOf(live) : ids.length;
    const previous = ids[index - 1];
    if (!previous) throw new Error('There is no earlier release to roll back to.');
    this.switchTo(previous);
    return previous;
  }

  /**
   * Keeps the newest `keep` releases and always the live one; returns the removed ids.
   * A release leaves the list at once (a rename) and its files are deleted by a child
   * process at the lowest CPU priority: deleting 50,000 files takes seconds of kernel time
   * on 2 cores and must slow neither the requests the service answers nor the next publish.
   * Folders left by an interrupted removal go with the next one.
   */
  async prune(keep = 5): Promise<string[]> {
    const live = this.live();
    const removable = this.list()
      .slice(0, -keep)
      .filter((id) => id !== live);
    for (const id of removable) {
      renameSync(this.pathOf(id), path.join(this.dir, `${REMOVING}${id}`));
      rmSync(`${this.pathOf(id)}.files.json`, { force: true });
    }
    const leftovers = readdirSync(this.dir).filter((name) => name.startsWith(REMOVING));
    if (leftovers.length > 0) await removeAtLowPriority(leftovers.map((name) => path.join(this.dir, name)));
    return removable;
  }

  /** Removes a release that failed before going live. */
  discard(id: string): void {
    if (id === this.live()) throw new Error(`Release ${id} is live and cannot be discarded`);
    rmSync(this.pathOf(id), { recursive: true, force: true });
    rmSync(`${this.pathOf(id)}.files.json`, { force: true });
  }
}
