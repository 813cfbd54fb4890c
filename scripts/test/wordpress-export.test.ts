import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redirectLookup, writeRedirectMap } from '@wsd/publishing/serve/redirect-map';
import { generateExport } from '../src/wordpress/generate-export.ts';
import { assignAddresses, indexExport, linkKey, slugify } from '../src/wordpress/export-index.ts';
import { htmlToBlocks, type BlocksContext } from '../src/wordpress/html-to-blocks.ts';
import { readWxr, WxrError, type WxrItem } from '../src/wordpress/wxr-reader.ts';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/wordpress/export.xml');
const work = mkdtempSync(path.join(tmpdir(), 'wsd-wxr-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const noMedia: BlocksContext = { rewriteLink: (href) => href, image: () => undefined };
const withImage: BlocksContext = {
  rewriteLink: (href) => (href.includes('oude-site.example/2020/') ? '/nieuws/nieuw-adres/' : href),
  image: ({ attachmentId }) =>
    attachmentId === '9' ? { url: '/uploads/foto.jpg', alternativeText: 'Alt uit de mediabibliotheek', name: 'foto.jpg' } : undefined,
};
const convert = (html: string, context = noMedia) => htmlToBlocks(html, context);

const wxr = (items: string, head = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.1/" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/">\n<channel><title>T</title><link>https://oude-site.example</link><wp:wxr_version>1.1</wp:wxr_version>${head}\n${items}\n</channel></rss>\n`;
const write = (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
};
const items = async (file: string) => {
  const all: WxrItem[] = [];
  await readWxr(file, (item) => void all.push(item));
  return all;
};

describe('reading a WordPress export', () => {
  it('reads channel, authors, terms and every item with its meta and categories', async () => {
    const all = await items(FIXTURE);
    expect(all.map((i) => i.postType)).toEqual([
      'attachment',
      'attachment',
      'attachment',
      'attachment',
      'post',
      'post',
      'post',
      'post',
      'tribe_events',
      'tribe_venue',
      'tribe_events',
      'page',
      'nav_menu_item',
    ]);
    const post = all.find((i) => i.postId === '12')!;
    expect(post).toMatchObject({
      status: 'publish',
      postName: 'samenwerken-in-de-wijk',
      postDate: '2024-05-02 11:30:00',
      creator: 'annet',
    });
    expect(post.categories).toEqual([
      { domain: 'category', slug: 'eenzaamheid-bestrijden', name: 'Eenzaamheid' },
      { domain: 'post_tag', slug: 'buurtteams', name: 'Buurtteams' },
    ]);
    expect(post.meta._thumbnail_id).toBe('45');
    const index = await indexExport(FIXTURE);
    expect(index.channel).toMatchObject({ version: '1.2', siteUrl: 'https://www.werkplaats-utrecht.example' });
    expect(index.channel.authors).toEqual([{ login: 'annet', displayName: 'Annet de Vries', email: 'annet@example.org' }]);
    expect(index.channel.tags).toEqual([{ slug: 'buurtteams', name: 'Buurtteams' }]);
    expect(index.attachments.get('45')).toMatchObject({ file: '2024/05/buurthuis.jpg', alt: 'Bewoners drinken koffie voor het buurthuis' });
  });

  it('joins CDATA sections split around "]]>" and keeps emoji, combining marks and right-to-left text', async () => {
    const post = (await items(FIXTURE)).find((i) => i.postId === '13')!;
    expect(post.content).toContain('In XML schrijf je ]]> aan het eind');
    expect(post.title).toBe('Kenniscafé over eenzaamheid 🙂: terugblik');
    expect(post.content).toContain('إمام');
    const blocks = JSON.stringify(convert(post.content).blocks);
    // "e&#769;" is e + a combining acute; the text is stored composed (NFC), as editors type it.
    expect(blocks).toContain('één ervaringsdeskundige');
  });

  it('reads WXR 1.0 namespaces too', async () => {
    const file = write(
      'v10.xml',
      wxr('<item><title>Oud</title><wp:post_id>3</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status></item>')
        .replaceAll('1.1/', '1.0/')
        .replace('>1.1<', '>1.0<'),
    );
    expect((await items(file)).map((i) => [i.postId, i.title, i.postType])).toEqual([['3', 'Oud', 'post']]);
  });

  it('streams a generated export of 2,000 posts in a process of its own well within 512 MB', async () => {
    const file = path.join(work, 'generated.xml');
    await generateExport(file, 2000);
    const script = path.resolve(import.meta.dirname, '../src/bench/measure-wordpress-read.ts');
    const measured = JSON.parse(execFileSync(process.execPath, [script, file], { encoding: 'utf8' })) as {
      posts: number;
      peakRssMb: number;
    };
    expect(measured.posts).toBe(2000);
    expect(measured.peakRssMb).toBeLessThan(512);
  });

  it('a malformed file fails with its line and column, before the index is used for anything', async () => {
    const file = write('broken.xml', wxr('<item><title>Goed</title></item>\n<item><title>Kapot</titel></item>'));
    const failure = await indexExport(file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WxrError);
    expect((failure as WxrError).line).toBe(5);
    expect((failure as WxrError).message).toMatch(/broken\.xml, regel 5, kolom \d+: geen geldige XML \(unexpected close tag/);
  });

  it('a file that is XML but no WordPress export is refused by name', async () => {
    const file = write('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Een gewone feed</title></channel></rss>');
    await expect(indexExport(file)).rejects.toThrow(/feed\.xml.*geen WordPress-export/);
  });

  it('gives posts unique slugs, keeps slugs other entries hold free, and maps old links to new paths', async () => {
    const index = await indexExport(FIXTURE);
    assignAddresses(index, { post: new Set(['samenwerken-in-de-wijk']), tribe_events: new Set() });
    expect(index.posts.get('12')!.newPath).toBe('/nieuws/samenwerken-in-de-wijk-2/');
    expect(index.posts.get('14')!.slug).toBe('nog-niet-af-plannen-voor-2025');
    expect(index.links.get('werkplaats-utrecht.example/2024/06/kenniscafe-over-eenzaamheid')).toBe('/nieuws/kenniscafe-over-eenzaamheid/');
    expect(index.links.get('werkplaats-utrecht.example/?p=13')).toBe('/nieuws/kenniscafe-over-eenzaamheid/');
    expect(slugify('%e2%9c%93-caf%c3%a9-in-de-wijk')).toBe('cafe-in-de-wijk');
    expect(linkKey('javascript:alert(1)')).toBeUndefined();
  });
});

describe('WordPress HTML as Strapi Blocks', () => {
  it('turns classic-editor text into paragraphs (blank lines) with line breaks (single newlines)', () => {
    expect(convert('Eerste regel\ntweede regel\n\nNieuwe alinea').blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Eerste regel\ntweede regel' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Nieuwe alinea' }] },
    ]);
  });

  it('keeps headings, nested lists, marks and links; rewrites links to imported posts', () => {
    const { blocks } = convert(
      '<h3>Kop</h3><ol><li>een<ol><li>diep</li></ol></li></ol><p><b>vet</b> <i>schuin</i> <a href="https://oude-site.example/2020/01/bericht/">oud</a> <a href="mailto:info@example.org">mail</a></p>',
      withImage,
    );
    expect(blocks[0]).toEqual({ type: 'heading', level: 3, children: [{ type: 'text', text: 'Kop' }] });
    expect(blocks[1]).toEqual({
      type: 'list',
      format: 'ordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'een' }] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [{ type: 'list-item', children: [{ type: 'text', text: 'diep' }] }] },
      ],
    });
    expect(blocks[2]).toMatchObject({
      children: [
        { text: 'vet', bold: true },
        { text: ' ' },
        { text: 'schuin', italic: true },
        { text: ' ' },
        { type: 'link', url: '/nieuws/nieuw-adres/' },
        { text: ' ' },
        { type: 'link', url: 'mailto:info@example.org' },
      ],
    });
  });

  it('images become image blocks with their alt text; an image not imported or without alt is reported, not linked', () => {
    const result = convert(
      '<p>Tekst <img src="/x.jpg" class="wp-image-9" alt=""> meer</p><p><img src="https://elders.example/y.jpg" alt="Y"></p>',
      withImage,
    );
    expect(result.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Tekst meer' }] },
      {
        type: 'image',
        image: { url: '/uploads/foto.jpg', alternativeText: 'Alt uit de mediabibliotheek', name: 'foto.jpg', caption: null },
        children: [{ type: 'text', text: '' }],
      },
    ]);
    expect(result.notes).toEqual(['afbeelding niet overgenomen (niet in de meegegeven mediamap): https://elders.example/y.jpg']);
  });

  it('never passes raw HTML: scripts and forms go, iframes and embeds become links, tables become text, all reported', () => {
    const result = convert(
      '<p onclick="x()">Hallo<script>alert(1)</script></p><iframe src="javascript:alert(2)"></iframe><iframe src="https://video.example/1"></iframe><table><tr><th>A</th><td>B</td></tr></table><form><input></form><style>p{}</style>',
    );
    const text = JSON.stringify(result.blocks);
    expect(text).not.toMatch(/script|onclick|<|javascript/);
    expect(result.blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hallo' }] },
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://video.example/1',
            children: [{ type: 'text', text: 'Bekijk de ingesloten inhoud: https://video.example/1' }],
          },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'A · B' }] },
    ]);
    expect(result.notes).toEqual([
      '<script> verwijderd',
      'ingesloten inhoud (<iframe>) zonder webadres verwijderd',
      'ingesloten inhoud (<iframe>) vervangen door een link: https://video.example/1',
      'tabel omgezet in gewone alinea’s (één per rij); controleer de opmaak',
      '<form> verwijderd',
      '<style> verwijderd',
    ]);
  });

  it('resolves shortcodes: caption to a figure, embed to a link, others removed with their text; "[sic]" stays', () => {
    const result = convert(
      '[caption id="a" width="300"]<img src="/x.jpg" class="wp-image-9" alt="Foto"> Onderschrift[/caption]\n\n[embed]https://www.youtube.com/watch?v=1[/embed]\n\n[vc_row]Tekst [sic] blijft[/vc_row]',
      withImage,
    );
    expect(result.blocks).toEqual([
      {
        type: 'image',
        image: { url: '/uploads/foto.jpg', alternativeText: 'Foto', name: 'foto.jpg', caption: 'Onderschrift' },
        children: [{ type: 'text', text: '' }],
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'link',
            url: 'https://www.youtube.com/watch?v=1',
            children: [{ type: 'text', text: 'https://www.youtube.com/watch?v=1' }],
          },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'Tekst [sic] blijft' }] },
    ]);
    expect(result.notes).toContain('shortcode [vc_row] verwijderd; controleer of er iets ontbreekt');
  });

  it('quotes keep their paragraphs as lines; code keeps its whitespace and language', () => {
    expect(
      convert(
        '<blockquote><p>Een</p><p>Twee</p><cite>Iemand</cite></blockquote><pre><code class="language-js">if (a) {\n  b();\n}</code></pre>',
      ).blocks,
    ).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'Een\nTwee' }] },
      { type: 'code', language: 'js', children: [{ type: 'text', text: 'if (a) {\n  b();\n}' }] },
    ]);
  });
});

