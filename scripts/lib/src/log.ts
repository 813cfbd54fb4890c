/** Progress output of the operational commands: one style, always to stdout. */
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

export const step = (message: string) => console.log(`${bold('[wsd]')} ${message}`);
export const detail = (message: string) => console.log(`${dim('      ')}${message}`);
export const fail = (message: string, next?: string) => {
  console.error(`${bold('[wsd]')} ✗ ${message}`);
  if (next) console.error(`      → ${next}`);
};
export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
