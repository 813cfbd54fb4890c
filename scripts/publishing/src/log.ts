/** Structured logs of the publishing service: one JSON object per line on stdout. */
export type Logger = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

export const jsonLogger: Logger = (level, msg, fields = {}) => {
  console.log(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
};
