/**
 * The importer talks to the running CMS as an editor does: through the admin API (the
 * content manager and the media library), logged in with an admin account. So the
 * CMS's validation, the region rules of that account and the publish webhooks all apply
 * to imported entries exactly as to typed ones.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toQueryString } from '@wsd/shared-types';

/** A refused admin API request, with the request and the CMS's own message. */
export class CmsRequestError extends Error {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: unknown;
  constructor(method: string, url: string, status: number, body: unknown) {
    super(`${method} ${url} → HTTP ${status}: ${messageOf(body)}`);
    this.name = 'CmsRequestError';
    this.method = method;
    this.url = url;
    this.status = status;
    this.body = body;
  }

  /** The field errors Strapi sent with a 400 (path and message per field). */
  get fieldErrors(): { path: string[]; message: string }[] {
    const details = (this.body as { error?: { details?: { errors?: { path: string[]; message: string }[] } } })?.error?.details;
    return details?.errors ?? [];
  }
}

function messageOf(body: unknown): string {
  const error = (body as { error?: { message?: string } })?.error;
  return error?.message ?? (typeof body === 'string' ? body.slice(0, 300) : JSON.stringify(body).slice(0, 300));
}

export type Doc = { id: number; documentId: string; publishedAt?: string | null; [field: string]: unknown };
export type UploadedFile = {
  id: number;
  name: string;
  url: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
};

export type CmsClient = ReturnType<typeof createCmsClient>;

export async function adminToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(new URL('/admin/login', cmsUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }).catch((cause: unknown) => {
    throw new Error(`De CMS op ${cmsUrl} antwoordt niet; start hem eerst (npm start) of geef --cms-url op.`, { cause });
  });
  const body = (await response.json().catch(() => ({}))) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token)
    throw new CmsRequestError('POST', new URL('/admin/login', cmsUrl).toString(), response.status, body);
  return body.data.token;
}

export function createCmsClient(cmsUrl: string, token: string) {
  const request = async <T>(method: string, pathname: string, body?: unknown): Promise<T> => {
    const url = new URL(pathname, cmsUrl).toString();
    const isForm = body instanceof FormData;
    const response = await fetch(url, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined || isForm ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (!response.ok) throw new CmsRequestError(method, url, response.status, parsed);
    return parsed as T;
  };
  const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

  return {
    /** Every entry of a type (its draft version, as the list view shows it), paged through. */
    async findAll(uid: string): Promise<Doc[]> {
      const all: Doc[] = [];
      for (let page = 1; ; page++) {
        const found = await request<{ results: Doc[]; pagination: { pageCount: number } }>(
          'GET',
          `${collection(uid)}?${toQueryString({ page, pageSize: 100 })}`,
        );
        all.push(...found.results);
        if (page >= found.pagination.pageCount) return all;
      }
    },
    create: (uid: string, data: Record<string, unknown>) => request<{ data: Doc }>('POST', collection(uid), data).then((r) => r.data),
    update: (uid: string, documentId: string, data: Record<string, unknown>) =>
      request<{ data: Doc }>('PUT', `${collection(uid)}/${documentId}`, data).then((r) => r.data),
    publish: (uid: string, documentId: string) =>
      request<{ data: Doc }>('POST', `${collection(uid)}/${documentId}/actions/publish`, {}).then((r) => r.data),
    /** Publishes several drafts of one type in one transaction (all or none), as the list view's bulk action does. */
    bulkPublish: (uid: string, documentIds: string[]) =>
      request<{ count: number }>('POST', `${collection(uid)}/actions/bulkPublish`, { documentIds }).then((r) => r.count),
    /** Media-library files whose name is exactly `name`. */
    filesNamed: (name: string) =>
      request<{ results: UploadedFile[] }>(
        'GET',
        `/upload/files?${toQueryString({ filters: { name: { $eq: name } }, pageSize: 10 })}`,
      ).then((r) => r.results),
    async upload(file: string, info: { name: string; alternativeText: string; caption?: string }): Promise<UploadedFile> {
      const form = new FormData();
      form.append('files', new Blob([await readFile(file)]), path.basename(file));
      form.append('fileInfo', JSON.stringify(info));
      const uploaded = await request<UploadedFile[]>('POST', '/upload', form);
      return uploaded[0]!;
    },
    /** Changes a file's alt text or caption (not the file itself). */
    async updateFileInfo(id: number, info: { name: string; alternativeText: string; caption?: string }): Promise<UploadedFile> {
      const form = new FormData();
      form.append('fileInfo', JSON.stringify(info));
      return request<UploadedFile>('POST', `/upload?id=${id}`, form);
    },
  };
}
