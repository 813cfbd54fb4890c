import { describe, expect, it } from 'vitest';
import { isSafeHref, safeHref } from '../src/index.ts';

/** Accepted by the CMS and rendered as a link by the site: the same table for both. */
const ACCEPTED = [
  'https://www.werkplaatsensociaaldomein.nl/',
  'http://example.org/pad?vraag=1#deel',
  'HTTPS://EXAMPLE.ORG',
  'mailto:redactie@example.org',
  'mailto:redactie@example.org?subject=Vraag',
  'tel:+31 20 123 4567',
  'tel:020-1234567',
  'tel:(020) 123 45 67',
  '/nieuws/een-bericht/',
  '/',
  '#programma',
  '#',
];

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\u200bscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  'https://',
  'https:///pad',
  ' https://example.org',
  'https://example.org ',
  'https://exa mple.org',
  'https://example.org/\u0000',
  'mailto:',
  'mailto:a b@example.org',
  'tel:',
  'tel:+31 20 abc',
  'tel: 020',
  'ftp://example.org',
  'nieuws/relatief',
  '',
];

describe('isSafeHref', () => {
  it.each(ACCEPTED)('accepts %j', (url) => expect(isSafeHref(url)).toBe(true));
  it.each(REFUSED)('refuses %j', (url) => expect(isSafeHref(url)).toBe(false));
});

describe('safeHref', () => {
  it('gives a safe link back and nothing for an unsafe or empty one', () => {
    expect(safeHref('https://example.org/')).toBe('https://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });
});
