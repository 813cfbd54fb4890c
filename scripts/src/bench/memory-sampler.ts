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

/** The program a process runs, as a short name: "node build-worker.ts", "pagefind_extended". */
function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const program = args[0]?.split('/').pop() ?? '?';
    const script = args.slice(1).find((arg) => /\.(ts|js|mjs|cjs)$/.test(arg));
    if (script) return `${program} ${script.split('/').pop()}`;
    return args.includes('-e') ? `${program} -e` : program;
  } catch {
    return '?';
  }
}

/** The processes of a tree: the root and all its descendants. */
function treePids(rootPid: number): Set<number> {
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
  return tree;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRssBytes(rootPid: number): number {
  let total = 0;
  for (const pid of treePids(rootPid)) total += rssBytes(pid);
  return total;
}

/** One process's share of a peak: its program and resident MB. */
export type ProcessMemory = { command: string; mb: number };

/**
 * Samples the memory of a process tree every `intervalMs` until stopped; `stop()` returns
 * the peak, `atPeak()` what each process held at that moment (largest first). Summing RSS
 * counts shared pages twice, so the figure errs on the high side.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 100): { stop: () => number; atPeak: () => ProcessMemory[] } {
  let peak = 0;
  let breakdown: ProcessMemory[] = [];
  const sample = () => {
    const processes = [...treePids(rootPid)].map((pid) => ({ pid, bytes: rssBytes(pid) })).filter((p) => p.bytes > 0);
    const total = processes.reduce((sum, p) => sum + p.bytes, 0);
    if (total <= peak) return;
    peak = total;
    // Named now: a process of the peak may be gone when it is asked for.
    breakdown = processes.sort((a, b) => b.bytes - a.bytes).map((p) => ({ command: commandOf(p.pid), mb: Math.round(p.bytes / 2 ** 20) }));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
    atPeak: () => breakdown,
  };
}
