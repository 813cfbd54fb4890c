/** A request to the CMS failed: carries the URL, the HTTP status (if any) and the cause. */
export class StrapiRequestError extends Error {
  override name = 'StrapiRequestError';
  readonly url: string;
  readonly status: number | undefined;
  constructor(message: string, url: string, status?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.url = url;
    this.status = status;
  }
}

/** An entry from the CMS does not match the content model: names type, entry and field. */
export class StrapiValidationError extends Error {
  override name = 'StrapiValidationError';
  readonly contentType: string;
  readonly documentId: string;
  readonly slug: string | undefined;
  readonly field: string;
  readonly problem: string;
  constructor(contentType: string, documentId: string, slug: string | undefined, field: string, problem: string) {
    super(
      `${contentType} ${slug ? `"${slug}" ` : ''}(documentId ${documentId}): field "${field}" ${problem}. Fix this entry in the CMS and publish again.`,
    );
    this.contentType = contentType;
    this.documentId = documentId;
    this.slug = slug;
    this.field = field;
    this.problem = problem;
  }
}
