import { StrapiRequestError } from '../loaders/strapi/errors.ts';

/** Downloads a file from the CMS (uploads are public; no token needed). */
export async function getBytes(url: string): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch((cause: unknown) => {
    throw new StrapiRequestError(`Could not download ${url}`, url, undefined, { cause });
  });
  if (!response.ok) throw new StrapiRequestError(`Download of ${url} answered ${response.status}`, url, response.status);
  return Buffer.from(await response.arrayBuffer());
}
