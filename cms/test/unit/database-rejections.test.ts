import { describe, expect, it } from 'vitest';
import { isDatabaseConnectionError } from '../../src/resilience/database-rejections';

describe('isDatabaseConnectionError', () => {
  it('recognises lost connections as pg, knex and test runners report them', () => {
    expect(isDatabaseConnectionError(Object.assign(new Error('select 1 - read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(
      isDatabaseConnectionError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })),
    ).toBe(true);
    expect(isDatabaseConnectionError(new Error('select "t0"."id" from "themas" - Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseConnectionError({ message: 'x - Connection ended unexpectedly', name: 'Error' })).toBe(true);
  });

  it('leaves every other error to crash as Node would', () => {
    expect(isDatabaseConnectionError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isDatabaseConnectionError('ECONNRESET')).toBe(false);
    expect(isDatabaseConnectionError(undefined)).toBe(false);
  });
});
