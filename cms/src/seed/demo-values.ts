import { amsterdam, daysFrom } from '@wsd/shared-types';
import type { AttributeLike, SchemaLike } from '../validation/schema-walk';
import { ownAttributes } from '../validation/schema-walk';
import { markdownToBlocks } from './markdown-blocks';

/**
 * Turns the fields of a demo data entry into what the document service takes, led by the
 * schema of its content type: a relation is written as the slug(s) of its target, a media
 * field as the key of a file in media.yaml, rich text as Markdown, a date as a wall-clock
 * time in Amsterdam or relative to the day of seeding. Nothing here knows a content type.
 */
export class DemoValueError extends Error {
  override name = 'DemoValueError';
  /** The field path from the entry down to the value at fault ("themes.body"). */
  path: string[] = [];
  constructor(
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(reason, options);
  }
  /** The same error, one field further out. */
  within(field: string): this {
    this.path.unshift(field);
    this.message = `${this.path.join('.')}: ${this.reason}`;
    return this;
  }
}

/** What the seeder looks up while shaping: schemas, relation targets by slug, uploaded files by key. */
export type ShapeContext = {
  now: Date;
  component(uid: string): SchemaLike;
  relation(target: string, slug: string): Promise<string>;
  media(key: string): Promise<{ id: number; alt?: string }>;
};

/** `today`, `today+70` or `today-4`: a day relative to seeding; otherwise a calendar date as written. */
function day(value: string, now: Date): string {
  const relative = /^today(?:([+-])(\d+))?$/.exec(value);
  if (!relative) return value;
  const days = Number(relative[2] ?? 0);
  return daysFrom(now, relative[1] === '-' ? -days : days);
}

/** "2019-11-25 09:30" or "today+70 13:00": a wall-clock time in Amsterdam, as a UTC instant. */
function datetime(value: string, now: Date): string {
  const match = /^(\S+) (\d{2}:\d{2})$/.exec(value);
  if (!match) throw new DemoValueError(`"${value}" is not "YYYY-MM-DD HH:MM" or "today±N HH:MM"`);
  return amsterdam(day(match[1]!, now), match[2]!);
}

/** "09:30" as Strapi's time format. */
const time = (value: string) => (/^\d{2}:\d{2}$/.test(value) ? `${value}:00.000` : value);

function expectString(value: unknown): string {
  if (typeof value !== 'string') throw new DemoValueError(`expected text, got ${JSON.stringify(value)}`);
  return value;
}

async function shapeList(value: unknown, shape: (item: unknown) => Promise<unknown>): Promise<unknown> {
  return Array.isArray(value) ? Promise.all(value.map(shape)) : shape(value);
}

/** One attribute's value. */
async function shapeValue(attr: AttributeLike & { target?: string }, value: unknown, context: ShapeContext): Promise<unknown> {
  switch (attr.type) {
    case 'relation':
      return shapeList(value, (slug) => context.relation(attr.target!, expectString(slug)));
    case 'media':
      return shapeList(value, async (key) => (await context.media(expectString(key))).id);
    case 'component':
      return shapeList(value, (item) => shapeComponent(attr.component!, item, context));
    case 'blocks':
      return typeof value === 'string' ? markdownToBlocks(value) : value;
    case 'datetime':
      return datetime(expectString(value), context.now);
    case 'date':
      return day(expectString(value), context.now);
    case 'time':
      return time(expectString(value));
    default:
      return value;
  }
}

/**
 * A component's fields; an image component without its own `alt` takes the alternative
 * text of its file, so a description is written once, in media.yaml.
 */
async function shapeComponent(uid: string, value: unknown, context: ShapeContext): Promise<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DemoValueError(`component ${uid} expects fields, got ${JSON.stringify(value)}`);
  }
  const schema = context.component(uid);
  const fields = await shapeFields(schema, value as Record<string, unknown>, context, uid);
  const mediaField = ownAttributes(schema).find(([, attr]) => attr.type === 'media')?.[0];
  if ('alt' in schema.attributes && fields.alt === undefined && mediaField) {
    const key = (value as Record<string, unknown>)[mediaField];
    if (typeof key === 'string') fields.alt = (await context.media(key)).alt;
  }
  return fields;
}

/** Every field of an entry or component, each checked to exist in `schema` (named `owner` in errors). */
export async function shapeFields(
  schema: SchemaLike,
  fields: Record<string, unknown>,
  context: ShapeContext,
  owner: string,
): Promise<Record<string, unknown>> {
  const shaped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const attr = schema.attributes[name] as (AttributeLike & { target?: string }) | undefined;
    if (!attr) throw new DemoValueError(`"${name}" is not a field of ${owner}`);
    try {
      shaped[name] = await shapeValue(attr, value, context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw (error instanceof DemoValueError ? error : new DemoValueError(reason, { cause: error })).within(name);
    }
  }
  return shaped;
}
