import { describe, expect, it } from 'vitest';
import { amsterdamLocal, escapeText, fold } from '../../src/utils/icalendar.ts';

describe('iCalendar helpers', () => {
  it('escapes commas, semicolons, backslashes and newlines', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('drops control characters (RFC 5545 allows none but the tab)', () => {
    expect(escapeText('a\u0000b\u0007c\rd\u007fe\tf')).toBe('abcde\tf');
  });
  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
  it('converts instants to Amsterdam wall time in winter and summer', () => {
    expect(amsterdamLocal('2019-11-25T08:30:00.000Z')).toBe('20191125T093000');
    expect(amsterdamLocal('2026-07-01T08:30:00.000Z')).toBe('20260701T103000');
  });
});
