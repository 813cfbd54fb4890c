/**
 * The defaults a new entry gets in the edit view, as plain functions: which field is the
 * slug, when it still follows the title, what today is in Amsterdam, which relation points
 * at the werkplaatsen.
 */
type Attribute = { type: string; targetField?: string; target?: string };
export type Schema = { info?: { singularName?: string }; attributes: Record<string, Attribute> };

/** The slug field and the field it is made from, if the type has one. */
export function slugField(schema: Schema | undefined): { name: string; from: string } | null {
  const found = Object.entries(schema?.attributes ?? {}).find(([, attribute]) => attribute.type === 'uid' && attribute.targetField);
  return found ? { name: found[0], from: found[1].targetField! } : null;
}

/**
 * Whether the slug still follows the title: it is empty, it is what this page last made
 * from the title, or it is Strapi's placeholder (the type's name, e.g. "nieuwsbericht-2").
 * Only for entries that were never published: a live page keeps its address.
 */
export function slugFollowsTitle(input: {
  slug: unknown;
  lastMade: string | undefined;
  typeName: string | undefined;
  published: boolean;
}): boolean {
  if (input.published) return false;
  if (input.slug === undefined || input.slug === null || input.slug === '') return true;
  if (input.slug === input.lastMade) return true;
  return input.typeName !== undefined && new RegExp(`^${input.typeName}(-\\d+)?$`).test(String(input.slug));
}

/** Date fields that default to today on a new entry (the entry's own date, not event times). */
export const dateFields = (schema: Schema | undefined) =>
  Object.entries(schema?.attributes ?? {})
    .filter(([name, attribute]) => attribute.type === 'date' && name === 'date')
    .map(([name]) => name);

/** The relation fields that link an entry to its werkplaats(en). */
export const werkplaatsFields = (schema: Schema | undefined) =>
  Object.entries(schema?.attributes ?? {})
    .filter(([, attribute]) => attribute.type === 'relation' && attribute.target === 'api::werkplaats.werkplaats')
    .map(([name]) => name);
