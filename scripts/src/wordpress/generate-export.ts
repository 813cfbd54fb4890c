/**
 * A synthetic WordPress export of any size, written as WordPress writes one (WXR 1.2,
 * block-editor HTML in CDATA, categories, tags, postmeta), streamed to disk: the tests
 * and the benchmark use it for speed and memory. Deterministic for a given count.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const TOPICS = ['eenzaamheid', 'bestaanszekerheid', 'samenwerking in de wijk', 'jeugdzorg', 'mantelzorg', 'schuldhulp'];
const PLACES = ['Utrecht', 'Nieuwegein', 'Zeist', 'Amersfoort', 'Houten'];
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function body(n: number, paragraphs: number): string {
  const topic = TOPICS[n % TOPICS.length]!;
  const place = PLACES[n % PLACES.length]!;
  const parts = [`<!-- wp:heading --><h2>Wat ${place} leert over ${topic}</h2><!-- /wp:heading -->`];
  for (let p = 0; p < paragraphs; p++)
    parts.push(
      `<!-- wp:paragraph --><p>Alinea ${p + 1} van bericht ${n}: professionals en bewoners in <strong>${place}</strong> onderzoeken samen ${topic}. Meer bij <a href="https://www.movisie.nl/">Movisie</a>.</p><!-- /wp:paragraph -->`,
    );
  parts.push('<!-- wp:list --><ul><li>luisteren</li><li>samen doen<ul><li>in de wijk</li></ul></li></ul><!-- /wp:list -->');
  return parts.join('\n\n');
}

function item(n: number, site: string, paragraphs: number): string {
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const year = 2015 + (n % 10);
  const slug = `bericht-${n}-over-${TOPICS[n % TOPICS.length]!.replace(/ /g, '-')}`;
  return `\t<item>
\t\t<title>${cdata(`Bericht ${n}: ${TOPICS[n % TOPICS.length]} in ${PLACES[n % PLACES.length]}`)}</title>
\t\t<link>${site}/${year}/${month}/${slug}/</link>
\t\t<dc:creator>${cdata('redactie')}</dc:creator>
\t\t<guid isPermaLink="false">${site}/?p=${n}</guid>
\t\t<content:encoded>${cdata(body(n, paragraphs))}</content:encoded>
\t\t<excerpt:encoded>${cdata(`Samenvatting van bericht ${n}.`)}</excerpt:encoded>
\t\t<wp:post_id>${n}</wp:post_id>
\t\t<wp:post_date>${cdata(`${year}-${month}-${day} 10:00:00`)}</wp:post_date>
\t\t<wp:post_name>${cdata(slug)}</wp:post_name>
\t\t<wp:status>${cdata(n % 10 === 0 ? 'draft' : 'publish')}</wp:status>
\t\t<wp:post_type>${cdata('post')}</wp:post_type>
\t\t<category domain="category" nicename="thema-${n % 4}">${cdata(`Thema ${n % 4}`)}</category>
\t\t<wp:postmeta><wp:meta_key>${cdata('_edit_last')}</wp:meta_key><wp:meta_value>${cdata('1')}</wp:meta_value></wp:postmeta>
\t</item>\n`;
}

/** Writes an export with `count` posts (every tenth a draft) and `paragraphs` paragraphs each. */
export async function generateExport(file: string, count: number, options: { paragraphs?: number; site?: string } = {}): Promise<void> {
  const site = options.site ?? 'https://www.gegenereerde-werkplaats.example';
  const paragraphs = options.paragraphs ?? 6;
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Gegenereerde werkplaats</title>
\t<link>${site}</link>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_blog_url>${site}</wp:base_blog_url>
${[0, 1, 2, 3].map((t) => `\t<wp:category><wp:category_nicename>${cdata(`thema-${t}`)}</wp:category_nicename><wp:cat_name>${cdata(`Thema ${t}`)}</wp:cat_name></wp:category>`).join('\n')}
`);
  for (let n = 1; n <= count; n++) await write(item(n, site, paragraphs));
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
}
