import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { BuildReport } from '@wsd/shared-types';

/**
 * Writes the build's phase times and page count to the build configuration's `reportFile`:
 * content sync (config done → build start), bundling and rendering (→ pages generated),
 * and the rest (→ build done). The publishing service shows them per publish.
 */
export function buildReport(file: string): AstroIntegration {
  const at: Record<string, number> = {};
  return {
    name: 'wsd:build-report',
    hooks: {
      'astro:config:done': () => void (at.configured = performance.now()),
      'astro:build:start': () => void (at.started = performance.now()),
      'astro:build:generated': () => void (at.generated = performance.now()),
      'astro:build:done': ({ pages }) => {
        const done = performance.now();
        const report: BuildReport = {
          syncMs: Math.round((at.started ?? done) - (at.configured ?? done)),
          renderMs: Math.round((at.generated ?? done) - (at.started ?? done)),
          finishMs: Math.round(done - (at.generated ?? done)),
          pages: pages.length,
        };
        writeFileSync(file, JSON.stringify(report));
      },
    },
  };
}
