import type { Core } from '@strapi/strapi';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type LayoutField = { name: string; size: number };
type ViewConfig = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list?: string[]; edit: LayoutField[][] };
};
type Schema = {
  uid: string;
  attributes: Record<string, { type: string }>;
  config?: { settings?: Record<string, unknown>; metadatas?: Record<string, Metadata>; layouts?: { list?: string[] } };
};

const ROW = 12;
/** Long or structured fields take the whole row, so editors read them without squinting. */
const FULL_WIDTH = new Set(['text', 'blocks', 'richtext', 'component', 'dynamiczone', 'json']);

/** Edit layout in the order of the schema file, keeping the fields (and sizes) Strapi allows. */
function editLayout(schema: Schema, stored: LayoutField[][]): LayoutField[][] {
  const allowed = new Map(stored.flat().map((field) => [field.name, field.size]));
  const rows: LayoutField[][] = [[]];
  for (const name of Object.keys(schema.attributes)) {
    const storedSize = allowed.get(name);
    if (storedSize === undefined) continue;
    const size = FULL_WIDTH.has(schema.attributes[name]!.type) ? ROW : storedSize;
    const row = rows[rows.length - 1]!;
    if (row.reduce((sum, field) => sum + field.size, 0) + size > ROW) rows.push([{ name, size }]);
    else row.push({ name, size });
  }
  return rows.filter((row) => row.length > 0);
}

/**
 * The field a collapsed repeatable row is labelled with (Strapi shows the component's main
 * field there): the question, the slot's title, not "0", "1", "2". Strapi refuses partial
 * settings in a component file, so they are set here.
 */
export const MAIN_FIELDS: Record<string, string> = {
  'agenda.question': 'text',
  'agenda.theme': 'title',
  'agenda.national-theme': 'title',
  'content.qa-pair': 'question',
  'event.price': 'label',
  'event.programme-slot': 'title',
  'event.session': 'title',
  'event.site-visit': 'title',
  'event.venue': 'name',
  'shared.contact': 'organisation',
  'shared.link': 'label',
  'shared.partner': 'name',
  'shared.social-link': 'platform',
  'shared.image': 'alt',
  'shared.seo': 'metaTitle',
  'site.krachtlijn': 'title',
  'site.teaser': 'title',
};

/** Fields Strapi adds to every type, named in Dutch in lists, filters and the edit view. */
const SYSTEM_LABELS: Record<string, string> = {
  id: 'ID',
  documentId: 'Document-ID',
  createdAt: 'Aangemaakt',
  updatedAt: 'Gewijzigd',
  publishedAt: 'Gepubliceerd',
  createdBy: 'Aangemaakt door',
  updatedBy: 'Gewijzigd door',
};

/** Stored view merged with what the schema file says: settings, Dutch labels and descriptions, list columns, field order. */
export function desiredView(schema: Schema, stored: ViewConfig): ViewConfig {
  const wanted = schema.config ?? {};
  const metadatas = Object.fromEntries(
    Object.entries(stored.metadatas).map(([name, meta]) => {
      const system = SYSTEM_LABELS[name] ? { label: SYSTEM_LABELS[name] } : {};
      const own = wanted.metadatas?.[name] ?? {};
      return [name, { edit: { ...meta.edit, ...system, ...own.edit }, list: { ...meta.list, ...system, ...own.list } }];
    }),
  );
  return {
    settings: { ...stored.settings, ...wanted.settings, ...(MAIN_FIELDS[schema.uid] ? { mainField: MAIN_FIELDS[schema.uid] } : {}) },
    metadatas,
    layouts: { ...stored.layouts, list: wanted.layouts?.list ?? stored.layouts.list ?? [], edit: editLayout(schema, stored.layouts.edit) },
  };
}

type ConfigService = {
  findConfiguration(schema: unknown): Promise<ViewConfig>;
  updateConfiguration(schema: unknown, config: ViewConfig): Promise<unknown>;
};

/**
 * The Content Manager's list and edit views of every content type and component of this
 * project, as the schema files describe them (configuration as code): applied on every
 * boot, written only when something differs.
 */
export async function configureAdminViews(strapi: Core.Strapi): Promise<number> {
  const contentManager = strapi.plugin('content-manager');
  const targets: [ConfigService, Schema][] = [
    ...Object.values(strapi.contentTypes)
      .filter((ct) => ct.uid.startsWith('api::'))
      .map((ct): [ConfigService, Schema] => [contentManager.service('content-types') as ConfigService, ct as unknown as Schema]),
    ...Object.values(strapi.components).map((c): [ConfigService, Schema] => [
      contentManager.service('components') as ConfigService,
      c as unknown as Schema,
    ]),
  ];
  let changed = 0;
  for (const [service, schema] of targets) {
    const stored = await service.findConfiguration(schema);
    const desired = desiredView(schema, stored);
    const current = { settings: stored.settings, metadatas: stored.metadatas, layouts: stored.layouts };
    if (JSON.stringify(current) === JSON.stringify(desired)) continue;
    await service.updateConfiguration(schema, desired);
    changed++;
  }
  return changed;
}
