import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { previewRoutes } from './src/integrations/preview-routes.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { snapshotMedia } from './src/integrations/snapshot-media.ts';
import { siteEnv } from './src/utils/site-env.ts';

/** Where images are fetched from at build time: the CMS (or the snapshot media server). */
const mediaBase = new URL(siteEnv.mediaBaseUrl);

/**
 * WSD_PREVIEW_SERVER_DIR switches to the preview server build: the same pages and
 * components, rendered on request by the Node adapter (middleware mode, mounted by the
 * publishing service), with only the preview routes added. The public site stays static.
 */
const previewServerDir = process.env.WSD_PREVIEW_SERVER_DIR;
const staticIntegrations = () => [snapshotMedia(), sitemap(), pagefindIndex()];

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  ...(previewServerDir
    ? { output: 'server', adapter: node({ mode: 'middleware' }), outDir: previewServerDir }
    : {
        output: 'static',
        // Tests build the fixture site into their own folder so dist/ is never clobbered.
        ...(process.env.SITE_OUT_DIR ? { outDir: process.env.SITE_OUT_DIR } : {}),
      }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  // Never inline scripts: the CSP allows only script files from this site ('self').
  vite: { build: { assetsInlineLimit: 0 } },
  image: {
    remotePatterns: [
      { protocol: mediaBase.protocol.replace(':', ''), hostname: mediaBase.hostname, ...(mediaBase.port ? { port: mediaBase.port } : {}) },
    ],
  },
  integrations: previewServerDir ? [previewRoutes()] : staticIntegrations(),
});
