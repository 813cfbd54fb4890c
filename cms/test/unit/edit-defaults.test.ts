import { describe, expect, it } from 'vitest';
import { dateFields, slugField, slugFollowsTitle, werkplaatsFields, type Schema } from '../../src/admin/edit-defaults/defaults.ts';
import news from '../../src/api/nieuwsbericht/content-types/nieuwsbericht/schema.json' with { type: 'json' };
import event from '../../src/api/evenement/content-types/evenement/schema.json' with { type: 'json' };

describe('the defaults of a new entry in the edit view', () => {
  it('finds the slug, the date and the werkplaats fields from the schema', () => {
    expect(slugField(news as Schema)).toEqual({ name: 'slug', from: 'title' });
    expect(dateFields(news as Schema)).toEqual(['date']);
    expect(dateFields(event as Schema)).toEqual([]);
    expect(werkplaatsFields(news as Schema)).toEqual(['werkplaatsen']);
  });

  it('lets the slug follow the title until the editor changes it, never on a published entry', () => {
    const follows = (slug: unknown, lastMade?: string, published = false) =>
      slugFollowsTitle({ slug, lastMade, typeName: 'nieuwsbericht', published });
    expect(follows(undefined)).toBe(true);
    expect(follows('nieuwsbericht')).toBe(true);
    expect(follows('nieuwsbericht-2')).toBe(true);
    expect(follows('buurtteams-leren', 'buurtteams-leren')).toBe(true);
    expect(follows('mijn-eigen-adres', 'buurtteams-leren')).toBe(false);
    expect(follows('nieuwsberichten-archief')).toBe(false);
    expect(follows('nieuwsbericht', undefined, true)).toBe(false);
  });
});
