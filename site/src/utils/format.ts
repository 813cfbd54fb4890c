/** Dutch (nl-NL) formatting of event periods, programme slots and prices; dates and times come from shared-types. */
import { formatClock, formatDate, formatTime, formatWeekdayDate } from '@wsd/shared-types/dutch-dates';

export { formatDate, formatTime, formatWeekdayDate, yearOf } from '@wsd/shared-types/dutch-dates';

/** A wall-clock "09:30:00.000" → "09.30". */
export function formatWallTime(value: string): string {
  return value.slice(0, 5).replace(':', '.');
}

/** Start and end of an event: "25 november 2019, 09.30 – 17.30 uur" (or two dates). */
export function formatEventPeriod(startsAt: string, endsAt: string): string {
  const sameDay = formatDate(startsAt) === formatDate(endsAt);
  const start = formatClock(startsAt).replace(':', '.');
  if (sameDay) return `${formatWeekdayDate(startsAt)}, ${start} – ${formatTime(endsAt)}`;
  return `${formatWeekdayDate(startsAt)} ${start} uur – ${formatWeekdayDate(endsAt)} ${formatTime(endsAt)}`;
}

/** Euro cents → "€ 60,00" or "€ 12,50"; 0 → "gratis". */
export function formatPrice(cents: number): string {
  if (cents === 0) return 'gratis';
  // As editors type it in the admin (25,00); a no-break space keeps "€" and the amount on one line.
  const amount = (cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `€\u00a0${amount}`;
}

/** A programme slot: "09.30 – 10.00", or "09.30" without an end. */
export function formatSlotTime(start: string, end?: string | null): string {
  return end ? `${formatWallTime(start)} – ${formatWallTime(end)}` : formatWallTime(start);
}
