import { describe, expect, it } from 'vitest';
import { amsterdam, amsterdamWallClock, daysFrom } from '../src/index.ts';

describe('Europe/Amsterdam time', () => {
  it('turns a wall-clock time into its UTC instant, in winter and in summer time', () => {
    expect(amsterdam('2019-11-25', '09:30')).toBe('2019-11-25T08:30:00.000Z');
    expect(amsterdam('2024-06-12', '13:00')).toBe('2024-06-12T11:00:00.000Z');
    // The last Sunday of March at 03:00 local is after the switch (UTC+2), of October after the switch back (UTC+1).
    expect(amsterdam('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdam('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reads an instant as Amsterdam wall-clock parts', () => {
    expect(amsterdamWallClock(new Date('2019-11-25T08:30:05Z'))).toEqual({
      year: '2019',
      month: '11',
      day: '25',
      hour: '09',
      minute: '30',
      second: '05',
    });
    expect(amsterdamWallClock(new Date('2024-12-31T23:30:00Z'))).toMatchObject({ year: '2025', month: '01', day: '01', hour: '00' });
  });

  it('counts days in Amsterdam, not in UTC', () => {
    expect(daysFrom(new Date('2026-12-02T23:30:00Z'), 0)).toBe('2026-12-03');
    expect(daysFrom(new Date('2026-12-02T12:00:00Z'), -2)).toBe('2026-11-30');
  });
});
