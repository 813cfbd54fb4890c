import type { Core } from '@strapi/strapi';

/** Errors of a database connection that went away (server restart, network), not of a query. */
const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08003',
  '08001',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|Connection ended unexpectedly|terminating connection due to administrator command|Client has encountered a connection error/i;

/**
 * True when `reason` is a lost database connection (pg and knex wrap it in several ways).
 * Duck-typed: test runners hand over serialised errors that are no `Error` instances.
 */
export function isDatabaseConnectionError(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const { code, message } = reason as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && CONNECTION_CODES.has(code)) || (typeof message === 'string' && CONNECTION_MESSAGES.test(message));
}

let registered = false;

/**
 * Strapi runs some database work in the background without awaiting it (unique checks,
 * post-commit events). When the database restarts, those promises reject with nobody to
 * catch them, and Node ends the process on an unhandled rejection. A lost connection is
 * logged instead: the CMS reconnects on its own and the publishing service's
 * reconciliation covers a lost event. Every other unhandled rejection still ends the
 * process, as Node would.
 */
export function registerDatabaseRejectionGuard(strapi: Core.Strapi): void {
  if (registered) return; // one listener per process, also when tests boot Strapi often
  registered = true;
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseConnectionError(reason)) throw reason;
    strapi.log.warn(`A background database query failed because the connection was lost: ${String((reason as Error).message)}`);
  });
}
