import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, type CollectionName } from '@wsd/shared-types';
import { fetchEntries } from '../loaders/strapi/rest-source.ts';
import type { Snapshot } from '../loaders/strapi/source.ts';
import { getBytes } from './get-bytes.ts';

/** Every "/uploads/…" path inside a JSON value (media URLs of the local upload provider). */
export function uploadPaths(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^\/uploads\/[\w.-]+$/.test(value)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => uploadPaths(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => uploadPaths(v, found));
  return found;
}

/**
 * Writes the published content of the CMS to <outDir>/snapshot.json and its uploaded
 * files to <outDir>/uploads/, so the site can be built with no CMS running.
 */
export async function writeSnapshot(
  outDir: string,
  cmsUrl: string,
  token: string,
  log: (line: string) => void = console.log,
): Promise<Snapshot> {
  const snapshot: Snapshot = { createdAt: new Date().toISOString(), cmsUrl, collections: {} };
  for (const [name, spec] of Object.entries(CONTENT_TYPES) as [CollectionName, (typeof CONTENT_TYPES)[CollectionName]][]) {
    snapshot.collections[name] = (await fetchEntries(cmsUrl, spec, { token })).entries;
    log(`  ${spec.label}: ${snapshot.collections[name]!.length}`);
  }
  const uploads = [...uploadPaths(snapshot.collections)];
  mkdirSync(path.join(outDir, 'uploads'), { recursive: true });
  for (const [index, uploadPath] of uploads.entries()) {
    writeFileSync(path.join(outDir, uploadPath), await getBytes(`${cmsUrl.replace(/\/$/, '')}${uploadPath}`));
    if ((index + 1) % 25 === 0 || index + 1 === uploads.length) log(`  files: ${index + 1}/${uploads.length}`);
  }
  writeFileSync(path.join(outDir, 'snapshot.json'), JSON.stringify(snapshot, null, 1));
  return snapshot;
}
