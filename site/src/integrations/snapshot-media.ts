import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
};

/**
 * Offline builds: when WSD_SNAPSHOT is set, serves the snapshot's uploads on a loopback
 * port for the length of the build, so astro:assets can fetch and optimise them exactly
 * as it does from a live CMS. MEDIA_BASE_URL points the pages at that server.
 */
export function snapshotMedia(): AstroIntegration {
  let server: Server | undefined;
  return {
    name: 'wsd:snapshot-media',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        const snapshot = process.env.WSD_SNAPSHOT;
        if (!snapshot) return;
        const root = path.join(path.dirname(snapshot), 'uploads');
        server = createServer((req, res) => {
          const file = path.join(root, path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
          if (!existsSync(file)) return void res.writeHead(404).end();
          res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
          createReadStream(file).pipe(res);
        });
        await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
        const address = server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        process.env.MEDIA_BASE_URL = `http://127.0.0.1:${port}`;
        updateConfig({ image: { remotePatterns: [{ protocol: 'http', hostname: '127.0.0.1', port: String(port) }] } });
      },
      'astro:build:done': async () => {
        await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      },
    },
  };
}
