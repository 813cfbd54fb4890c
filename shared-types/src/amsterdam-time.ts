/** Wall-clock times in Europe/Amsterdam, the zone of every date and time the network shows. */
const ZONE = 'Europe/Amsterdam';

/** Offset of Europe/Amsterdam from UTC, in minutes, at a given instant. */
function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - instant.getTime()) / 60000);
}

/** The UTC instant of a wall-clock time in Amsterdam ("2019-11-25", "09:30"). */
export function amsterdam(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const corrected = new Date(guess.getTime() - offsetMinutes(guess) * 60000);
  return new Date(guess.getTime() - offsetMinutes(corrected) * 60000).toISOString();
}

/** A calendar date (YYYY-MM-DD, Amsterdam) `days` from `from`. */
export function daysFrom(from: Date, days: number): string {
  const target = new Date(from.getTime() + days * 86400000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(target);
}
