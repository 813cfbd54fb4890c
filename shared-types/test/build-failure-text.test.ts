import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failureInDutch, problemInDutch } from '../src/index.ts';

/** The message Zod itself gives for `value` against `schema`: the table must match Zod's real words. */
const zodSays = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!.message;

describe('build failures in Dutch', () => {
  it('translates the problems Zod reports for an entry', () => {
    expect(problemInDutch(zodSays(z.string().min(1), ''))).toBe('is leeg, maar moet ingevuld zijn');
    expect(problemInDutch(zodSays(z.object({ a: z.string() }), {}))).toBe('is leeg, maar moet ingevuld zijn');
    expect(problemInDutch(zodSays(z.string(), null))).toBe('is leeg, maar moet ingevuld zijn');
    expect(problemInDutch(zodSays(z.string().max(80), 'x'.repeat(81)))).toBe('is te lang (hoogstens 80 tekens)');
    expect(problemInDutch(zodSays(z.string().min(3), 'ab'))).toBe('is te kort (minstens 3 tekens)');
    expect(problemInDutch(zodSays(z.array(z.string()).max(2), ['a', 'b', 'c']))).toBe('heeft te veel items (hoogstens 2)');
    expect(problemInDutch(zodSays(z.enum(['nieuws', 'interview']), 'blog'))).toBe('heeft een waarde die niet in de keuzelijst staat');
    expect(problemInDutch(zodSays(z.url(), 'www.example.org'))).toBe('is geen geldige link (begin met https://)');
    expect(problemInDutch(zodSays(z.number(), 'veel'))).toBe('heeft een waarde van de verkeerde soort');
  });

  it('keeps an unknown problem, after a Dutch lead', () => {
    expect(problemInDutch('Starts after it ends')).toBe('voldoet niet aan het contentmodel (Starts after it ends)');
  });

  it('names the entry and the field, and says the site is unchanged', () => {
    const text = failureInDutch({
      kind: 'invalid-entry',
      contentType: 'Nieuwsbericht',
      documentId: 'abc123',
      slug: 'kapot-bericht',
      field: 'lead',
      problem: zodSays(z.string().min(1), ''),
      message: 'Nieuwsbericht "kapot-bericht" (documentId abc123): field "lead" …',
    });
    expect(text).toBe(
      'Nieuwsbericht ‘kapot-bericht’: het veld ‘lead’ is leeg, maar moet ingevuld zijn. Pas dit item aan en publiceer opnieuw; de site toont de vorige versie.',
    );
    const unnamed = failureInDutch({
      kind: 'invalid-entry',
      contentType: 'Thema',
      documentId: 'x9',
      field: '(entry)',
      problem: 'Invalid input',
      message: '',
    });
    expect(unnamed).toMatch(/^Thema \(documentId x9\): het item voldoet niet aan het contentmodel \(Invalid input\)\./);
  });

  it('says when the CMS could not be read', () => {
    expect(failureInDutch({ kind: 'cms-unreachable', url: 'http://cms/api', status: 401, message: '' })).toMatch(
      /^Het CMS antwoordde met status 401 tijdens het bouwen van de site\. De site toont de vorige versie/,
    );
    expect(failureInDutch({ kind: 'cms-unreachable', url: 'http://cms/api', message: '' })).toMatch(/^Het CMS antwoordde niet/);
  });
});
