import { describe, expect, it } from 'vitest';
import { StrapiValidationError } from '../../src/loaders/strapi/errors.ts';
import { previewRequest } from '../../src/preview/preview-request.ts';

const cms = { url: 'http://cms.test', token: 'preview-token' };
const request = (kind: string | undefined, query = '') => ({ kind, documentId: 'doc1', searchParams: new URLSearchParams(query) });

describe('previewRequest', () => {
  it('reads the draft of the previewed collection by default, the published version when asked', async () => {
    const calls: unknown[][] = [];
    const fetchEntry = async (...args: unknown[]) => {
      calls.push(args);
      return { documentId: 'doc1', title: 'Concept' };
    };
    expect(await previewRequest(request('agenda'), cms, fetchEntry)).toEqual({
      collection: 'evenementen',
      entry: { documentId: 'doc1', title: 'Concept' },
    });
    await previewRequest(request('nieuws', 'status=published'), cms, fetchEntry);
    await previewRequest(request('dossier', 'status=anything'), cms, fetchEntry);
    expect(calls).toEqual([
      [cms, 'evenementen', 'doc1', 'draft'],
      [cms, 'nieuwsberichten', 'doc1', 'published'],
      [cms, 'dossierartikelen', 'doc1', 'draft'],
    ]);
  });

  it('answers 404 for another kind or a document that does not exist, 503 without a CMS', async () => {
    const never = async () => {
      throw new Error('must not be asked');
    };
    expect(await previewRequest(request('themas'), cms, never)).toMatchObject({ status: 404 });
    expect(await previewRequest(request('constructor'), cms, never)).toMatchObject({ status: 404 });
    expect(await previewRequest(request(undefined), cms, never)).toMatchObject({ status: 404 });
    expect(await previewRequest(request('nieuws'), undefined, never)).toMatchObject({ status: 503 });
    expect(await previewRequest(request('nieuws'), cms, async () => null)).toEqual({
      status: 404,
      message: 'Dit item bestaat niet (meer) in het CMS.',
    });
  });

  it('names the missing field of an incomplete draft (422) and lets other errors through', async () => {
    const incomplete = async () => {
      throw new StrapiValidationError('Nieuwsbericht', 'doc1', undefined, 'lead', 'is required');
    };
    expect(await previewRequest(request('nieuws'), cms, incomplete)).toEqual({
      status: 422,
      message: 'Dit concept is nog niet compleet genoeg voor een voorbeeld: veld "lead". Vul het aan en open het voorbeeld opnieuw.',
    });
    const down = async () => {
      throw new Error('CMS unreachable');
    };
    await expect(previewRequest(request('nieuws'), cms, down)).rejects.toThrow('CMS unreachable');
  });
});
