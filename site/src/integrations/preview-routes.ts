import type { AstroIntegration } from 'astro';

/**
 * The on-request preview routes. Added only to the preview server build (see
 * astro.config.ts), so no preview page can end up in the static site.
 */
export function previewRoutes(): AstroIntegration {
  return {
    name: 'wsd-preview-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/preview/[kind]/[documentId]',
          entrypoint: new URL('../preview/PreviewPage.astro', import.meta.url),
          prerender: false,
        });
      },
    },
  };
}
