import { z } from 'zod';
import { CONTENT_TYPES, type CollectionName } from './model.ts';

const collectionNames = Object.keys(CONTENT_TYPES) as [CollectionName, ...CollectionName[]];

/**
 * Everything one `astro build` of the site needs, in one typed place. The publishing
 * service writes it as JSON (WSD_BUILD_CONFIG=<file>); a standalone build
 * (`npm run build:site`, the tests) makes the same object from the environment.
 */
export const buildConfig = z.object({
  /** Where the build reads the CMS, e.g. http://127.0.0.1:1337. */
  cmsUrl: z.url(),
  /** The site's API token (SITE_API_TOKEN); empty for a snapshot build. */
  token: z.string(),
  /** Public URL of the site: canonical links, sitemap, feeds. */
  siteUrl: z.url(),
  /** Where the build fetches CMS images for processing. */
  mediaBaseUrl: z.url(),
  /** Where visitors download CMS files (PDFs). */
  publicMediaUrl: z.url(),
  /** Output folder; the default is Astro's own (site/dist). */
  outDir: z.string().optional(),
  /** Astro's cache (content store, incremental pages, images); the default is site/node_modules/.astro. */
  cacheDir: z.string().optional(),
  /**
   * Keep the output folder between builds (the publishing service): unchanged pages stay
   * where they are, pages that no longer exist are removed, and the build lists its files.
   */
  keepOutDir: z.boolean().default(false),
  /** Build from this snapshot file instead of the live CMS. */
  snapshot: z.string().optional(),
  /**
   * `incremental`: read only entries changed since the last build (with their changed
   * relations and media), plus `removed`; `full`: every entry.
   */
  sync: z.enum(['incremental', 'full']).default('full'),
  /** documentIds the CMS reported unpublished or deleted since the last build, per collection. */
  removed: z.partialRecord(z.enum(collectionNames), z.array(z.string())).default({}),
  /** `build`: Pagefind indexes the site at the end of the build; `service`: the publishing service keeps the index. */
  searchIndex: z.enum(['build', 'service']).default('build'),
  /** Where the build writes what it did (phase times, pages), as JSON (`BuildReport`). */
  reportFile: z.string().optional(),
  /** Where a failed build writes what failed (the entry and field at fault), as JSON (`BuildFailure`). */
  failureFile: z.string().optional(),
});

export type BuildConfig = z.infer<typeof buildConfig>;
export type BuildConfigInput = z.input<typeof buildConfig>;

/** What a build reports about itself (written to `reportFile`). */
export const buildReport = z.object({
  /** Reading the CMS into the content layer. */
  syncMs: z.number(),
  /** Bundling the pages and rendering the changed ones. */
  renderMs: z.number(),
  /** Sitemap (and the search index in `build` mode). */
  finishMs: z.number(),
  /** Every page of the site (rendered and restored). */
  pages: z.number(),
});
export type BuildReport = z.infer<typeof buildReport>;

/** Why a build failed, as data (written to `failureFile`): the publisher shows it without reading the build's log. */
export const buildFailure = z.discriminatedUnion('kind', [
  z.object({
    /** An entry does not match the content model. */
    kind: z.literal('invalid-entry'),
    /** The content type's Dutch label, e.g. "Nieuwsbericht". */
    contentType: z.string(),
    documentId: z.string(),
    slug: z.string().optional(),
    /** The field at fault (dotted path). */
    field: z.string(),
    problem: z.string(),
    message: z.string(),
  }),
  z.object({
    /** The CMS could not be read (down, wrong address or token). */
    kind: z.literal('cms-unreachable'),
    url: z.string(),
    status: z.number().optional(),
    message: z.string(),
  }),
]);
export type BuildFailure = z.infer<typeof buildFailure>;
