/** Dutch (nl-NL) formatting of dates, times and prices, always in Europe/Amsterdam. */
const ZONE = 'Europe/Amsterdam';

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const weekdayDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE });

/** "2019-11-25" or an instant → "25 november 2019". */
export function formatDate(value: string | Date): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return longDate.format(date);
}

/** An instant → "maandag 25 november 2019". */
export function formatWeekdayDate(value: string | Date): string {
  return weekdayDate.format(new Date(value));
}

/** An instant → "13.00 uur" (Dutch style: a dot between hours and minutes). */
export function formatTime(value: string | Date): string {
  return `${clock.format(new Date(value)).replace(':', '.')} uur`;
}

/** A wall-clock "09:30:00.000" → "09.30". */
export function formatWallTime(value: string): string {
  return value.slice(0, 5).replace(':', '.');
}

/** Start and end of an event: "25 november 2019, 09.30 – 17.30 uur" (or two dates). */
export function formatEventPeriod(startsAt: string, endsAt: string): string {
  const sameDay = formatDate(startsAt) === formatDate(endsAt);
  const start = clock.format(new Date(startsAt)).replace(':', '.');
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

const yearOnly = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', timeZone: ZONE });

/** Year of a date ("2019-11-25") or of an instant, in Amsterdam. */
export function yearOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Number(value.slice(0, 4)) : Number(yearOnly.format(new Date(value)));
}

/** A programme slot: "09.30 – 10.00", or "09.30" without an end. */
export function formatSlotTime(start: string, end?: string | null): string {
  return end ? `${formatWallTime(start)} – ${formatWallTime(end)}` : formatWallTime(start);
}
