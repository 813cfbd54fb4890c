/**
 * What the admin says about an entry's place on the site, and about builds: plain
 * functions over what /wsd-publishing/ answers, so the components only display them.
 * Times are shown in Europe/Amsterdam, whatever the editor's computer is set to.
 */
import { amsterdamDay, formatClock, formatDate } from '@wsd/shared-types/dutch-dates';

/** One entry's state, as GET /wsd-publishing/entries/:uid/:documentId answers it. */
export type EntryStatus =
  | { state: 'draft' }
  | { state: 'scheduled'; scheduledAt: string }
  | { state: 'publishing'; expectedSeconds: number; url: string | null; scheduledAt?: string | null }
  | { state: 'live'; since: string; url: string | null; scheduledAt?: string | null }
  | { state: 'failed'; at: string; reason: string; url: string | null; scheduledAt?: string | null }
  | { state: 'stalled'; expectedSeconds: number; url: string | null; scheduledAt?: string | null }
  | { state: 'unconnected' | 'unreachable'; scheduledAt?: string | null };

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/** The design system's text colour of each tone. */
export const TONE_COLOURS: Record<Tone, string> = {
  success: 'success600',
  warning: 'warning600',
  danger: 'danger600',
  neutral: 'neutral600',
};

/** What the panel shows: a line, its tone, the link (when the page is live) and how soon to ask again (ms; null: not). */
export type StatusView = {
  tone: Tone;
  text: string;
  url: string | null;
  path: string | null;
  scheduled: string | null;
  pollMs: number | null;
};

/** "12:03" today, else "2 december 2026 om 12:03" (Europe/Amsterdam). */
export function amsterdamTime(iso: string, now = new Date()): string {
  if (amsterdamDay(new Date(iso)) === amsterdamDay(now)) return formatClock(iso);
  return amsterdamDateTime(iso);
}

/** "2 december 2026 om 12:03", always with the date (for plans in the future). */
export const amsterdamDateTime = (iso: string) => `${formatDate(iso)} om ${formatClock(iso)}`;

const pathOf = (url: string | null) => (url ? new URL(url).pathname + new URL(url).hash : null);
const FAST_POLL_MS = 2000;
const SLOW_POLL_MS = 15_000;

export function statusView(status: EntryStatus, now = new Date()): StatusView {
  const url = 'url' in status ? status.url : null;
  const scheduledAt = 'scheduledAt' in status ? status.scheduledAt : null;
  const base = { url, path: pathOf(url), scheduled: scheduledAt ? `Gepland op ${amsterdamDateTime(scheduledAt)}` : null };
  switch (status.state) {
    case 'draft':
      // Asked again now and then; a schedule made in the panel next to it shows at once (use-schedule-changes.ts).
      return { ...base, tone: 'neutral', text: 'Nog niet op de site: dit is een concept.', pollMs: SLOW_POLL_MS };
    case 'scheduled':
      return {
        ...base,
        tone: 'neutral',
        text: `Gepland op ${amsterdamDateTime(status.scheduledAt)}.`,
        scheduled: null,
        pollMs: SLOW_POLL_MS,
      };
    case 'publishing':
      return { ...base, tone: 'warning', text: `Wordt gepubliceerd… (meestal binnen ${status.expectedSeconds} s)`, pollMs: FAST_POLL_MS };
    case 'live':
      return { ...base, tone: 'success', text: `Online sinds ${amsterdamTime(status.since, now)}`, pollMs: null };
    case 'failed':
      return { ...base, tone: 'danger', text: `Publicatie mislukt: ${status.reason}`, pollMs: SLOW_POLL_MS };
    case 'stalled':
      return {
        ...base,
        tone: 'warning',
        text: 'Nog niet op de site: sinds de publicatie is de site niet gebouwd. Vraag de hoofdredactie de site opnieuw te laten bouwen.',
        pollMs: SLOW_POLL_MS,
      };
    case 'unconnected':
      return {
        ...base,
        tone: 'neutral',
        text: 'Dit CMS is niet gekoppeld aan een publicatieservice: de site wordt niet automatisch bijgewerkt.',
        pollMs: null,
      };
    case 'unreachable':
      return {
        ...base,
        tone: 'warning',
        text: 'De publicatieservice antwoordt nu niet; of dit item online staat is onbekend.',
        pollMs: SLOW_POLL_MS,
      };
  }
}

/** One build, as GET /wsd-publishing/builds lists it. */
export type BuildSummary = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  seconds: number | null;
  result: 'running' | 'live' | 'failed';
  full: boolean;
  changes: string[];
  moreChanges: number;
  failure: string | null;
};

export type BuildsAnswer =
  | {
      state: 'connected';
      live: string | null;
      liveSince: string | null;
      building: boolean;
      waiting: number;
      builds: BuildSummary[];
      mayRebuild: boolean;
    }
  | { state: 'unconnected' | 'unreachable'; mayRebuild: boolean };

const RESULTS: Record<BuildSummary['result'], { text: string; tone: Tone }> = {
  running: { text: 'Bezig', tone: 'warning' },
  live: { text: 'Online', tone: 'success' },
  failed: { text: 'Mislukt', tone: 'danger' },
};

/** One row of the widget: when, result, how long, what changed. */
export function buildRow(build: BuildSummary, now = new Date()) {
  const result = RESULTS[build.result];
  const duration = build.seconds === null ? '' : ` in ${build.seconds.toLocaleString('nl-NL')} s`;
  const more = build.moreChanges > 0 ? [`en ${build.moreChanges} andere wijziging${build.moreChanges === 1 ? '' : 'en'}`] : [];
  return {
    key: build.id,
    when: amsterdamTime(build.startedAt, now),
    result: `${result.text}${duration}`,
    tone: result.tone,
    changes: [...build.changes, ...more],
    failure: build.failure,
  };
}

/** The widget's first line: is the site live, and is something being built. */
export function liveLine(answer: BuildsAnswer, now = new Date()): { text: string; tone: Tone } {
  if (answer.state !== 'connected')
    return answer.state === 'unconnected'
      ? { text: 'Niet gekoppeld aan een publicatieservice.', tone: 'neutral' }
      : { text: 'De publicatieservice antwoordt nu niet.', tone: 'warning' };
  if (answer.building || answer.waiting > 0) return { text: 'De site wordt nu bijgewerkt…', tone: 'warning' };
  if (!answer.live) return { text: 'De site is nog niet gebouwd.', tone: 'warning' };
  return {
    text: `De site is online${answer.liveSince ? `, laatst bijgewerkt ${amsterdamTime(answer.liveSince, now)}` : ''}.`,
    tone: 'success',
  };
}
