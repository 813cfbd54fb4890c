import { AMSTERDAM_ZONE } from './amsterdam-time.ts';

/**
 * Dates and times as the network writes them in Dutch (nl-NL), always in Europe/Amsterdam
 * whatever the reader's computer is set to: the site, its feeds and the admin's status
 * texts and list columns all format through here. Formatters are made once: creating one
 * is expensive, and a build formats thousands of dates.
 */
const ZONE = AMSTERDAM_ZONE;
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const weekdayDate = new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE });
const clock = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE });
const yearOnly = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', timeZone: ZONE });
// A `date` is a calendar day without a zone: formatted at UTC so no offset moves it.
const compactDay = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const compactMoment = new Intl.DateTimeFormat('nl-NL', {
  timeZone: ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const isCalendarDay = (value: string | Date): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The calendar day of an instant in Amsterdam, "2026-12-04" (what a date field stores). */
export const amsterdamDay = (instant: Date = new Date()): string => isoDay.format(instant);

/** "2019-11-25" or an instant → "25 november 2019". */
export function formatDate(value: string | Date): string {
  return longDate.format(isCalendarDay(value) ? new Date(`${value}T12:00:00Z`) : new Date(value));
}

/** An instant → "maandag 25 november 2019". */
export const formatWeekdayDate = (value: string | Date): string => weekdayDate.format(new Date(value));

/** An instant → "13:00", the clock as the admin shows it. */
export const formatClock = (value: string | Date): string => clock.format(new Date(value));

/** An instant → "13.00 uur" (Dutch prose style: a dot between hours and minutes). */
export const formatTime = (value: string | Date): string => `${formatClock(value).replace(':', '.')} uur`;

/** Year of a date ("2019-11-25") or of an instant, in Amsterdam. */
export function yearOf(value: string): number {
  return isCalendarDay(value) ? Number(value.slice(0, 4)) : Number(yearOnly.format(new Date(value)));
}

/** "3 dec 2026" for a date, "3 dec 2026 14:00" for a date-time; null when there is none (or it is not one). */
export function formatCompactDate(value: unknown, type: 'date' | 'datetime'): string | null {
  if (typeof value !== 'string' || !value) return null;
  const moment = new Date(type === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
  if (Number.isNaN(moment.getTime())) return null;
  return (type === 'date' ? compactDay : compactMoment).format(moment).replace(',', '');
}
