import { hashInputs } from '@wsd/ops-lib/input-hash';

/**
 * What the site's pages are made with: the site's code and configuration, the content
 * model, the publishing code and the locked dependencies. When the digest differs from the
 * live release's, the next build is full (Astro also notices most of it per page; this is
 * the safety net for what it cannot see, such as a change in how the loader reads).
 */
const INPUTS = [
  'site/src/**/*',
  'site/astro.config.ts',
  'site/package.json',
  'site/public/**/*',
  'shared-types/src/**/*',
  'scripts/publishing/src/**/*',
  'pnpm-lock.yaml',
];

export const publishingInputs = (): string => hashInputs(INPUTS);
