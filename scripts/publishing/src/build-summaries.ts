import { CONTENT_TYPES } from '@wsd/shared-types';
import type { Change } from './changes.ts';
import { failureReason } from './entry-status.ts';
import type { BuildRecord } from './state-store.ts';

/** One build as the admin's homepage widget shows it: when, what changed (in Dutch), how long, the result. */
export type BuildSummary = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  seconds: number | null;
  result: BuildRecord['result'];
  full: boolean;
  changes: string[];
  /** More changes than `changes` lists. */
  moreChanges: number;
  failure: string | null;
  /** The entry's type and field at fault, so the CMS can name the field by its label. */
  failureAt: { contentType: string; field: string } | null;
};

const VERBS: Record<string, string> = {
  'entry.publish': 'gepubliceerd',
  'entry.unpublish': 'offline gehaald',
  'entry.delete': 'verwijderd',
};
const MEDIA: Record<string, string> = {
  'media.update': 'Een bestand in de mediabibliotheek is gewijzigd',
  'media.delete': 'Een bestand is uit de mediabibliotheek verwijderd',
};
/** The service's own reasons (see service.ts and cli.ts), in Dutch. */
const REASONS: [RegExp, string][] = [
  [/^first build$/, 'Eerste bouw van de site'],
  [/^start: full rebuild$/, 'Volledige bouw na het starten van de publicatieservice'],
  [/^nightly full rebuild$/, 'Nachtelijke volledige bouw'],
  [/^full rebuild requested$/, 'Volledige herbouw aangevraagd'],
  [/^rebuild requested$/, 'Herbouw aangevraagd'],
  [/^reconciliation:/, 'Controle: de inhoud van het CMS verschilde van de site'],
];
const SHOWN_CHANGES = 5;

/** One change in Dutch, e.g. "Nieuwsbericht ‘Buurtteams leren’ gepubliceerd". */
export function changeInDutch(change: Change): string {
  if (change.event && MEDIA[change.event]) return MEDIA[change.event]!;
  if (change.event && VERBS[change.event]) {
    const label = change.collection ? CONTENT_TYPES[change.collection].label : 'Item';
    return `${label}${change.title ? ` ‘${change.title}’` : ''} ${VERBS[change.event]}`;
  }
  const requestedBy = /^(?:full )?rebuild requested by (.+)$/.exec(change.description);
  if (requestedBy) return `Herbouw aangevraagd door ${requestedBy[1]}`;
  return REASONS.find(([pattern]) => pattern.test(change.description))?.[1] ?? 'Overige wijziging';
}

/** Distinct Dutch lines of a build's changes (a storm of events for one entry is one line). */
function changeLines(record: BuildRecord): string[] {
  const changes: Change[] = record.changes ?? record.trigger.map((description) => ({ description }));
  return [...new Set(changes.map(changeInDutch))];
}

/** The last `count` builds, newest first. */
export function buildSummaries(history: BuildRecord[], count = 8): BuildSummary[] {
  return history
    .slice(-count)
    .reverse()
    .map((record) => {
      const lines = changeLines(record);
      const seconds = record.finishedAt ? Math.round((Date.parse(record.finishedAt) - Date.parse(record.startedAt)) / 100) / 10 : null;
      return {
        id: record.id,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt ?? null,
        seconds,
        result: record.result,
        full: Boolean(record.full),
        changes: lines.slice(0, SHOWN_CHANGES),
        moreChanges: Math.max(0, lines.length - SHOWN_CHANGES) + (record.moreChanges ?? 0),
        failure: record.result === 'failed' ? failureReason(record) : null,
        failureAt:
          record.result === 'failed' && record.failure?.kind === 'invalid-entry'
            ? { contentType: record.failure.contentType, field: record.failure.field }
            : null,
      };
    });
}
