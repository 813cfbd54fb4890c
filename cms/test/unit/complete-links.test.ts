import type { Core } from '@strapi/strapi';
import { describe, expect, it } from 'vitest';
import event from '../../src/api/evenement/content-types/evenement/schema.json' with { type: 'json' };
import link from '../../src/components/shared/link.json' with { type: 'json' };
import { completeLink, completeLinks } from '../../src/validation/complete-links.ts';
import type { SchemaLike } from '../../src/validation/schema-walk.ts';

describe('www. links get their https://', () => {
  it('completes what is clearly a web address, and leaves the rest to the checks', () => {
    expect(completeLink('www.hogeschool.nl/onderzoek')).toBe('https://www.hogeschool.nl/onderzoek');
    expect(completeLink(' www.hogeschool.nl ')).toBe('https://www.hogeschool.nl');
    expect(completeLink('https://www.hogeschool.nl')).toBe('https://www.hogeschool.nl');
    expect(completeLink('www.')).toBe('www.');
    expect(completeLink('javascript:alert(1)//www.x.nl')).toBe('javascript:alert(1)//www.x.nl');
  });

  it('in link fields, in components and in rich text', () => {
    const strapi = { components: { 'shared.link': link } } as unknown as Core.Strapi;
    const schema = {
      attributes: {
        ...(event.attributes as SchemaLike['attributes']),
        links: { type: 'component', component: 'shared.link', repeatable: true },
      },
    } as SchemaLike;
    const data = {
      registrationUrl: 'www.aanmelden.nl/symposium',
      links: [{ label: 'Hogeschool', url: 'www.hogeschool.nl' }],
      body: [{ type: 'paragraph', children: [{ type: 'link', url: 'www.gemeente.nl', children: [{ type: 'text', text: 'gemeente' }] }] }],
    };
    completeLinks(strapi, schema, data);
    expect(data.registrationUrl).toBe('https://www.aanmelden.nl/symposium');
    expect(data.links[0]!.url).toBe('https://www.hogeschool.nl');
    expect((data.body[0]!.children[0] as { url: string }).url).toBe('https://www.gemeente.nl');
  });
});
