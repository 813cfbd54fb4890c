/**
 * The local URLs that follow from the two ports. `npm start` fills in every one that is
 * not set, so `PORT=1338 SITE_PORT=4322 npm start` moves all of them; one that is set
 * explicitly to a loopback address on another port is refused with what to change.
 */
type Env = Record<string, string | undefined>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Each derived variable, from the CMS origin and the site origins (127.0.0.1 and localhost). */
export function derivedUrls(env: Env): Record<string, string> {
  const host = !env.HOST || env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
  const cms = `http://${host}:${env.PORT || '1337'}`;
  const sitePort = env.SITE_PORT || '4321';
  const site = `http://127.0.0.1:${sitePort}`;
  const siteOrigins = `${site},http://localhost:${sitePort}`;
  return {
    CMS_URL: cms,
    SITE_URL: site,
    PREVIEW_URL: site,
    PUBLISH_WEBHOOK_URL: `${site}/hooks/strapi`,
    PUBLISH_SERVICE_URL: site,
    CORS_ORIGINS: siteOrigins,
    PREVIEW_ORIGINS: siteOrigins,
  };
}

/** The port a loopback URL points at, or undefined for another host (a real domain is left alone). */
function loopbackPort(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!LOOPBACK.has(parsed.hostname)) return undefined;
    return parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  } catch {
    return undefined;
  }
}

/** Variables set to a loopback URL on another port than the one `npm start` uses for them. */
export function portConflicts(env: Env): string[] {
  const derived = derivedUrls(env);
  const problems: string[] = [];
  for (const [name, expected] of Object.entries(derived)) {
    const value = env[name];
    if (!value) continue;
    const wantedPort = loopbackPort(expected.split(',')[0]!);
    for (const url of value.split(',').map((v) => v.trim())) {
      const port = loopbackPort(url);
      if (port && wantedPort && port !== wantedPort) {
        const source = name === 'CMS_URL' ? 'PORT' : 'SITE_PORT';
        problems.push(
          `${name}=${value} points at port ${port}, but ${source} is ${wantedPort}: remove ${name} from .env (it is derived) or set it to match`,
        );
        break;
      }
    }
  }
  return problems;
}

/** `env` with every derived URL filled in where it is not set; throws on a port conflict. */
export function withDerivedUrls(env: Env): Env {
  const problems = portConflicts(env);
  if (problems.length > 0) throw new Error(`The ports and URLs disagree:\n  ${problems.join('\n  ')}`);
  const filled: Env = { ...env };
  for (const [name, value] of Object.entries(derivedUrls(env))) if (!filled[name]) filled[name] = value;
  return filled;
}
