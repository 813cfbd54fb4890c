import type { Core } from '@strapi/strapi';
import { PUBLISH_EVENTS } from './webhook';

/**
 * The serverless alternative to the publishing service: on the same events, ask GitHub to
 * run .github/workflows/deploy.yml (repository_dispatch). Strapi's own webhook cannot send
 * GitHub's body format ({"event_type": …}), so this small listener does it, debounced so
 * a bulk edit starts one workflow run. Active only when GITHUB_DISPATCH_REPO and
 * GITHUB_DISPATCH_TOKEN are set.
 */
export function registerGithubDispatch(strapi: Core.Strapi): boolean {
  const repo = process.env.GITHUB_DISPATCH_REPO;
  const token = process.env.GITHUB_DISPATCH_TOKEN;
  if (!repo || !token) return false;
  const api = process.env.GITHUB_API_URL || 'https://api.github.com';
  const debounceMs = Number(process.env.GITHUB_DISPATCH_DEBOUNCE_MS || 5000);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const dispatch = async () => {
    timer = undefined;
    const response = await fetch(`${api}/repos/${repo}/dispatches`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'Content-Type': 'application/json',
        'User-Agent': 'wsd-cms',
      },
      body: JSON.stringify({ event_type: 'strapi-publish' }),
      signal: AbortSignal.timeout(10_000),
    }).catch((error: unknown) => error as Error);
    if (response instanceof Error || !response.ok) {
      strapi.log.error(
        `GitHub dispatch to ${repo} failed (${response instanceof Error ? response.message : response.status}); the scheduled deploy run will catch up.`,
      );
    }
  };
  for (const event of PUBLISH_EVENTS) {
    strapi.eventHub.on(event, async () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void dispatch(), debounceMs);
    });
  }
  return true;
}
