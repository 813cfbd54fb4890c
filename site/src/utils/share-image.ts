import { getImage } from 'astro:assets';
import type { Image } from '@wsd/shared-types';
import { mediaSource } from './media.ts';
import { absolute } from './urls.ts';

/** Share images are 1200 px wide JPEGs (what Open Graph readers expect), height in proportion. */
const SHARE_WIDTH = 1200;

/** The image a page shares: the editor's SEO share image, else the page's own first image. */
export function shareSource(
  seo: { shareImage?: Image | null } | null | undefined,
  ...own: (Image | null | undefined)[]
): Image | undefined {
  return seo?.shareImage ?? own.find((image): image is Image => Boolean(image));
}

/** The absolute URL of a page's share image (og:image), made from a CMS image at build time. */
export async function shareImageUrl(image: Image | null | undefined, site: URL | undefined): Promise<string | undefined> {
  if (!image) return undefined;
  const height = Math.round(((image.file.height ?? 630) * SHARE_WIDTH) / (image.file.width ?? SHARE_WIDTH));
  const built = await getImage({
    src: mediaSource(image.file.url),
    width: SHARE_WIDTH,
    height,
    format: 'jpeg',
  });
  return absolute(built.src, site);
}
