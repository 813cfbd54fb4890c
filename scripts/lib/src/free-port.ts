import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, chosen by the kernel. A random port from a range
 * can be in use (client sockets take ports from the same ephemeral range), which failed CI.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
    server.on('error', reject);
  });
}
