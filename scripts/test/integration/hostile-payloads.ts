/**
 * The hostile-content corpus: XSS and HTML-injection payloads, numbered so a payload that
 * runs can be named. A payload that runs calls `__xss(n)` (or `alert(n)`); an element it
 * injects carries `data-xss`.
 */
const TEXT_PAYLOADS: ((n: number) => string)[] = [
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<SCRIPT>__xss(${n})</SCRIPT>`,
  (n) => `<script src="data:text/javascript,__xss(${n})"></script>`,
  (n) => `<img src=x onerror="__xss(${n})" data-xss>`,
  (n) => `<img src=x onerror=&#95;&#95;xss(${n}) data-xss>`,
  (n) => `<img srcset=x onerror=__xss(${n}) data-xss>`,
  (n) => `<svg onload=__xss(${n}) data-xss>`,
  (n) => `<svg/onload=alert(${n}) data-xss>`,
  (n) => `<svg><script>__xss(${n})</script></svg>`,
  (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s data-xss>`,
  (n) => `<svg><a xlink:href="javascript:__xss(${n})" data-xss><text>x</text></a></svg>`,
  (n) => `<iframe src="javascript:__xss(${n})" data-xss></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>" data-xss></iframe>`,
  (n) => `<a href="javascript:__xss(${n})" data-xss>klik</a>`,
  (n) => `<a href="jav&#x09;ascript:__xss(${n})" data-xss>klik</a>`,
  (n) => `<a href=" javascript:__xss(${n})" data-xss>klik</a>`,
  (n) => `<body onload=__xss(${n})>`,
  (n) => `"><script>__xss(${n})</script>`,
  (n) => `'><img src=x onerror=__xss(${n}) data-xss>`,
  (n) => `"onmouseover="__xss(${n})" data-xss="`,
  (n) => `</title><script>__xss(${n})</script>`,
  (n) => `</textarea><script>__xss(${n})</script>`,
  (n) => `</style><script>__xss(${n})</script>`,
  (n) => `--><script>__xss(${n})</script>`,
  (n) => `</script><script>__xss(${n})</script>`,
  (n) => `"}</script><script>__xss(${n})</script>`,
  (n) => `\\";__xss(${n});//`,
  (n) => `]]><script>__xss(${n})</script>`,
  (n) => `<![CDATA[<script>__xss(${n})</script>]]>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=__xss(${n}) data-xss>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n}) data-xss>">`,
  (n) => `<xmp><p title="</xmp><img src=x onerror=__xss(${n}) data-xss>">`,
  (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`,
  (n) => `<details open ontoggle=__xss(${n}) data-xss>`,
  (n) => `<input autofocus onfocus=__xss(${n}) data-xss>`,
  (n) => `<video><source onerror=__xss(${n}) data-xss></video>`,
  (n) => `<audio src=x onerror=__xss(${n}) data-xss>`,
  (n) => `<object data="javascript:__xss(${n})" data-xss></object>`,
  (n) => `<embed src="data:text/html,<script>parent.__xss(${n})</script>" data-xss>`,
  (n) => `<form action="javascript:__xss(${n})" data-xss><button>x</button></form>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`,
  (n) => `<base href="javascript:__xss(${n})//">`,
  (n) => `<link rel=stylesheet href="javascript:__xss(${n})">`,
  (n) => `<div style="background:url(javascript:__xss(${n}))" data-xss>`,
  (n) => `<style>@import 'javascript:__xss(${n})';</style>`,
  (n) => `<marquee onstart=__xss(${n}) data-xss>`,
  (n) => `<img src=x onerror=alert(${n}) data-xss>`,
  (n) => `<script>alert(${n})</script>`,
  (n) => `javascript:__xss(${n})`,
  (n) => `data:text/html;base64,${Buffer.from(`<script>parent.__xss(${n})</script>`).toString('base64')}`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}`,
  (n) => `\${__xss(${n})}`,
  (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`,
  (n) => `%3Cscript%3E__xss(${n})%3C/script%3E`,
  // Unicode tricks: look-alike brackets, direction override, zero-width and a NUL.
  (n) => `＜script＞__xss(${n})＜/script＞`,
  (n) => `\u202e<img src=x onerror=__xss(${n}) data-xss>`,
  (n) => `<scr\u200bipt>__xss(${n})</scr\u200bipt><img src=x onerror=__xss(${n}) data-xss>`,
  (n) => `\u0000<script>__xss(${n})</script>`,
];

/** URL-field payloads: allowed schemes (the CMS refuses others) that try to break out of the attribute. */
const URL_PAYLOADS: ((n: number) => string)[] = [
  (n) => `https://voorbeeld.example/"><img/src=x/onerror=__xss(${n})/data-xss>`,
  (n) => `https://voorbeeld.example/?q='><svg/onload=__xss(${n})/data-xss>`,
  (n) => `https://voorbeeld.example/#"onmouseover="__xss(${n})"data-xss="`,
  (n) => `mailto:a@voorbeeld.example?subject="><script>__xss(${n})</script>`,
  (n) => `/nieuws/"><img/src=x/onerror=__xss(${n})/data-xss>`,
];

/** Values the CMS must refuse in every URL field. */
export const UNSAFE_URLS = ['javascript:__xss(0)', 'data:text/html,<script>__xss(0)</script>', 'java\tscript:__xss(0)', '//evil.example/x'];

export const CORPUS_SIZE = TEXT_PAYLOADS.length + URL_PAYLOADS.length;

/** Hands out payloads in turn, numbered 1…, so every field gets one and every payload is used. */
export class PayloadSource {
  #next = 0;
  #nextUrl = 0;
  #numbers = new Set<number>();

  /** The next text payload that fits in `maxLength` characters (undefined if none does). */
  text(maxLength = Infinity): string | undefined {
    for (let tries = 0; tries < TEXT_PAYLOADS.length; tries++) {
      const index = this.#next++ % TEXT_PAYLOADS.length;
      const value = TEXT_PAYLOADS[index]!(index + 1);
      if ([...value].length <= maxLength) return this.#used(index + 1, value);
    }
    return undefined;
  }

  url(): string {
    const index = this.#nextUrl++ % URL_PAYLOADS.length;
    return this.#used(TEXT_PAYLOADS.length + index + 1, URL_PAYLOADS[index]!(TEXT_PAYLOADS.length + index + 1));
  }

  /** A rich-text document with payloads in a heading, a paragraph, a link (text and URL), a list and a quote. */
  blocks(): unknown[] {
    const text = (value = this.text()) => ({ type: 'text', text: value ?? '' });
    return [
      { type: 'heading', level: 2, children: [text()] },
      { type: 'paragraph', children: [text(), { type: 'link', url: this.url(), children: [text()] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text()] }] },
      { type: 'quote', children: [text()] },
    ];
  }

  /** How many different payloads were handed out. */
  get used(): number {
    return this.#numbers.size;
  }

  #used(n: number, value: string): string {
    this.#numbers.add(n);
    return value;
  }
}
