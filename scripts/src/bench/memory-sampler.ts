import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every process, from /proc (Linux). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (2nd field) may contain spaces: the ppid is the 2nd field after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return parents;
}

/** Resident memory of a process in bytes (0 once it ended). */
function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRssBytes(rootPid: number): number {
  const parents = parentsByPid();
  const tree = new Set([rootPid]);
  // Children may be listed before their parents: repeat until no process is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) total += rssBytes(pid);
  return total;
}

/**
 * Samples the memory of a process tree every `intervalMs` until stopped; `stop()` returns
 * the peak. Summing RSS counts shared pages twice, so the figure errs on the high side.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): { stop: () => number } {
  let peak = treeRssBytes(rootPid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
