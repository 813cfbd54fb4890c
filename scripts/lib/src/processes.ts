import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type RunOptions = {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  prefix?: string;
  quiet?: boolean;
  /** Which output lines to print (all unless given); every line is still kept for errors. */
  show?: (line: string) => boolean;
};

/** Pipes a child's output line by line, prefixed with its name. */
function pipeLines(child: ChildProcess, prefix: string, quiet: boolean, sink: string[], show: (line: string) => boolean = () => true) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      sink.push(line);
      if (sink.length > 200) sink.shift();
      if (!quiet && show(line)) console.log(prefix ? `${prefix} ${line}` : line);
    });
  }
}

/** Runs a command to completion; rejects with its last output lines when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    pipeLines(child, options.prefix ?? '', options.quiet ?? false, tail, options.show);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})\n${tail.slice(-25).join('\n')}`));
    });
  });
}

/** A long-running part of the product (CMS, site, publishing service). */
/** `tail`: its last output lines, for an error when it stops (also when started quiet). */
export type Service = { name: string; child: ChildProcess; exited: Promise<number | null>; tail: string[] };

export function startService(name: string, command: string, args: string[], options: RunOptions): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  const tail: string[] = [];
  pipeLines(child, options.prefix ?? `[${name}]`, options.quiet ?? false, tail, options.show);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, child, exited, tail };
}

/** Stops services gently (SIGTERM), then forcefully after `graceMs`. */
export async function stopServices(services: Service[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    services.map(async (service) => {
      if (service.child.exitCode !== null) return;
      service.child.kill('SIGTERM');
      const timer = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
      await service.exited;
      clearTimeout(timer);
    }),
  );
}
