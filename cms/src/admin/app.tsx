/**
 * Admin panel customisation: Dutch is the only extra language and the default. Strapi
 * reads the chosen language from localStorage before it renders; on a first visit there
 * is none yet, so we set Dutch there. Each demo user also has Dutch as preferred language.
 */
import { Earth } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { formatEuro, formatYear, parseEuro, parseYear } from './custom-fields/number-notation';
import { parsedNumberInput } from './custom-fields/ParsedNumberInput';
import { EditDefaults } from './edit-defaults/EditDefaults';
import { readableListColumns } from './list-columns/ListColumns';
import { addLiveLinkColumn } from './publish-status/LiveLinkColumn';
import { PublishStatusPanel } from './publish-status/PublishStatusPanel';
import nl from './translations/nl.json';

const LANGUAGE_KEY = 'strapi-admin-language';

type Described = { type?: string };
type Panel = ((props: unknown) => { title: string } | null) & { type?: string };
type ContentManagerApis = {
  addEditViewSidePanel: (panels: unknown[] | ((panels: Panel[]) => Panel[])) => void;
  addDocumentAction: (reduce: (actions: Described[]) => Described[]) => void;
};
type WidgetList = { id: string; permissions?: { action: string }[] }[];

/**
 * The edit view's "Pas het model aan" and "Configureer de weergave": the model and the views
 * are code here (schema files, src/admin-views), so these only lead editors astray.
 */
const DEVELOPER_ACTIONS = new Set(['edit-the-model', 'configure-the-view']);

/**
 * The scheduling plugin's panel (strapi-plugin-publisher's `ActionManager`, titled
 * "Publisher" in its code) under the title editors know: "Inplannen". The admin build
 * minifies function names, so the panel is recognised by that title in its source.
 */
const isPublisherPanel = (panel: Panel) => panel.name === 'ActionManager' || /title:\s*["']Publisher["']/.test(String(panel));

function scheduledAsInplannen(panels: Panel[]): Panel[] {
  return panels.map((panel) => {
    if (!isPublisherPanel(panel)) return panel;
    const Inplannen: Panel = (props) => {
      const description = panel(props);
      return description ? { ...description, title: 'Inplannen' } : description;
    };
    return Inplannen;
  });
}

/**
 * Strapi's banner about its new media library is news for developers: it is dismissed up
 * front, under the key Strapi keeps per instance (its uuid from /admin/init).
 */
async function dismissMediaLibraryBanner(): Promise<void> {
  const backend = (window as unknown as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  const answer = (await (await fetch(`${backend}/admin/init`)).json()) as { data?: { uuid?: string | false } };
  for (const legacy of [true, false]) {
    const key = `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${answer.data?.uuid}`;
    if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, 'true');
  }
}

export default {
  config: {
    locales: ['nl'],
    // Strapi's own Dutch leaves many screens editors use in English; ours fills them in (translations/nl.json).
    translations: { nl },
  },
  register(app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'nl');
    // Whole numbers in the editor's notation: prices in euros (stored as cents), years (the server registers the same fields).
    app.customFields.register([
      {
        name: 'euro-amount',
        type: 'integer',
        intlLabel: { id: 'wsd.euro-amount.label', defaultMessage: 'Bedrag in euro' },
        intlDescription: { id: 'wsd.euro-amount.description', defaultMessage: 'Een bedrag in euro, opgeslagen in centen' },
        components: { Input: async () => ({ default: parsedNumberInput({ parse: parseEuro, format: formatEuro, prefix: '€' }) }) },
      },
      {
        name: 'year',
        type: 'integer',
        intlLabel: { id: 'wsd.year.label', defaultMessage: 'Jaartal' },
        intlDescription: { id: 'wsd.year.description', defaultMessage: 'Een jaartal in vier cijfers' },
        components: { Input: async () => ({ default: parsedNumberInput({ parse: parseYear, format: formatYear }) }) },
      },
    ]);
    void dismissMediaLibraryBanner().catch(() => undefined); // then the editor closes it once
    // Project statistics are for administrators; Strapi's `roles` on that widget is not applied, a permission is.
    app.widgets.register(((widgets: WidgetList) =>
      widgets.map((widget) =>
        widget.id === 'key-statistics' ? { ...widget, permissions: [{ action: 'admin::users.read' }] } : widget,
      )) as never);
    // On the homepage, for everyone who may read content: the site's live state and last builds.
    app.widgets.register({
      id: 'wsd-publishing',
      icon: Earth,
      title: { id: 'wsd.widget.publishing.title', defaultMessage: 'Publicatie van de site' },
      component: async () => (await import('./publish-status/BuildsWidget')).BuildsWidget,
      permissions: [{ action: 'plugin::content-manager.explorer.read' }],
    });
  },
  bootstrap(app: StrapiApp) {
    // Every edit view: where the entry stands on the public site, and a new entry's defaults.
    const contentManager = app.getPlugin('content-manager').apis as ContentManagerApis;
    contentManager.addEditViewSidePanel([PublishStatusPanel, EditDefaults]);
    contentManager.addEditViewSidePanel(scheduledAsInplannen);
    contentManager.addDocumentAction((actions) => actions.filter((action) => !DEVELOPER_ACTIONS.has(action.type ?? '')));
    // Every list view: a "Bekijk op site" link in the rows of published entries.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addLiveLinkColumn);
    // …the names of the werkplaatsen (any to-many relation) instead of "2 items", dates without the weekday.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', readableListColumns);
  },
};
