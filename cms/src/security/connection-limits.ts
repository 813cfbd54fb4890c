import type { Server } from 'node:http';

/** Node's defaults let a client trickle headers for minutes; these bound every request. */
export const HTTP_SERVER_OPTIONS = {
  /** The request head must arrive within 15 s. */
  headersTimeout: 15_000,
  /** A whole request (an upload of 20 MB on a slow line included) within 5 minutes. */
  requestTimeout: 300_000,
  /** Idle keep-alive connections close after 5 s. */
  keepAliveTimeout: 5_000,
  /** How often Node checks the two timeouts above (default 30 s). */
  connectionsCheckingInterval: 1_000,
};

/**
 * Caps the connections one client address holds at once (further ones are closed as they
 * arrive). Behind nginx every client is 127.0.0.1, so nginx's own `limit_conn` does this
 * there; this covers a CMS reached directly.
 */
export function capConnectionsPerClient(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) return void socket.destroy();
    open.set(address, count);
    socket.once('close', () => open.set(address, (open.get(address) ?? 1) - 1));
  });
}

/** MAX_CONNECTIONS_PER_CLIENT (default 256), refused with a clear error when it is not a whole number. */
export function maxConnectionsPerClient(value = process.env.MAX_CONNECTIONS_PER_CLIENT): number {
  if (value === undefined || value === '') return 256;
  const max = Number(value);
  if (!Number.isInteger(max) || max < 1)
    throw new Error(`MAX_CONNECTIONS_PER_CLIENT must be a whole number of connections, got "${value}".`);
  return max;
}
