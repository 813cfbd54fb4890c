/**
 * Build-time settings from the environment, read in one place. Media paths from the CMS
 * ("/uploads/…") are fetched from MEDIA_BASE_URL for image processing; downloads (PDFs)
 * link to PUBLIC_MEDIA_URL, the address visitors can reach. Empty values count as unset.
 */

/** The CMS address: CMS_URL, else the local CMS on PORT (default 1337). */
export function cmsUrlFrom(env: Record<string, string | undefined>): string {
  return env.CMS_URL || `http://127.0.0.1:${env.PORT || '1337'}`;
}

export const siteEnv = {
  get mediaBaseUrl() {
    return (process.env.MEDIA_BASE_URL || cmsUrlFrom(process.env)).replace(/\/$/, '');
  },
  get publicMediaUrl() {
    return (process.env.PUBLIC_MEDIA_URL || process.env.CMS_PUBLIC_URL || cmsUrlFrom(process.env)).replace(/\/$/, '');
  },
};
