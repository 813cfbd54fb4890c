/**
 * The live pages (and scheduled publishes) of the rows of a list view, asked for in one request per list (each row's
 * cell asks for its own; the asks of one render are gathered for a moment and sent together).
 */
type Get = <T>(url: string) => Promise<{ data: T }>;

const GATHER_MS = 20;
/** A link stays known this long; a publish elsewhere shows up on the next visit of the list. */
const KEEP_MS = 10_000;

/** A row's place on the site: its live page, and when it is scheduled to be published. */
export type RowStatus = { url: string | null; scheduledAt: string | null };
const NOTHING: RowStatus = { url: null, scheduledAt: null };

const known = new Map<string, { at: number; status: Promise<RowStatus> }>();
const waiting = new Map<string, Map<string, (status: RowStatus) => void>>();

async function send(get: Get, model: string) {
  const asked = waiting.get(model);
  waiting.delete(model);
  if (!asked) return;
  const ids = [...asked.keys()];
  try {
    const query = new URLSearchParams({ documentIds: ids.join(',') });
    const { data } = await get<{ links: Record<string, string | null>; scheduled?: Record<string, string> }>(
      `/wsd-publishing/links/${encodeURIComponent(model)}?${query}`,
    );
    for (const [id, resolve] of asked) resolve({ url: data.links[id] ?? null, scheduledAt: data.scheduled?.[id] ?? null });
  } catch {
    for (const resolve of asked.values()) resolve(NOTHING);
  }
}

/** The public URL of one entry (null when the live site has no page for it) and its scheduled publish. */
export function rowStatus(get: Get, model: string, documentId: string): Promise<RowStatus> {
  const key = `${model}:${documentId}`;
  const cached = known.get(key);
  if (cached && Date.now() - cached.at < KEEP_MS) return cached.status;
  const status = new Promise<RowStatus>((resolve) => {
    if (!waiting.has(model)) {
      waiting.set(model, new Map());
      setTimeout(() => void send(get, model), GATHER_MS);
    }
    waiting.get(model)!.set(documentId, resolve);
  });
  known.set(key, { at: Date.now(), status });
  return status;
}
