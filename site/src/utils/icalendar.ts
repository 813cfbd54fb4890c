import { AMSTERDAM_ZONE, amsterdamWallClock, type Evenement } from '@wsd/shared-types';
import { absolute, urls } from './urls.ts';

const ZONE = AMSTERDAM_ZONE;

/** The Europe/Amsterdam rules (CET/CEST since 1996), as every calendar client expects them. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** An instant as local Amsterdam time, "20191125T093000". */
export function amsterdamLocal(instant: string): string {
  const t = amsterdamWallClock(new Date(instant));
  return `${t.year}${t.month}${t.day}T${t.hour}${t.minute}${t.second}`;
}

/** An instant in UTC, "20191125T083000Z". */
function utc(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  // RFC 5545 allows no control characters in a content line except the tab.
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

/** Folds a content line to at most 75 octets, continuation lines starting with a space (§3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function vevent(event: Evenement, site: URL | undefined): string[] {
  const venue = event.venue
    ? [event.venue.name, event.venue.street, [event.venue.postcode, event.venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    : undefined;
  return [
    'BEGIN:VEVENT',
    // Stable across edits and renames: the CMS documentId never changes.
    `UID:${event.documentId}@werkplaatsen-sociaal-domein`,
    `DTSTAMP:${utc(event.updatedAt)}`,
    `LAST-MODIFIED:${utc(event.updatedAt)}`,
    `DTSTART;TZID=${ZONE}:${amsterdamLocal(event.startsAt)}`,
    `DTEND;TZID=${ZONE}:${amsterdamLocal(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(`${event.summary}\n\n${absolute(urls.event(event.slug), site)}`)}`,
    ...(venue ? [`LOCATION:${escapeText(venue)}`] : []),
    `URL:${absolute(urls.event(event.slug), site)}`,
    'END:VEVENT',
  ];
}

/** A VCALENDAR with the given events, CRLF line endings and folded lines. */
export function calendar(events: Evenement[], site: URL | undefined, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Werkplaatsen Sociaal Domein//Agenda//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${ZONE}`,
    ...VTIMEZONE,
    ...events.flatMap((event) => vevent(event, site)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' };
