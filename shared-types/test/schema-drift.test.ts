import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COMPONENTS, CONTENT_TYPES, documentFields } from '../src/index.ts';

/**
 * Fails when a content type's schema.json in cms/ and its Zod schema here drift apart:
 * a field missing on either side, another type, another required-ness, other enum values
 * or another maximum length.
 */
type Attribute = {
  type: string;
  customField?: string;
  required?: boolean;
  private?: boolean;
  repeatable?: boolean;
  multiple?: boolean;
  relation?: string;
  component?: string;
  enum?: string[];
  maxLength?: number;
};
type SchemaFile = { attributes: Record<string, Attribute> };

const cmsRoot = path.resolve(import.meta.dirname, '../../cms/src');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as SchemaFile;
const contentTypeFile = (uid: string) => {
  const name = uid.split('.').pop() as string;
  return readJson(path.join(cmsRoot, 'api', name, 'content-types', name, 'schema.json'));
};
const componentFile = (uid: string) => {
  const [category, name] = uid.split('.') as [string, string];
  return readJson(path.join(cmsRoot, 'components', category, `${name}.json`));
};

type Shape = { kind: string; optional: boolean; inner: z.ZodType };
function describeZod(type: z.ZodType): Shape {
  let current = type as z.ZodType & { def: { type: string; innerType?: z.ZodType; getter?: () => z.ZodType } };
  let optional = false;
  for (;;) {
    const def = current.def;
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) current = def.innerType as typeof current;
    else if (def.type === 'lazy' && def.getter) current = def.getter() as typeof current;
    else break;
  }
  return { kind: current.def.type, optional, inner: current };
}

/** The project's custom fields (cms/src/custom-fields) and the type each stores. */
const CUSTOM_FIELD_TYPES: Record<string, string> = { 'global::euro-amount': 'integer', 'global::year': 'integer' };

function expectedKind(attr: Attribute): string {
  switch (attr.type) {
    case 'customField':
      return expectedKind({ ...attr, type: CUSTOM_FIELD_TYPES[attr.customField ?? ''] ?? `customField ${attr.customField}` });
    case 'string':
    case 'text':
    case 'email':
    case 'uid':
    case 'date':
    case 'datetime':
    case 'time':
      return 'string';
    case 'enumeration':
      return 'enum';
    case 'integer':
    case 'float':
    case 'decimal':
    case 'biginteger':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'blocks':
      return 'array';
    case 'media':
      return attr.multiple ? 'array' : 'object';
    case 'component':
      return attr.repeatable ? 'array' : 'object';
    case 'relation':
      return attr.relation?.endsWith('ToMany') ? 'array' : 'object';
    default:
      return `unsupported:${attr.type}`;
  }
}

/** Enum values (same order: the admin lists them so) and maximum lengths, as the CMS enforces them. */
function compareRules(where: string, attr: Attribute, inner: z.ZodType, problems: string[]) {
  if (attr.enum) {
    const options = (inner as z.ZodType & { options?: string[] }).options ?? [];
    if (JSON.stringify(options) !== JSON.stringify(attr.enum))
      problems.push(`${where}: enum is ${attr.enum.join(', ')} in schema.json but ${options.join(', ')} in shared-types`);
  }
  if (expectedKind(attr) === 'string') {
    const max = (inner as z.ZodType & { maxLength?: number | null }).maxLength ?? undefined;
    if (max !== attr.maxLength)
      problems.push(`${where}: maxLength is ${attr.maxLength ?? 'none'} in schema.json but ${max ?? 'none'} in shared-types`);
  }
}

