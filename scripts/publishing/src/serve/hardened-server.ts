import { createServer, type RequestListener, type Server } from 'node:http';
import type { Socket } from 'node:net';

export type Limits = {
  /** The whole request head must arrive within this time (slow-header clients are cut off). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this time. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** Open connections one client address may hold at once; further ones are closed at once. */
  maxConnectionsPerClient: number;
};

/**
 * For a site, webhook and preview server: heads in 10 s, bodies (at most 1 MB of webhook)
 * in 30 s. 256 connections per address leave room for a busy office behind one NAT and
 * for the load tests, and stop one client from holding thousands of sockets.
 */
export const DEFAULT_LIMITS: Limits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnectionsPerClient: 256,
};

/** Closes a client's connections beyond `max` as they arrive; counts drop when they close. */
export function limitConnectionsPerClient(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/**
 * An HTTP server with timeouts for headers, bodies and idle keep-alive (Node's defaults
 * let a client trickle a header line every few seconds for minutes) and a cap on
 * connections per client address. Every server the publishing side runs is made here.
 */
export function createHardenedServer(listener: RequestListener, limits: Limits = DEFAULT_LIMITS): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (default 30 s).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    listener,
  );
  limitConnectionsPerClient(server, limits.maxConnectionsPerClient);
  return server;
}
