import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { desiredView, MAIN_FIELDS } from '../../src/admin-views/configure-views.ts';

const componentFile = (uid: string) => {
  const [category, name] = uid.split('.');
  return JSON.parse(readFileSync(new URL(`../../src/components/${category}/${name}.json`, import.meta.url), 'utf8')) as {
    attributes: Record<string, { type: string }>;
  };
};

describe('the admin views as code', () => {
  it('labels collapsed repeatable rows with a text field each component has', () => {
    for (const [uid, field] of Object.entries(MAIN_FIELDS)) {
      const attribute = componentFile(uid).attributes[field];
      expect(attribute, `${uid}.${field}`).toBeDefined();
      expect(['string', 'text', 'enumeration', 'uid'], `${uid}.${field}`).toContain(attribute!.type);
    }
  });

  it('names the fields Strapi adds in Dutch, and sets the main field of a component', () => {
    const stored = {
      settings: { mainField: 'id', pageSize: 10 },
      metadatas: { updatedAt: { edit: {}, list: { label: 'updatedAt', sortable: true } }, title: { edit: {}, list: { label: 'title' } } },
      layouts: { list: ['title', 'updatedAt'], edit: [[{ name: 'title', size: 6 }]] },
    };
    const view = desiredView({ uid: 'event.programme-slot', attributes: { title: { type: 'string' } } }, stored);
    expect(view.metadatas.updatedAt!.list).toEqual({ label: 'Gewijzigd', sortable: true });
    expect(view.metadatas.title!.list).toEqual({ label: 'title' });
    expect(view.settings).toEqual({ mainField: 'title', pageSize: 10 });
  });
});
