import { siteConfig } from './build-config.ts';

/** Absolute URL to fetch a CMS media path at build time (for astro:assets). */
export function mediaSource(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${siteConfig().mediaBaseUrl}${url}`;
}

/** Absolute URL visitors use to download a CMS file (PDF). */
export function downloadUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${siteConfig().publicMediaUrl}${url}`;
}

/** "123.4" kB → "123 kB" / "1,2 MB". */
export function formatFileSize(kilobytes: number): string {
  return kilobytes >= 1000 ? `${(kilobytes / 1000).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(kilobytes))} kB`;
}
