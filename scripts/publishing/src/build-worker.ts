/**
 * A long-lived child process that runs `astro build` of the site in-process, one request
 * at a time (from site-builder.ts, over IPC). Keeping Node, Astro and Vite loaded and warm
 * makes a build of only the changed pages take about a second instead of three; the
 * parent replaces the worker when its memory grows too large.
 */
import { build } from 'astro';
import { SITE_DIR } from '@wsd/ops-lib/paths';

export type BuildRequest = { id: number; force: boolean };
export type BuildReply = { id: number; ok: true; rssMb: number } | { id: number; ok: false; rssMb: number; message: string };

process.on('message', (request: BuildRequest) => {
  const reply = (result: { ok: true } | { ok: false; message: string }) =>
    process.send?.({ id: request.id, ...result, rssMb: Math.round(process.memoryUsage().rss / 1e6) } satisfies BuildReply);
  build({ root: SITE_DIR, force: request.force, logLevel: 'info' }).then(
    () => reply({ ok: true }),
    (error: unknown) => reply({ ok: false, message: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) }),
  );
});
process.send?.({ ready: true });
