import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, FIXTURE_SNAPSHOT } from './harness/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the site built once from the fixture snapshot. */
    fixtureDist: string;
  }
}

/** Builds the site once from the committed fixture snapshot (no CMS) for the build and e2e tests. */
export default async function setup(project: TestProject) {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'wsd-site-')), 'dist');
  console.log('[site tests] building the fixture site from the committed snapshot…');
  const started = Date.now();
  await buildSite(outDir, { WSD_SNAPSHOT: FIXTURE_SNAPSHOT, SITE_URL: 'https://wsd.example' });
  console.log(`[site tests] fixture site built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('fixtureDist', outDir);
}
