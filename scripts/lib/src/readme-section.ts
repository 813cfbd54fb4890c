import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export const README = path.join(ROOT, 'README.md');

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in the README
 * with `content` (a report command's latest output).
 */
export function replaceReadmeSection(name: string, content: string, file = README): void {
  const [open, close] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const readme = readFileSync(file, 'utf8');
  const [start, end] = [readme.indexOf(open), readme.indexOf(close)];
  if (start < 0 || end < start) throw new Error(`${path.basename(file)} lacks the ${open} … ${close} markers`);
  writeFileSync(file, `${readme.slice(0, start)}${open}\n${content.trimEnd()}\n${readme.slice(end)}`);
}
