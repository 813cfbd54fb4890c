import path from 'node:path';

/** Absolute paths of the workspace, in one place. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const SITE_DIR = path.join(ROOT, 'site');
/** Git-ignored state of local runs (build stamps, logs, test results). */
export const LOCAL_DIR = path.join(ROOT, '.local');
/** The env file the commands read after the shell: WSD_ENV_FILE (e.g. /etc/wsd/wsd.env on a server) or the workspace .env. */
export const ENV_FILE = process.env.WSD_ENV_FILE ? path.resolve(process.env.WSD_ENV_FILE) : path.join(ROOT, '.env');
export const ENV_EXAMPLE = path.join(ROOT, '.env.example');
/** Binaries of the hoisted workspace install. */
export const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
