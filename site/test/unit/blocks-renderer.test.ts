import type { Blocks } from '@wsd/shared-types';
import { describe, expect, it } from 'vitest';
import { blocksHeadings, renderBlocks } from '../../src/utils/blocks-renderer.ts';
import { withoutXmlInvalid } from '../../src/utils/escape.ts';

const text = (t: string) => ({ type: 'text' as const, text: t });
const para = (...children: Blocks[number] extends { children: infer C } ? C : never) =>
  ({ type: 'paragraph' as const, children }) as Blocks[number];
const link = (url: string, label = 'klik') => ({ type: 'link' as const, url, children: [text(label)] });

/** Payloads an attacker with an editor account could try in text and links. */
const TEXT_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><iframe src=javascript:alert(1)>',
  "'-alert(1)-'",
  '</p><a href="javascript:alert(1)">x</a>',
  '<!--<script>-->alert(1)',
  '&lt;script&gt;',
];
const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\u200bscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'javascript&colon;alert(1)',
];

describe('renderBlocks', () => {
  it('renders headings with anchors, lists, quotes and marks', () => {
    const html = renderBlocks([
      { type: 'heading', level: 2, children: [text('Visie: bijdragen aan empowerment')] },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('een')] }] },
      { type: 'quote', children: [text('citaat')] },
      para({ type: 'text', text: 'vet', bold: true }, { type: 'text', text: ' schuin', italic: true }),
    ]);
    expect(html).toContain('<h2 id="visie-bijdragen-aan-empowerment">Visie: bijdragen aan empowerment</h2>');
    expect(html).toContain('<ol><li>een</li></ol>');
    expect(html).toContain('<blockquote><p>citaat</p></blockquote>');
    expect(html).toContain('<strong>vet</strong><em> schuin</em>');
  });

  it('never outranks the page h1 and keeps anchors unique', () => {
    const value: Blocks = [
      { type: 'heading', level: 1, children: [text('Intro')] },
      { type: 'heading', level: 2, children: [text('Intro')] },
    ];
    expect(renderBlocks(value)).toBe('<h2 id="intro">Intro</h2>\n<h2 id="intro-2">Intro</h2>');
    expect(blocksHeadings(value).map((h) => h.id)).toEqual(['intro', 'intro-2']);
  });

  it.each(TEXT_PAYLOADS)('escapes text payload %s', (payload) => {
    const html = renderBlocks([para(text(payload)), { type: 'heading', level: 2, children: [text(payload)] }]);
    expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/i);
    expect(html).not.toContain('<!--');
  });

  it.each(URL_PAYLOADS)('does not link unsafe URL %s', (url) => {
    const html = renderBlocks([para(link(url))]);
    expect(html).not.toContain('<a');
    expect(html).toContain('klik');
  });

  it('links web, e-mail, phone and site paths, marking external links', () => {
    const html = renderBlocks([
      para(link('https://example.org/a?b=1&c=2'), link('mailto:kus@hu.nl'), link('tel:+31107945676'), link('/agenda/')),
    ]);
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">');
    expect(html).toContain('<a href="mailto:kus@hu.nl">');
    expect(html).toContain('<a href="tel:+31107945676">');
    expect(html).toContain('<a href="/agenda/">');
  });

  it('escapes image attributes and refuses unsafe image URLs', () => {
    const html = renderBlocks([
      {
        type: 'image',
        image: { url: 'https://cms.test/uploads/a.jpg', alternativeText: '" onerror="alert(1)', width: 10, height: 5 },
        children: [],
      },
      { type: 'image', image: { url: 'javascript:alert(1)', alternativeText: 'x' }, children: [] },
    ]);
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('width="10" height="5"');
    expect(html.match(/<img/g)).toHaveLength(1);
  });

  it('renders nothing for empty content', () => {
    expect(renderBlocks(null)).toBe('');
    expect(renderBlocks([para(text('  '))])).toBe('');
  });
});

describe('withoutXmlInvalid', () => {
  it('drops the characters XML 1.0 forbids and keeps the rest, tabs, newlines and astral characters included', () => {
    expect(withoutXmlInvalid('a\u0000b\u0008c\u001fd\ufffee\ud800f')).toBe('abcdef');
    expect(withoutXmlInvalid('tab\tnl\ncr\r é ＜ 🙂 \u202e')).toBe('tab\tnl\ncr\r é ＜ 🙂 \u202e');
  });
});
