import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** The cms/ folder, whether this runs from src/ (tests, tools) or from dist/src/ (Strapi). */
export const CMS_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..');

/** A path from the environment, relative to cms/ unless absolute. */
export const fromCmsRoot = (value: string) => path.resolve(CMS_ROOT, value);

/**
 * Strapi's public folder with its uploads/ subfolder, created when missing: the upload
 * provider refuses to boot without it, and PUBLIC_DIR may point at a fresh folder.
 */
export function ensurePublicDir(value: string): string {
  const dir = fromCmsRoot(value);
  mkdirSync(path.join(dir, 'uploads'), { recursive: true });
  return dir;
}
