/**
 * Admin panel customisation: Dutch is the only extra language and the default. Strapi
 * reads the chosen language from localStorage before it renders; on a first visit there
 * is none yet, so we set Dutch there. Each demo user also has Dutch as preferred language.
 */
import { Earth } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { addLiveLinkColumn } from './publish-status/LiveLinkColumn';
import { PublishStatusPanel } from './publish-status/PublishStatusPanel';

const LANGUAGE_KEY = 'strapi-admin-language';

type ContentManagerApis = { addEditViewSidePanel: (panels: unknown[]) => void };

export default {
  config: {
    locales: ['nl'],
    translations: {
      nl: {
        'Auth.form.welcome.title': 'Welkom bij de redactie van Werkplaatsen Sociaal Domein',
        'Auth.form.welcome.subtitle': 'Log in met je redactieaccount',
        // Strapi's Dutch translation lacks the preview panel's labels.
        'preview.copy.label': 'Voorbeeldlink kopiëren',
        'preview.copy.success': 'Voorbeeldlink gekopieerd',
        'preview.tabs.label': 'Documentstatus',
        // Nor the banner Strapi 5.54 shows above every page about its new media library.
        'app.components.MediaLibraryBanner.intro': 'Nieuw: de vernieuwde mediabibliotheek. ',
        'app.components.MediaLibraryBanner.text': 'Lees in de documentatie hoe je overstapt.',
        'app.components.MediaLibraryBanner.text.enabled': 'Je werkt nu met de nieuwe versie.',
        'app.components.MediaLibraryBanner.button': 'Documentatie (Engels)',
        'app.components.MediaLibraryBanner.button.enabled': 'Aankondiging lezen (Engels)',
        'app.components.MediaLibraryBanner.close': 'Sluiten',
        'wsd.widget.publishing.title': 'Publicatie van de site',
        'wsd.list.live-link': 'Op de site',
      },
    },
  },
  register(app: StrapiApp) {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'nl');
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
    // Every edit view: where the entry stands on the public site.
    (app.getPlugin('content-manager').apis as ContentManagerApis).addEditViewSidePanel([PublishStatusPanel]);
    // Every list view: a "Bekijk op site" link in the rows of published entries.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addLiveLinkColumn);
  },
};
