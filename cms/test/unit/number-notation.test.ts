import { describe, expect, it } from 'vitest';
import { formatEuro, formatYear, parseEuro, parseYear } from '../../src/admin/custom-fields/number-notation.ts';

describe('prices typed in euros, stored in cents', () => {
  it('reads what Dutch editors type', () => {
    expect(parseEuro('25,00')).toEqual({ ok: true, value: 2500 });
    expect(parseEuro('25')).toEqual({ ok: true, value: 2500 });
    expect(parseEuro('€ 12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseEuro('1.250,50')).toEqual({ ok: true, value: 125050 });
    expect(parseEuro('0')).toEqual({ ok: true, value: 0 });
    expect(parseEuro('')).toEqual({ ok: true, value: null });
    expect(parseEuro('25.50')).toEqual({ ok: true, value: 2550 });
  });

  it('refuses what could mean two things or is no amount, saying what to type', () => {
    for (const text of ['25,005', '1,250.50', 'vijf', '-5', '25,']) {
      expect(parseEuro(text), text).toEqual({
        ok: false,
        message: 'Vul een bedrag in euro in, zoals 25 of 25,00 (een komma voor de centen).',
      });
    }
  });

  it('shows stored cents the Dutch way', () => {
    expect(formatEuro(2500)).toBe('25,00');
    expect(formatEuro(125050)).toBe('1.250,50');
    expect(formatEuro(null)).toBe('');
    expect(parseEuro(formatEuro(125050))).toEqual({ ok: true, value: 125050 });
  });
});

describe('years typed without a thousands dot', () => {
  it('reads four digits and shows them as typed', () => {
    expect(parseYear('2026')).toEqual({ ok: true, value: 2026 });
    expect(parseYear(' 2023 ')).toEqual({ ok: true, value: 2023 });
    expect(parseYear('')).toEqual({ ok: true, value: null });
    expect(formatYear(2023)).toBe('2023');
  });

  it('refuses what is no year, saying what to type', () => {
    for (const text of ['2.023', '23', '20266', 'twintig']) {
      expect(parseYear(text), text).toEqual({ ok: false, message: 'Vul een jaartal in vier cijfers in, zoals 2026.' });
    }
  });
});
