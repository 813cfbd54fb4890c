/** Largest accepted upload in bytes, from UPLOAD_SIZE_LIMIT_MB (20 MB unless set). Used by the upload plugin and the body parser. */
export function uploadSizeLimitBytes(env: { int(name: string, fallback: number): number }): number {
  return env.int('UPLOAD_SIZE_LIMIT_MB', 20) * 1024 * 1024;
}
