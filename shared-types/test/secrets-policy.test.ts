import { describe, expect, it } from 'vitest';
import { secretProblem } from '../src/index.ts';

const real = 'a3f1c9e07b2d4e6f8a1b3c5d7e9f0a2b';

describe('secretProblem', () => {
  it('accepts a real, long value', () => {
    expect(secretProblem('JWT_SECRET', real)).toBeUndefined();
    expect(secretProblem('APP_KEYS', `${real},${real.toUpperCase()}`, { list: true })).toBeUndefined();
  });

  it.each([
    [undefined, 'JWT_SECRET is not set'],
    ['   ', 'JWT_SECRET is not set'],
    ['tobemodified', 'JWT_SECRET still has an example value'],
    ['ChangeMe', 'JWT_SECRET still has an example value'],
    ['<generated>', 'JWT_SECRET still has an example value'],
    ['short-secret', 'JWT_SECRET is shorter than 16 characters'],
  ])('refuses %j: %s', (value, problem) => expect(secretProblem('JWT_SECRET', value)).toBe(problem));

  it('checks every part of a list secret', () => {
    expect(secretProblem('APP_KEYS', `${real},tobemodified2`, { list: true })).toBe('APP_KEYS still has an example value');
    expect(secretProblem('APP_KEYS', `${real},short`, { list: true })).toBe('APP_KEYS is shorter than 16 characters');
  });
});
