declare namespace App {
  interface Locals {
    /** Set by the preview route: components render for an on-request draft preview. */
    wsdPreview?: boolean;
    /** Given by the publishing service to the preview server: where and how to read drafts. */
    wsdCms?: { url: string; token: string };
  }
}
