/** Polls a URL until it answers with one of `okStatuses`, or fails after `timeoutMs`. */
export async function waitForUrl(
  url: string,
  options: { timeoutMs: number; okStatuses?: number[]; isAlive?: () => boolean },
): Promise<void> {
  const ok = options.okStatuses ?? [200, 204];
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (options.isAlive && !options.isAlive()) throw new Error(`the process behind ${url} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (ok.includes(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${Math.round(options.timeoutMs / 1000)} s`);
}
