import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const UPLOAD_PATHS = [/^\/upload(\/|$)/, /^\/api\/upload(\/|$)/];

/** "12 MB" for the configured limit in bytes. */
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Dutch message that names the file (when known), the limit and what to do. */
export function tooLargeMessage(limitBytes: number, fileName?: string): string {
  const what = fileName ? `Het bestand "${fileName}"` : 'Het bestand';
  return `${what} is te groot: de grens is ${megabytes(limitBytes)}. Verklein de afbeelding (2000 pixels breed is genoeg) of comprimeer de PDF en upload opnieuw.`;
}

/** The file name in the upload plugin's English error "<name> exceeds size limit of …" (the body parser's 413 names none). */
function fileNameOf(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return /^(.+) exceeds size limit of /.exec(message)?.[1];
}

/**
 * Uploads larger than UPLOAD_SIZE_LIMIT_MB are refused by Strapi in English; editors get
 * the same refusal (413) in Dutch, naming the file and what to do about it.
 */
const uploadSizeLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const limit = strapi.config.get('plugin::upload.sizeLimit') as number;
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || !UPLOAD_PATHS.some((pattern) => pattern.test(ctx.path))) return next();
    try {
      await next();
    } catch (error) {
      if ((error as { status?: number }).status === 413 || error instanceof errors.PayloadTooLargeError) {
        throw new errors.PayloadTooLargeError(tooLargeMessage(limit, fileNameOf(error)));
      }
      throw error;
    }
    if (ctx.status === 413) throw new errors.PayloadTooLargeError(tooLargeMessage(limit));
  };
};

export default uploadSizeLimit;
