/**
 * What the list views show in their columns where Strapi's own cells are hard to read: the
 * names in a to-many relation column ("Noord-Holland, Utrecht", where Strapi shows "2
 * items" behind a menu) and dates without the weekday, so every column fits the screen.
 */

/** One page of the content manager's own relation listing (`GET /content-manager/relations/:model/:id/:field`). */
export type RelationPage = {
  results: Record<string, unknown>[];
  pagination?: { total?: number };
};

/** How many names a cell asks for; more are summed up as "+N". */
export const NAMES_SHOWN = 3;

/** The listing's address for one row's relation, with Strapi's own permission and draft handling. */
export function relationPath(model: string, documentId: string, field: string, locale?: string): string {
  const query = new URLSearchParams({ pageSize: String(NAMES_SHOWN) });
  if (locale) query.set('locale', locale);
  return `/content-manager/relations/${encodeURIComponent(model)}/${encodeURIComponent(documentId)}/${encodeURIComponent(field)}?${query}`;
}

/** "A, B +2": the related entries by their main field, an untitled one as `emptyLabel`, the rest counted. */
export function relationNames(page: RelationPage, mainField: string, emptyLabel: string): string {
  const names = page.results.map((entry) => {
    const value = entry[mainField];
    return typeof value === 'string' && value.trim() ? value.trim() : emptyLabel;
  });
  const more = (page.pagination?.total ?? names.length) - names.length;
  return more > 0 ? `${names.join(', ')} +${more}` : names.join(', ');
}

/** Whether a list column is a to-many relation (the ones Strapi shows as a count). */
export function isToManyRelation(attribute: { type: string; relation?: string }): boolean {
  return attribute.type === 'relation' && /ToMany$/.test(attribute.relation ?? '');
}