describe('redirect maps', () => {
  it('are written as JSON and nginx map, looked up by old host and path, and only ever point at a local path', () => {
    const dir = path.join(work, 'redirects');
    const map = new Map([
      ['oude-site.example/2020/01/bericht', '/nieuws/bericht/'],
      ['oude-site.example/?p=7', '/nieuws/zeven/'],
      ['oude-site.example/kwaad', '//evil.example/'],
    ]);
    const files = writeRedirectMap(dir, 'wordpress-test', map);
    const lookup = redirectLookup(dir);
    expect(lookup('www.oude-site.example:443', '/2020/01/bericht/')).toBe('/nieuws/bericht/');
    expect(lookup('oude-site.example', '/2020/01/bericht')).toBe('/nieuws/bericht/');
    expect(lookup('oude-site.example', '/', '?p=7')).toBe('/nieuws/zeven/');
    expect(lookup('oude-site.example', '/kwaad')).toBeUndefined();
    expect(lookup('andere-site.example', '/2020/01/bericht/')).toBeUndefined();
    const nginx = readFileSync(files.nginx, 'utf8');
    expect(nginx).toContain('"~^(www\\.)?oude-site\\.example/2020/01/bericht/?$" "/nieuws/bericht/";');
    expect(nginx).not.toContain('evil');
  });
});
