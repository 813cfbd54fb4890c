import type { Core } from '@strapi/strapi';
import { componentSchema, ownAttributes, type SchemaLike } from './schema-walk';

type Data = Record<string, unknown>;
type Node = { type?: string; url?: unknown; children?: unknown };

/** "www.example.org/x" → "https://www.example.org/x": what an editor means by it. */
export const completeLink = (url: string) => (/^www\.[^\s/]+\.[^\s]/i.test(url.trim()) ? `https://${url.trim()}` : url);

/** Links in rich text (Strapi Blocks), completed in place. */
function completeBlockLinks(nodes: unknown): void {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes as Node[]) {
    if (node?.type === 'link' && typeof node.url === 'string') node.url = completeLink(node.url);
    completeBlockLinks(node?.children);
  }
}

/**
 * Completes `www.…` addresses in link fields and rich text with `https://` before they are
 * checked and stored, in `data` and its components: an editor typing www.hogeschool.nl
 * gets a working link instead of a refusal.
 */
export function completeLinks(strapi: Core.Strapi, schema: SchemaLike, data: Data): void {
  for (const [name, attr] of ownAttributes(schema)) {
    const value = data[name];
    if (value === null || value === undefined) continue;
    if (attr.pluginOptions?.wsd?.format === 'url' && typeof value === 'string') data[name] = completeLink(value);
    else if (attr.type === 'blocks') completeBlockLinks(value);
    else if (attr.type === 'component' && attr.component) {
      const sub = componentSchema(strapi, attr.component);
      for (const item of Array.isArray(value) ? value : [value])
        if (item && typeof item === 'object') completeLinks(strapi, sub, item as Data);
    }
  }
}
