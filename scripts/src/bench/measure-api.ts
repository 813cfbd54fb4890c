import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'autocannon';
import { CONTENT_TYPES, restUrl } from '@wsd/shared-types';

export type ApiResult = {
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
};

/** The URLs the site's loader requests for news: every page of 100, populated as the build needs. */
export function newsListUrls(cmsUrl: string, pages: number): string[] {
  const spec = CONTENT_TYPES.nieuwsberichten;
  return Array.from({ length: pages }, (_, i) =>
    restUrl(cmsUrl, spec.path, { populate: spec.populate, sort: ['id:asc'], pagination: { page: i + 1, pageSize: 100 } }),
  );
}

/**
 * Throughput and latency of the CMS list endpoint the loader uses, under `connections`
 * concurrent readers from a second process (autocannon), for `seconds`.
 */
export async function measureApi(options: { urls: string[]; token: string; connections: number; seconds: number }): Promise<ApiResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wsd-bench-api-'));
  const file = path.join(dir, 'urls.json');
  writeFileSync(file, JSON.stringify(options.urls));
  try {
    const worker = path.join(import.meta.dirname, 'api-load-worker.ts');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [worker, file, String(options.connections), String(options.seconds)],
      // The token goes through the environment, not the command line other users can read.
      { maxBuffer: 64 * 2 ** 20, env: { ...process.env, BENCH_API_TOKEN: options.token } },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Result;
    return {
      connections: options.connections,
      seconds: options.seconds,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
