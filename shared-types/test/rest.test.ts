import { describe, expect, it } from 'vitest';
import { restUrl } from '../src/index.ts';

describe('restUrl', () => {
  it('joins the CMS address, the API path and the query in bracket syntax', () => {
    expect(
      restUrl('http://cms.test', 'nieuwsberichten', { fields: ['slug'], pagination: { page: 2, pageSize: 100, withCount: false } }),
    ).toBe('http://cms.test/api/nieuwsberichten?fields[0]=slug&pagination[page]=2&pagination[pageSize]=100&pagination[withCount]=false');
  });

  it('ignores a trailing slash of the CMS address and leaves out an empty query', () => {
    expect(restUrl('http://cms.test/', 'site-setting')).toBe('http://cms.test/api/site-setting');
    expect(restUrl('http://cms.test/', 'site-setting', {})).toBe('http://cms.test/api/site-setting');
  });

  it('encodes values, so a filter cannot add parameters of its own', () => {
    expect(restUrl('http://cms.test', 'themas', { filters: { slug: { $eq: 'a&populate=*' } } })).toBe(
      'http://cms.test/api/themas?filters[slug][$eq]=a%26populate%3D%2A',
    );
  });
});
