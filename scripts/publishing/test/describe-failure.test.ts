import { describe, expect, it } from 'vitest';
import { describeFailure } from '../src/publisher.ts';

describe('describeFailure: what /status says about a failed build', () => {
  it('a full disk says where and what to do', () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write '/srv/wsd/releases/x/index.html'"), { code: 'ENOSPC' });
    expect(describeFailure(error, '/srv/wsd/releases')).toBe(
      'No space left on the disk of /srv/wsd/releases: free space there, then run `npm run publish:rebuild`. The live site is unchanged.',
    );
    expect(describeFailure(new Error('astro build failed\n[ENOSPC] write failed'), '/r')).toMatch(/^No space left on the disk of \/r/);
  });

  it('an unreachable CMS gives the loader line, not the stack trace after it', () => {
    const output = [
      '[StrapiRequestError] The CMS did not answer at http://127.0.0.1:1337/api/themas?x=1. Is it running (npm start) and is CMS_URL right?',
      '  Stack trace:',
      '    at getJson (site/src/loaders/strapi/http-client.ts:33:16)',
      '  Caused by:',
      '  fetch failed',
    ].join('\n');
    expect(describeFailure(new Error(output), '/r')).toBe(
      'The CMS did not answer at http://127.0.0.1:1337/api/themas?x=1. Is it running (npm start) and is CMS_URL right?',
    );
  });

  it('an invalid entry is named; anything else keeps the last lines', () => {
    const invalid = 'x\nNieuwsbericht "kapot" (documentId abc): field "lead" is required\nmore';
    expect(describeFailure(new Error(invalid), '/r')).toBe('Nieuwsbericht "kapot" (documentId abc): field "lead" is required');
    const other = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');
    expect(describeFailure(new Error(other), '/r')).toBe(Array.from({ length: 8 }, (_, i) => `line ${i + 4}`).join('\n'));
  });
});
