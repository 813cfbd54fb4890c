import type { Core } from '@strapi/strapi';

const SETTINGS = { sizeOptimization: true, responsiveDimensions: true, autoOrientation: true };

/** Media library settings as code: responsive formats (small/medium/large) and optimisation on every upload. */
export async function ensureMediaSettings(strapi: Core.Strapi): Promise<boolean> {
  const upload = strapi.plugin('upload').service('upload');
  const current = ((await upload.getSettings()) ?? {}) as Record<string, unknown>;
  if (Object.entries(SETTINGS).every(([key, value]) => current[key] === value)) return false;
  await upload.setSettings({ ...current, ...SETTINGS });
  return true;
}
