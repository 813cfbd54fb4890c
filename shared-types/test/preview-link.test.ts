import { describe, expect, it } from 'vitest';
import { isValidPreviewLink, PREVIEW_LINK_TTL_SECONDS, signPreviewPath } from '../src/preview-link.ts';

const secret = 'preview-secret-for-tests';
const path = '/preview/nieuws/abc123/';
const now = Date.UTC(2026, 11, 3, 12);

describe('signed preview links', () => {
  it('a link the CMS signs is valid for its path until it expires', () => {
    const query = signPreviewPath(secret, path, 'draft', now);
    expect(query.get('status')).toBe('draft');
    expect(Number(query.get('expires'))).toBe(now / 1000 + PREVIEW_LINK_TTL_SECONDS);
    expect(isValidPreviewLink(secret, path, query, now)).toBe(true);
    expect(isValidPreviewLink(secret, path, query, now + PREVIEW_LINK_TTL_SECONDS * 1000)).toBe(true);
    expect(isValidPreviewLink(secret, path, query, now + PREVIEW_LINK_TTL_SECONDS * 1000 + 1000)).toBe(false);
  });

  it('refuses another secret, another path, and a changed, added or removed parameter', () => {
    const signed = () => signPreviewPath(secret, path, 'draft', now);
    expect(isValidPreviewLink('another-secret', path, signed(), now)).toBe(false);
    expect(isValidPreviewLink('', path, signed(), now)).toBe(false);
    expect(isValidPreviewLink(secret, '/preview/nieuws/other/', signed(), now)).toBe(false);
    const changed = signed();
    changed.set('status', 'published');
    expect(isValidPreviewLink(secret, path, changed, now)).toBe(false);
    const longer = signed();
    longer.set('expires', String(Number(longer.get('expires')) + 3600));
    expect(isValidPreviewLink(secret, path, longer, now)).toBe(false);
    const added = signed();
    added.set('locale', 'en');
    expect(isValidPreviewLink(secret, path, added, now)).toBe(false);
    const removed = signed();
    removed.delete('status');
    expect(isValidPreviewLink(secret, path, removed, now)).toBe(false);
    const unsigned = signed();
    unsigned.delete('signature');
    expect(isValidPreviewLink(secret, path, unsigned, now)).toBe(false);
  });
});
