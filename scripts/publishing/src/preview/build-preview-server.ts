import { astroBuilder } from '../site-builder.ts';

/**
 * Builds the site's preview server (Astro, Node adapter) into `outDir`: the same build as
 * a release, switched to server output by WSD_PREVIEW_SERVER_DIR. The folder must lie
 * inside the repository: the server resolves its packages from node_modules above it.
 */
export function buildPreviewServer(outDir: string, cmsUrl: string, token: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return astroBuilder(cmsUrl, token, { ...env, WSD_PREVIEW_SERVER_DIR: outDir })(outDir);
}
