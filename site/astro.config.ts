import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { buildFiles } from './src/integrations/build-files.ts';
import { buildReport } from './src/integrations/build-report.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { previewRoutes } from './src/integrations/preview-routes.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { snapshotMedia } from './src/integrations/snapshot-media.ts';
import { siteConfig } from './src/utils/build-config.ts';

const config = siteConfig();
/** Where images are fetched from at build time: the CMS (or the snapshot media server). */
const mediaBase = new URL(config.mediaBaseUrl);

/**
 * WSD_PREVIEW_SERVER_DIR switches to the preview server build: the same pages and
 * components, rendered on request by the Node adapter (middleware mode, mounted by the
 * publishing service), with only the preview routes added. The public site stays static.
 */
const previewServerDir = process.env.WSD_PREVIEW_SERVER_DIR;
const staticIntegrations = () => [
  ...(config.snapshot ? [snapshotMedia(config.snapshot, mediaBase)] : []),
  sitemap(),
  // The publishing service keeps its own index warm and adds only changed pages.
  ...(config.searchIndex === 'build' ? [pagefindIndex()] : []),
  ...(config.reportFile ? [buildReport(config.reportFile)] : []),
  // Last: it lists what the integrations above wrote.
  ...(config.keepOutDir ? [buildFiles()] : []),
];

export default defineConfig({
  site: config.siteUrl,
  ...(previewServerDir
    ? { output: 'server', adapter: node({ mode: 'middleware' }), outDir: previewServerDir }
    : { output: 'static', ...(config.outDir ? { outDir: config.outDir } : {}) }),
  ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}),
  trailingSlash: 'always',
  // Pages whose cacheKey (src/view-models/cache-key.ts) and code are unchanged are restored, not rendered.
  experimental: { incrementalBuild: true },
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  // Never inline scripts: the CSP allows only script files from this site ('self').
  vite: { build: { assetsInlineLimit: 0, ...(config.keepOutDir ? { emptyOutDir: false } : {}) } },
  image: {
    remotePatterns: [
      { protocol: mediaBase.protocol.replace(':', ''), hostname: mediaBase.hostname, ...(mediaBase.port ? { port: mediaBase.port } : {}) },
    ],
  },
  integrations: previewServerDir ? [previewRoutes()] : staticIntegrations(),
});