function compare(where: string, schemaFile: SchemaFile, zodObject: z.ZodObject, problems: string[]) {
  const shape = zodObject.shape as Record<string, z.ZodType>;
  const publicAttributes = Object.entries(schemaFile.attributes).filter(([, a]) => !a.private);
  for (const [name, attr] of publicAttributes) {
    const field = shape[name];
    if (!field) {
      problems.push(`${where}.${name}: in schema.json but not in shared-types`);
      continue;
    }
    const zod = describeZod(field);
    const kind = expectedKind(attr);
    if (zod.kind !== kind) problems.push(`${where}.${name}: schema.json type ${attr.type} expects ${kind}, shared-types has ${zod.kind}`);
    const alwaysPresent = kind === 'array' && attr.type !== 'blocks' && attr.type !== 'media';
    if (attr.type !== 'relation' && !alwaysPresent && Boolean(attr.required) === zod.optional) {
      problems.push(
        `${where}.${name}: required is ${Boolean(attr.required)} in schema.json but ${zod.optional ? 'optional' : 'required'} in shared-types`,
      );
    }
    compareRules(`${where}.${name}`, attr, zod.inner, problems);
    if (attr.type === 'component' && attr.component) {
      const componentZod = COMPONENTS[attr.component as keyof typeof COMPONENTS] as z.ZodType | undefined;
      if (!componentZod) problems.push(`${where}.${name}: component ${attr.component} has no schema in shared-types`);
    }
  }
  const known = new Set([...Object.keys(schemaFile.attributes), ...Object.keys(documentFields)]);
  for (const name of Object.keys(shape)) if (!known.has(name)) problems.push(`${where}.${name}: in shared-types but not in schema.json`);
}

describe('shared-types matches the CMS schema files', () => {
  for (const [collection, spec] of Object.entries(CONTENT_TYPES)) {
    it(`content type ${spec.uid} (${collection})`, () => {
      const problems: string[] = [];
      compare(spec.uid, contentTypeFile(spec.uid), spec.schema as unknown as z.ZodObject, problems);
      expect(problems).toEqual([]);
    });
  }
  for (const [uid, zodObject] of Object.entries(COMPONENTS)) {
    it(`component ${uid}`, () => {
      const problems: string[] = [];
      compare(uid, componentFile(uid), zodObject as unknown as z.ZodObject, problems);
      expect(problems).toEqual([]);
    });
  }

  it('detects drift (the comparison itself can fail)', () => {
    const problems: string[] = [];
    const drifted: SchemaFile = {
      attributes: { ...contentTypeFile('api::thema.thema').attributes, extra: { type: 'string', required: true } },
    };
    drifted.attributes.name = { type: 'integer', required: true };
    compare('thema', drifted, CONTENT_TYPES.themas.schema as unknown as z.ZodObject, problems);
    expect(problems).toEqual([
      'thema.name: schema.json type integer expects number, shared-types has string',
      'thema.extra: in schema.json but not in shared-types',
    ]);
  });

  it('detects another maximum length, on either side', () => {
    const problems: string[] = [];
    const drifted = structuredClone(contentTypeFile('api::thema.thema'));
    drifted.attributes.name!.maxLength = 100;
    delete drifted.attributes.description!.maxLength;
    compare('thema', drifted, CONTENT_TYPES.themas.schema as unknown as z.ZodObject, problems);
    expect(problems).toEqual([
      'thema.name: maxLength is 100 in schema.json but 80 in shared-types',
      'thema.description: maxLength is none in schema.json but 600 in shared-types',
    ]);
  });

  it('detects another enum value', () => {
    const problems: string[] = [];
    const drifted = structuredClone(contentTypeFile('api::nieuwsbericht.nieuwsbericht'));
    drifted.attributes.kind!.enum = [...drifted.attributes.kind!.enum!, 'column'];
    compare('nieuwsbericht', drifted, CONTENT_TYPES.nieuwsberichten.schema as unknown as z.ZodObject, problems);
    expect(problems).toEqual([
      'nieuwsbericht.kind: enum is nieuws, interview, verslag, terugblik, aankondiging, column in schema.json but nieuws, interview, verslag, terugblik, aankondiging in shared-types',
    ]);
  });
});

describe('every CMS field has a Dutch label and description', () => {
  const files = [
    ...Object.values(CONTENT_TYPES).map((spec) => [spec.uid, contentTypeFile(spec.uid)] as const),
    ...Object.keys(COMPONENTS).map((uid) => [uid, componentFile(uid)] as const),
  ];
  for (const [uid, file] of files) {
    it(uid, () => {
      const metadatas =
        (file as SchemaFile & { config?: { metadatas?: Record<string, { edit?: { label?: string; description?: string } }> } }).config
          ?.metadatas ?? {};
      const missing = Object.keys(file.attributes).filter((name) => !metadatas[name]?.edit?.label || !metadatas[name]?.edit?.description);
      expect(missing).toEqual([]);
    });
  }
});
