/** Wall-clock times in Europe/Amsterdam, the zone of every date and time the network shows. */
export const AMSTERDAM_ZONE = 'Europe/Amsterdam';
const ZONE = AMSTERDAM_ZONE;

/** Made once: a formatter is expensive to create, and calendars and seeds call this for every event. */
const wallClockParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant's wall-clock time in Amsterdam, as zero-padded parts ("2019", "11", "25", "09", "30", "00"). */
export function amsterdamWallClock(instant: Date): {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
} {
  const parts = wallClockParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of Europe/Amsterdam from UTC, in minutes, at a given instant. */
function offsetMinutes(instant: Date): number {
  const local = amsterdamWallClock(instant);
  const asUtc = Date.UTC(Number(local.year), Number(local.month) - 1, Number(local.day), Number(local.hour), Number(local.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
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
