/**
 * Admin panel customisation: Dutch is the only extra language and the default. Strapi
 * reads the chosen language from localStorage before it renders; on a first visit there
 * is none yet, so we set Dutch there. Each demo user also has Dutch as preferred language.
 */
const LANGUAGE_KEY = 'strapi-admin-language';

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
      },
    },
  },
  register() {
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'nl');
  },
  bootstrap() {},
};
