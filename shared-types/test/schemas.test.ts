import { describe, expect, it } from 'vitest';
import { blocks, CONTENT_TYPES, price, programmeSlot } from '../src/index.ts';

describe('runtime schemas', () => {
  it('accepts well-formed Blocks and rejects unknown node types', () => {
    const ok = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Programma' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'link', url: 'https://example.org', children: [{ type: 'text', text: 'x' }] }] },
        ],
      },
    ];
    expect(blocks.safeParse(ok).success).toBe(true);
    expect(blocks.safeParse([{ type: 'html', children: [] }]).success).toBe(false);
  });

  it('refuses negative prices and malformed times', () => {
    expect(price.safeParse({ label: 'Middag', amountCents: -1 }).success).toBe(false);
    expect(price.safeParse({ label: 'Middag', amountCents: 6000 }).success).toBe(true);
    expect(programmeSlot.safeParse({ startTime: '9 uur', title: 'Inloop' }).success).toBe(false);
    expect(programmeSlot.safeParse({ startTime: '09:30:00.000', title: 'Inloop' }).success).toBe(true);
  });

  it('names the field at fault when an entry is invalid', () => {
    const result = CONTENT_TYPES.themas.schema.safeParse({
      id: 1,
      documentId: 'abc',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: '2026-01-01T00:00:00.000Z',
      name: '',
      slug: 'x',
      description: null,
      seo: null,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['name']);
  });

  it('declares a REST path and populate for every content type', () => {
    for (const spec of Object.values(CONTENT_TYPES)) {
      expect(spec.path).toMatch(/^[a-z-]+$/);
      expect(typeof spec.populate).toBe('object');
    }
  });
});
