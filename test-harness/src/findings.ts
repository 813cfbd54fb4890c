import { appendFileSync } from 'node:fs';

/** The points of the reliability issue, in the report's order. */
export const POINTS = {
  hostile: '1. Hostile content',
  headers: '2. Security headers',
  faults: '3. Faults',
  load: '4. Load',
  events: '5. Webhook events',
  production: '6. Production mode',
  data: '7. Data safety',
  access: '8. Access and leaks',
  incremental: '9. Incremental publishing',
} as const;

export type Point = keyof typeof POINTS;

/** One promise that a test checked: recorded only after its assertions passed. */
export type Finding = {
  point: Point;
  /** What was tried, e.g. "PostgreSQL connections cut for 3 s under a writing CMS". */
  tried: string;
  /** How many times (payloads, requests, writes, pages). */
  times: number;
  /** What held, with the measured figure. */
  held: string;
};

/** Where tests append findings (JSON lines); set by the report command, unset in `npm test`. */
export const FINDINGS_FILE_ENV = 'WSD_RELIABILITY_OUT';

/** True when the report command asks for the full-size load and flood. */
export const fullSize = () => process.env.WSD_RELIABILITY_FULL === '1';

/**
 * Records a finding for the report command. Call it after the test's assertions: a test
 * that fails records nothing, and the report shows that point as not held.
 */
export function recordFinding(finding: Finding): void {
  const file = process.env[FINDINGS_FILE_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(finding)}\n`);
}
