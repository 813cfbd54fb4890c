import type { Core } from '@strapi/strapi';

/** The parts of a Strapi attribute definition the validation reads. */
export type AttributeLike = {
  type: string;
  required?: boolean;
  private?: boolean;
  maxLength?: number;
  minLength?: number;
  min?: number;
  max?: number;
  regex?: string;
  enum?: string[];
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  pluginOptions?: { wsd?: { format?: 'url' } };
};

export type SchemaLike = {
  attributes: Record<string, AttributeLike>;
  config?: { metadatas?: Record<string, { edit?: { label?: string } }> };
};

/** Attributes Strapi adds itself; editors never fill them in. */
const SYSTEM_ATTRIBUTES = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** The editor-defined attributes of a schema, with their Dutch label. */
export function ownAttributes(schema: SchemaLike): [name: string, attr: AttributeLike, label: string][] {
  return Object.entries(schema.attributes)
    .filter(([name]) => !SYSTEM_ATTRIBUTES.has(name))
    .map(([name, attr]) => [name, attr, schema.config?.metadatas?.[name]?.edit?.label ?? name]);
}

export function componentSchema(strapi: Core.Strapi, uid: string): SchemaLike {
  const schema = strapi.components[uid as keyof typeof strapi.components] as unknown as SchemaLike | undefined;
  if (!schema) throw new Error(`Unknown component ${uid}`);
  return schema;
}

/**
 * A populate object that loads every component (recursively) and every media field of a
 * schema: what publish validation needs to see the whole draft.
 */
export function deepPopulate(strapi: Core.Strapi, schema: SchemaLike): Record<string, true | { populate: Record<string, unknown> }> {
  const populate: Record<string, true | { populate: Record<string, unknown> }> = {};
  for (const [name, attr] of ownAttributes(schema)) {
    if (attr.type === 'media') populate[name] = true;
    if (attr.type === 'component' && attr.component) {
      const nested = deepPopulate(strapi, componentSchema(strapi, attr.component));
      populate[name] = Object.keys(nested).length > 0 ? { populate: nested } : true;
    }
  }
  return populate;
}
