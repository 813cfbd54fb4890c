/**
 * Build-time settings from the environment, read in one place. Media paths from the CMS
 * ("/uploads/…") are fetched from MEDIA_BASE_URL for image processing; downloads (PDFs)
 * link to PUBLIC_MEDIA_URL, the address visitors can reach.
 */
const cmsUrl = process.env.CMS_URL || `http://127.0.0.1:${process.env.PORT || '1337'}`;

export const siteEnv = {
  get mediaBaseUrl() {
    return (process.env.MEDIA_BASE_URL || cmsUrl).replace(/\/$/, '');
  },
  get publicMediaUrl() {
    return (process.env.PUBLIC_MEDIA_URL || process.env.CMS_PUBLIC_URL || cmsUrl).replace(/\/$/, '');
  },
};
