/**
 * The build's settings, read in one place: from the JSON file WSD_BUILD_CONFIG names (the
 * publishing service writes it) or, for a standalone build, from the environment
 * (CMS_URL, SITE_API_TOKEN, SITE_URL, MEDIA_BASE_URL, PUBLIC_MEDIA_URL, SITE_OUT_DIR,
 * WSD_SNAPSHOT). Both are checked by the same schema (shared-types), so a typo fails the
 * build with the setting's name. Empty values count as unset.
 */
import { readFileSync } from 'node:fs';
import { buildConfig, type BuildConfig } from '@wsd/shared-types';

/** The port the snapshot's uploads are served on during an offline build (stable, so image caches stay valid). */
export const SNAPSHOT_MEDIA_PORT = 43219;

/** The CMS address: CMS_URL, else the local CMS on PORT (default 1337). */
export function cmsUrlFrom(env: Record<string, string | undefined>): string {
  return env.CMS_URL || `http://127.0.0.1:${env.PORT || '1337'}`;
}

const set = (value: string | undefined) => (value ? value : undefined);
const trimSlash = (url: string) => url.replace(/\/$/, '');

/** The settings of a standalone build, from the environment. */
function fromEnv(env: Record<string, string | undefined>): unknown {
  const snapshot = set(env.WSD_SNAPSHOT);
  const snapshotMedia = snapshot ? `http://127.0.0.1:${env.WSD_SNAPSHOT_MEDIA_PORT || SNAPSHOT_MEDIA_PORT}` : undefined;
  const cmsUrl = cmsUrlFrom(env);
  return {
    cmsUrl,
    token: env.SITE_API_TOKEN ?? '',
    siteUrl: env.SITE_URL || 'http://127.0.0.1:4321',
    mediaBaseUrl: snapshotMedia ?? (env.MEDIA_BASE_URL || cmsUrl),
    publicMediaUrl: env.PUBLIC_MEDIA_URL || env.CMS_PUBLIC_URL || cmsUrl,
    outDir: set(env.SITE_OUT_DIR),
    snapshot,
  };
}

/** Reads and checks the settings; throws naming the file or variable at fault. */
export function readBuildConfig(env: Record<string, string | undefined> = process.env): BuildConfig {
  const file = set(env.WSD_BUILD_CONFIG);
  let raw: unknown;
  try {
    raw = file ? JSON.parse(readFileSync(file, 'utf8')) : fromEnv(env);
  } catch (error) {
    throw new Error(`The build configuration ${file} cannot be read: ${String(error)}`, { cause: error });
  }
  const parsed = buildConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = file ? `in ${file}` : 'from the environment (CMS_URL, SITE_URL, MEDIA_BASE_URL, PUBLIC_MEDIA_URL)';
    throw new Error(`Build setting "${issue.path.join('.')}" ${where} is invalid: ${issue.message}`);
  }
  const config = parsed.data;
  return {
    ...config,
    cmsUrl: trimSlash(config.cmsUrl),
    mediaBaseUrl: trimSlash(config.mediaBaseUrl),
    publicMediaUrl: trimSlash(config.publicMediaUrl),
  };
}

let cached: BuildConfig | undefined;

/** The settings of this build (read once). */
export function siteConfig(): BuildConfig {
  cached ??= readBuildConfig();
  return cached;
}
