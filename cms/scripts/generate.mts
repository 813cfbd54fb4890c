/**
 * Synthetic content for scale tests and benchmarks:
 *   npm run generate -- --count 1000 [--seed 42] [--serve]
 * Boots the CMS in-process (no admin panel) on the configured database, makes sure the
 * demo content exists, then inserts N news items plus proportional events and dossier
 * articles. Deterministic per seed; re-running with the same seed adds nothing. With
 * --serve it then keeps running as the CMS (the benchmarks use this: one boot, no admin).
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
const { SingleBar, Presets } = require('cli-progress') as typeof import('cli-progress');

const { values } = parseArgs({
  // pnpm and npm may pass a literal "--" on before the options.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    serve: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || count > 20000) {
  console.error(`--count must be a whole number from 0 to 20000 (got "${values.count}").`);
  process.exit(2);
}

if (process.env.NODE_ENV === 'production') {
  console.error('Synthetic content is never generated into a production CMS (NODE_ENV=production).');
  process.exit(2);
}
const context = await compileStrapi();
const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
const { ensureDemoEnvironment } = require(
  `${context.distDir}/src/seed/demo-environment.js`,
) as typeof import('../src/seed/demo-environment.ts');
await ensureDemoEnvironment(app);
const { generateSynthetic, planFor } = require(`${context.distDir}/src/seed/synthetic.js`) as typeof import('../src/seed/synthetic.ts');
const plan = planFor(count);
console.log(`Generating ${plan.news} news items, ${plan.events} events and ${plan.dossier} dossier articles (seed ${seed})…`);
// Without a terminal (a child of the benchmarks) the bar prints a line every 5 s instead.
const bar = new SingleBar(
  { format: ' {bar} {percentage}% | {value}/{total} | ETA {eta_formatted}', noTTYOutput: true, notTTYSchedule: 5000 },
  Presets.shades_classic,
);
bar.start(plan.news + plan.events + plan.dossier, 0);
const started = Date.now();
await generateSynthetic(app, { count, seed, onProgress: (done: number) => bar.update(done) });
bar.stop();
console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (values.serve) {
  await app.listen();
  console.log('CMS ready');
} else {
  await app.destroy();
}
