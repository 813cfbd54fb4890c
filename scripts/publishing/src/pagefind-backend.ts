import { existsSync, readdirSync, readFileSync, statfsSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Whether Pagefind's backend (a child process of this one) still runs, from /proc
 * (Linux). Its Node API does not notice when the backend dies (it panics on a full disk):
 * the call in flight would never settle.
 */
export function pagefindBackendAlive(): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === process.pid && name.startsWith('pagefind') && state !== 'Z') return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

/** The error for a backend that stopped while writing into `dir`: ENOSPC when that disk is full (the publisher says what to do). */
function stoppedWhileWriting(dir: string, cause?: unknown): Error {
  let existing = dir;
  while (!existsSync(existing)) existing = path.dirname(existing);
  const { bavail, bsize } = statfsSync(existing);
  const full = bavail * bsize < 1024 * 1024;
  const message = `Pagefind stopped while writing the search index into ${dir}${full ? ' (ENOSPC: the disk is full)' : ''}`;
  return Object.assign(new Error(message, { cause }), full ? { code: 'ENOSPC' } : {});
}

/**
 * Runs a Pagefind call that writes into `dir`, checking every `intervalMs` that the
 * backend is alive. When it died (the Node API notices only sometimes, and then says no
 * more than "Pagefind backend closed"), Pagefind is closed, so that a new backend starts
 * on the next call, and the call fails saying why.
 */
export async function whileBackendAlive<T>(dir: string, call: Promise<T>, intervalMs = 500): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const died = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (pagefindBackendAlive()) return;
      clearInterval(timer);
      void pagefind.close();
      reject(stoppedWhileWriting(dir));
    }, intervalMs);
  });
  try {
    return await Promise.race([call, died]);
  } catch (error) {
    if (pagefindBackendAlive()) throw error;
    void pagefind.close();
    throw error instanceof Error && error.message.startsWith('Pagefind stopped') ? error : stoppedWhileWriting(dir, error);
  } finally {
    clearInterval(timer);
  }
}
