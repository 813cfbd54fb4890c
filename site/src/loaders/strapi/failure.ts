import { writeFileSync } from 'node:fs';
import type { BuildFailure } from '@wsd/shared-types';
import { StrapiRequestError, StrapiValidationError } from './errors.ts';

/** The failure as data, for the publishing service (undefined for errors that are not the content's or the CMS's). */
export function describeFailure(error: unknown): BuildFailure | undefined {
  if (error instanceof StrapiValidationError) {
    return {
      kind: 'invalid-entry',
      contentType: error.contentType,
      documentId: error.documentId,
      ...(error.slug ? { slug: error.slug } : {}),
      field: error.field,
      problem: error.problem,
      message: error.message,
    };
  }
  if (error instanceof StrapiRequestError) {
    return { kind: 'cms-unreachable', url: error.url, ...(error.status ? { status: error.status } : {}), message: error.message };
  }
  return undefined;
}

/** Writes the first failure of a build to `file` (later ones add nothing: the first is the cause). */
export function reportFailure(file: string | undefined, error: unknown): void {
  const failure = describeFailure(error);
  if (!file || !failure) return;
  try {
    writeFileSync(file, JSON.stringify(failure), { flag: 'wx' });
  } catch {
    // Another collection failed first: its failure is the one reported.
  }
}
