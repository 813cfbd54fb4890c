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
 * Offline builds: serves the snapshot's uploads on the build configuration's media address
 * (a fixed loopback port, so the image cache stays valid between builds) for the length
 * of the build, so astro:assets fetches and optimises them exactly as from a live CMS.
 */
export function snapshotMedia(snapshot: string, mediaBase: URL): AstroIntegration {
  let server: Server | undefined;
  return {
    name: 'wsd:snapshot-media',
    hooks: {
      'astro:config:setup': async () => {
        const root = path.join(path.dirname(snapshot), 'uploads');
        server = createServer((req, res) => {
          const file = path.join(root, path.basename(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
          if (!existsSync(file)) return void res.writeHead(404).end();
          res.writeHead(200, { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
          createReadStream(file).pipe(res);
        });
        await new Promise<void>((resolve, reject) => {
          server!.once('error', (error) =>
            reject(
              new Error(
                `The snapshot's media server cannot listen on ${mediaBase.host} (set WSD_SNAPSHOT_MEDIA_PORT to a free port): ${String(error)}`,
              ),
            ),
          );
          server!.listen(Number(mediaBase.port), mediaBase.hostname, resolve);
        });
      },
      'astro:build:done': async () => {
        await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      },
    },
  };
}
