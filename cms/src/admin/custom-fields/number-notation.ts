/**
 * Whole numbers as editors type them: amounts in euros (25, 25,00, € 1.250,50) stored as
 * cents, and years (2026). A text that could mean two things is refused with what to type.
 */

/** What a typed text means: a whole number (null when empty), or why it is none. */
export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

const DUTCH = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/;
/** "25.50" from an English keyboard: a dot with one or two decimals and nothing else. */
const DOT_DECIMAL = /^(\d+)\.(\d{1,2})$/;

export function parseEuro(text: string): Parsed {
  const plain = text.replace(/€|\s/g, '');
  if (plain === '') return { ok: true, value: null };
  const dutch = DUTCH.exec(plain);
  const dotted = dutch ? null : DOT_DECIMAL.exec(plain);
  const match = dutch ?? dotted;
  if (!match) return { ok: false, message: 'Vul een bedrag in euro in, zoals 25 of 25,00 (een komma voor de centen).' };
  const euros = Number(match[1]!.replace(/\./g, ''));
  const cents = Number((match[2] ?? '0').padEnd(2, '0'));
  return { ok: true, value: euros * 100 + cents };
}

/** Cents as the field shows them: 2500 → "25,00", 125050 → "1.250,50"; empty when unset. */
export function formatEuro(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return (cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A year as typed: four digits, no thousands dot (the number field showed 2.023). */
export function parseYear(text: string): Parsed {
  const plain = text.trim();
  if (plain === '') return { ok: true, value: null };
  if (!/^\d{4}$/.test(plain)) return { ok: false, message: 'Vul een jaartal in vier cijfers in, zoals 2026.' };
  return { ok: true, value: Number(plain) };
}

export const formatYear = (year: number | null | undefined) => (year === null || year === undefined ? '' : String(year));
