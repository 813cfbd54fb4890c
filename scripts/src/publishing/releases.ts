import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';

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
   * Asynchronous: removing a release of 40,000 files must not hold up the requests the
   * service is answering.
   */
  async prune(keep = 5): Promise<string[]> {
    const live = this.live();
    const removable = this.list()
      .slice(0, -keep)
      .filter((id) => id !== live);
    for (const id of removable) {
      await rm(this.pathOf(id), { recursive: true, force: true });
      await rm(`${this.pathOf(id)}.files.json`, { force: true });
    }
    return removable;
  }

  /** Removes a release that failed before going live. */
  discard(id: string): void {
    if (id === this.live()) throw new Error(`Release ${id} is live and cannot be discarded`);
    rmSync(this.pathOf(id), { recursive: true, force: true });
    rmSync(`${this.pathOf(id)}.files.json`, { force: true });
  }
}
