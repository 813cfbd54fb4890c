/**
 * The load generator of the CMS API benchmark, run as its own process so it does not
 * share a CPU queue with the caller:
 *   BENCH_API_TOKEN=… node api-load-worker.ts <urls-json-file> <connections> <seconds>
 * Requests the given URLs round-robin and prints autocannon's result as one JSON line.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const [file, connections, seconds] = process.argv.slice(2);
const urls = JSON.parse(readFileSync(file!, 'utf8')) as string[];
let next = 0;
const first = new URL(urls[0]!);
const result = await autocannon({
  url: first.origin,
  connections: Number(connections),
  duration: Number(seconds),
  headers: { Authorization: `Bearer ${process.env.BENCH_API_TOKEN ?? ''}` },
  requests: [
    {
      setupRequest: (request) => {
        const url = new URL(urls[next++ % urls.length]!);
        return { ...request, path: `${url.pathname}${url.search}` };
      },
    },
  ],
});
console.log(JSON.stringify(result));
