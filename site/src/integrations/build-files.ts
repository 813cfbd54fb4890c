import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The list of a build's files, written next to them (the publishing service makes releases from it). */
export const BUILD_FILES = '.wsd-build-files.json';

/**
 * What BUILD_FILES holds: every current file, the ones this build wrote (the others are
 * byte for byte as after the previous build), and how many pages it rendered or left.
 */
export type BuildFiles = { files: string[]; written: string[]; rendered: number; restored: number };

/** Folders whose files are all current: fingerprinted assets and images, the search index. */
const KEPT_FOLDERS = ['_astro', 'pagefind'];

const relative = (root: string, file: string) => path.relative(root, file).split(path.sep).join('/');
const listFolder = (root: string, folder: string): string[] =>
  existsSync(path.join(root, folder))
    ? (readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((e) => e.isFile())
        .map((e) => relative(root, path.join(e.parentPath, e.name)))
    : [];

/**
 * For builds into a folder that is kept between builds (the publishing service's, so that
 * unchanged pages are not even copied): removes the files of pages that no longer exist
 * (an unpublished item's page and calendar) and lists the build's files, with the ones it
 * wrote. What is current: every route's output (rendered or left by the incremental build),
 * the public folder, the sitemaps, and the asset and index folders. Only the previous list
 * and the asset folder are read, never the whole tree.
 */
export function buildFiles(): AstroIntegration {
  let publicDir = '';
  let startedAt = 0;
  let previous: string[] = [];
  return {
    name: 'wsd:build-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        startedAt = Date.now();
        const list = path.join(fileURLToPath(config.outDir), BUILD_FILES);
        previous = existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as BuildFiles).files : [];
      },
      'astro:build:done': ({ dir, assets }) => {
        const outDir = fileURLToPath(dir);
        const outputs = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
        const files = new Set([
          ...outputs,
          ...listFolder(publicDir, '.'),
          ...readdirSync(outDir).filter((f) => /^sitemap-[\w-]+\.xml$/.test(f)),
          ...KEPT_FOLDERS.flatMap((folder) => listFolder(outDir, folder)),
        ]);
        for (const file of previous) if (!files.has(file)) rmSync(path.join(outDir, file), { force: true });
        const written = [...files].filter((f) => statSync(path.join(outDir, f)).mtimeMs >= startedAt);
        const html = outputs.filter((f) => f.endsWith('.html'));
        const writtenSet = new Set(written);
        const rendered = html.filter((f) => writtenSet.has(f)).length;
        const report: BuildFiles = { files: [...files].sort(), written: written.sort(), rendered, restored: html.length - rendered };
        writeFileSync(path.join(outDir, BUILD_FILES), JSON.stringify(report));
      },
    },
  };
}
