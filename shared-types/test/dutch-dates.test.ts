import { describe, expect, it } from 'vitest';
import { amsterdamDay, formatClock, formatCompactDate, formatDate, formatTime, formatWeekdayDate, yearOf } from '../src/dutch-dates.ts';

describe('Dutch dates, always in Amsterdam', () => {
  it('takes the calendar day in Amsterdam, also just after midnight there', () => {
    expect(amsterdamDay(new Date('2026-12-03T23:30:00.000Z'))).toBe('2026-12-04');
    expect(amsterdamDay(new Date('2026-07-01T21:59:00.000Z'))).toBe('2026-07-01');
  });

  it('writes dates and times the Dutch way, for a calendar day as the day it is', () => {
    expect(formatDate('2019-11-25')).toBe('25 november 2019');
    expect(formatDate('2019-11-24T23:30:00.000Z')).toBe('25 november 2019');
    expect(formatWeekdayDate('2019-11-25T08:30:00.000Z')).toBe('maandag 25 november 2019');
    expect(formatClock('2026-07-01T08:05:00.000Z')).toBe('10:05');
    expect(formatTime('2019-11-25T12:00:00.000Z')).toBe('13.00 uur');
    expect(yearOf('2019-12-31T23:30:00.000Z')).toBe(2020);
    expect(yearOf('2019-12-31')).toBe(2019);
  });

  it('shows a compact date without the weekday, and a moment as in Amsterdam', () => {
    expect(formatCompactDate('2026-12-03', 'date')).toBe('3 dec 2026');
    expect(formatCompactDate('2026-12-03T23:30:00.000Z', 'datetime')).toBe('4 dec 2026 00:30');
    expect(formatCompactDate('2026-07-01T08:00:00.000Z', 'datetime')).toBe('1 jul 2026 10:00');
    expect(formatCompactDate(null, 'date')).toBeNull();
    expect(formatCompactDate('geen datum', 'datetime')).toBeNull();
  });
});
