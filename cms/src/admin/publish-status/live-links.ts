/**
 * The live pages of the rows of a list view, asked for in one request per list (each row's
 * cell asks for its own; the asks of one render are gathered for a moment and sent together).
 */
type Get = <T>(url: string) => Promise<{ data: T }>;

const GATHER_MS = 20;
/** A link stays known this long; a publish elsewhere shows up on the next visit of the list. */
const KEEP_MS = 10_000;

const known = new Map<string, { at: number; url: Promise<string | null> }>();
const waiting = new Map<string, Map<string, (url: string | null) => void>>();

async function send(get: Get, model: string) {
  const asked = waiting.get(model);
  waiting.delete(model);
  if (!asked) return;
  const ids = [...asked.keys()];
  try {
    const query = new URLSearchParams({ documentIds: ids.join(',') });
    const { data } = await get<{ links: Record<string, string | null> }>(`/wsd-publishing/links/${encodeURIComponent(model)}?${query}`);
    for (const [id, resolve] of asked) resolve(data.links[id] ?? null);
  } catch {
    for (const resolve of asked.values()) resolve(null);
  }
}

/** The public URL of one published entry, or null when the live site has no page for it. */
export function liveLink(get: Get, model: string, documentId: string): Promise<string | null> {
  const key = `${model}:${documentId}`;
  const cached = known.get(key);
  if (cached && Date.now() - cached.at < KEEP_MS) return cached.url;
  const url = new Promise<string | null>((resolve) => {
    if (!waiting.has(model)) {
      waiting.set(model, new Map());
      setTimeout(() => void send(get, model), GATHER_MS);
    }
    waiting.get(model)!.set(documentId, resolve);
  });
  known.set(key, { at: Date.now(), url });
  return url;
}
