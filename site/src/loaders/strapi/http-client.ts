import { StrapiRequestError } from './errors.ts';

export type HttpOptions = {
  /** Bearer token (the read-only site token). */
  token?: string;
  /** Time allowed for one attempt. */
  timeoutMs?: number;
  /** Attempts after the first one, for network errors, 429 and 5xx. */
  retries?: number;
  /** First backoff; doubles per attempt. */
  backoffMs?: number;
  /** Sees the successful response before its body is read (e.g. for its Date header). */
  onResponse?: (response: Response) => void;
};

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs JSON from the CMS. Transient failures (network, timeout, 429, 5xx) are retried with
 * exponential backoff; a 4xx is final. Errors carry the URL and status and say what to do.
 */
export async function getJson(url: string, options: HttpOptions = {}): Promise<unknown> {
  const { token, timeoutMs = 15_000, retries = 3, backoffMs = 500, onResponse } = options;
  let lastError: StrapiRequestError | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(backoffMs * 2 ** (attempt - 1));
    let response: Response;
    try {
      response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      lastError = new StrapiRequestError(
        `The CMS did not answer at ${url}. Is it running (npm start) and is CMS_URL right?`,
        url,
        undefined,
        { cause },
      );
      continue;
    }
    if (response.ok) {
      onResponse?.(response);
      return response.json();
    }
    const body = await response.text().catch(() => '');
    const error = new StrapiRequestError(
      `The CMS answered ${response.status} for ${url}: ${body.slice(0, 300)}${hint(response.status)}`,
      url,
      response.status,
    );
    if (!RETRYABLE.has(response.status)) throw error;
    lastError = error;
  }
  throw lastError ?? new StrapiRequestError(`Request to ${url} failed`, url);
}

function hint(status: number): string {
  if (status === 401 || status === 403) return ' (check SITE_API_TOKEN: the site needs the site token from .env)';
  if (status === 404) return ' (is this content type published and the CMS up to date?)';
  return '';
}
