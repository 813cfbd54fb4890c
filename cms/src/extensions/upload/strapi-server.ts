import type { FileTarget } from '../../policies/media-ownership';

type Route = { method: string; path: string; config?: { policies?: unknown[] } };
type UploadPlugin = {
  routes: Record<string, { routes: Route[] }>;
  contentTypes: { file: { schema: { attributes: Record<string, { private?: boolean }> } } };
};

/** Media-library admin routes that change files, and where each names them. */
const CHANGING_ROUTES: Record<string, FileTarget> = {
  'POST /': 'query', // ?id=… replaces a file or edits its info; without id it is a new upload
  'PUT /files/:id': 'param',
  'POST /files/:id/replace': 'param',
  'DELETE /files/:id': 'param',
  'POST /actions/bulk-delete': 'fileIds',
  'POST /actions/bulk-move': 'fileIds',
  'POST /actions/bulk-update': 'updates',
  'PUT /folders/:id': 'folderParam',
  'POST /actions/generate-ai-metadata': 'fileIds',
  'POST /ai-metadata-jobs': 'everything',
};

/**
 * Strapi's own extension point for the upload plugin:
 * - `related` (which entries use a file) is private: every version of an entry links its
 *   files, so populating it would hand drafts to any reader of the content API;
 * - region editors may change only their own files (policy `media-ownership`).
 */
export default (plugin: UploadPlugin): UploadPlugin => {
  plugin.contentTypes.file.schema.attributes.related!.private = true;
  for (const route of plugin.routes.admin?.routes ?? []) {
    const target = CHANGING_ROUTES[`${route.method} ${route.path}`];
    if (!target) continue;
    route.config ??= {};
    route.config.policies = [...(route.config.policies ?? []), { name: 'global::media-ownership', config: { target } }];
  }
  return plugin;
};
