/**
 * Old addresses that keep working: maps of old URL (host and path, as `linkKey` makes
 * them) → new path on this site, one JSON file per import in a redirects folder. The
 * publishing service answers them with 301; the same maps are written as nginx `map`
 * files for the README's nginx set-up. New paths are always same-origin (`/…`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type RedirectMap = Map<string, string>;

/** Only a path on this site with a single leading slash may be a redirect target. */
const isLocalPath = (target: string) => /^\/(?![/\\])[^\s]*$/.test(target);

/** The key a request is looked up by: host without www and port, path without trailing slash. */
export function requestKey(host: string | undefined, pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURI(pathname);
  } catch {
    // Malformed escapes: compare the path as sent.
  }
  return `${(host ?? '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .toLowerCase()}${decoded.replace(/\/+$/, '')}`;
}

function writeAtomically(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

/** nginx `map` lines: `"~^old-host/old/path/?$" "/new/path/";` keyed on `$host$uri`. */
function nginxMap(entries: [string, string][]): string {
  const escape = (value: string) => value.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&').replace(/"/g, '\\"');
  const lines = entries
    .filter(([key]) => !key.includes('?'))
    .map(([key, target]) => `"~^(www\\.)?${escape(key)}/?$" "${target.replace(/"/g, '%22')}";`);
  return `# Written by the WordPress importer; included by the map in the README's nginx set-up.\n${lines.join('\n')}\n`;
}

/** Writes (replaces) one named map as JSON and as an nginx map file; returns both paths. */
export function writeRedirectMap(dir: string, name: string, map: RedirectMap): { json: string; nginx: string } {
  mkdirSync(dir, { recursive: true });
  const entries = [...map].filter(([, target]) => isLocalPath(target)).sort(([a], [b]) => a.localeCompare(b));
  const json = path.join(dir, `${name}.json`);
  const nginx = path.join(dir, `${name}.map`);
  writeAtomically(json, `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`);
  writeAtomically(nginx, nginxMap(entries));
  return { json, nginx };
}

/**
 * All maps in `dir`, re-read only when a file changed (checked at most once a second), so
 * an import takes effect without restarting the service. A broken file is skipped, never
 * fatal: redirects must not take the site down.
 */
export function redirectLookup(dir: string, onError: (file: string, error: unknown) => void = () => undefined) {
  let map: RedirectMap = new Map();
  let signature = '';
  let checkedAt = 0;
  const reload = () => {
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
    const next = files.map((f) => `${f}:${statSync(path.join(dir, f)).mtimeMs}`).join('|');
    if (next === signature) return;
    signature = next;
    map = new Map();
    for (const file of files) {
      try {
        const entries = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
        for (const [key, target] of Object.entries(entries)) if (typeof target === 'string' && isLocalPath(target)) map.set(key, target);
      } catch (error) {
        onError(path.join(dir, file), error);
      }
    }
  };
  return (host: string | undefined, pathname: string, search = ''): string | undefined => {
    if (Date.now() - checkedAt > 1000) {
      checkedAt = Date.now();
      reload();
    }
    if (map.size === 0) return undefined;
    const key = requestKey(host, pathname);
    const p = new URLSearchParams(search).get('p');
    return map.get(key) ?? (p && pathname === '/' ? map.get(`${requestKey(host, '/')}/?p=${p}`) : undefined);
  };
}
