import { describe, expect, it } from 'vitest';
import { isToManyRelation, relationNames, relationPath } from '../../src/admin/list-columns/list-cells.ts';

describe("a list view's columns", () => {
  it('names the related entries by their main field, the untitled ones as such, and counts the rest', () => {
    const page = {
      results: [{ name: 'Werkplaats Noord-Holland' }, { name: '  ' }, { name: 'Werkplaats Utrecht' }],
      pagination: { total: 5 },
    };
    expect(relationNames(page, 'name', 'Naamloos')).toBe('Werkplaats Noord-Holland, Naamloos, Werkplaats Utrecht +2');
    expect(relationNames({ results: [{ name: 'Werkplaats Utrecht' }] }, 'name', 'Naamloos')).toBe('Werkplaats Utrecht');
  });

  it("asks the content manager's own relation listing, for a few names only, with every part escaped", () => {
    expect(relationPath('api::nieuwsbericht.nieuwsbericht', 'abc123', 'werkplaatsen')).toBe(
      '/content-manager/relations/api%3A%3Anieuwsbericht.nieuwsbericht/abc123/werkplaatsen?pageSize=3',
    );
    expect(relationPath('api::x.x', '../admin', 'a/b', 'nl')).toBe(
      '/content-manager/relations/api%3A%3Ax.x/..%2Fadmin/a%2Fb?pageSize=3&locale=nl',
    );
  });

  it('takes over the to-many columns (shown as a count by Strapi), not the to-one ones or other fields', () => {
    expect(isToManyRelation({ type: 'relation', relation: 'manyToMany' })).toBe(true);
    expect(isToManyRelation({ type: 'relation', relation: 'oneToMany' })).toBe(true);
    expect(isToManyRelation({ type: 'relation', relation: 'manyToOne' })).toBe(false);
    expect(isToManyRelation({ type: 'string' })).toBe(false);
  });
});
