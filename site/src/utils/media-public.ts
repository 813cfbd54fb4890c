import { isSafeHref } from '@wsd/shared-types';
import { downloadUrl } from './media.ts';

/** A rich-text image URL visitors can load: an absolute http(s) URL or an upload path; else undefined. */
export function mediaSourceOrPublic(url: string): string | undefined {
  if (!/^(https?:\/\/|\/(?!\/))/i.test(url) || !isSafeHref(url)) return undefined;
  return downloadUrl(url);
}
