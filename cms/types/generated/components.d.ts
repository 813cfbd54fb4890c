import type { Schema, Struct } from '@strapi/strapi';

export interface AgendaNationalTheme extends Struct.ComponentSchema {
  collectionName: 'components_agenda_national_theme';
  info: {
    description: 'Een thema uit het landelijk werkprogramma';
    displayName: 'Landelijk thema';
    icon: 'globe';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface AgendaQuestion extends Struct.ComponentSchema {
  collectionName: 'components_agenda_question';
  info: {
    description: 'Een deelvraag binnen een thema van de kennisagenda';
    displayName: 'Kennisvraag';
    icon: 'question';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
  };
}

export interface AgendaTheme extends Struct.ComponentSchema {
  collectionName: 'components_agenda_theme';
  info: {
    description: 'Een thema van de kennisagenda met toelichting en deelvragen';
    displayName: 'Professionaliseringsvraagstuk';
    icon: 'bulletList';
  };
  attributes: {
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
    questions: Schema.Attribute.Component<'agenda.question', true>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
  };
}

export interface ContentQaPair extends Struct.ComponentSchema {
  collectionName: 'components_content_qa_pair';
  info: {
    description: 'E\u00E9n vraag met antwoord uit een interview';
    displayName: 'Vraag en antwoord';
    icon: 'discuss';
  };
  attributes: {
    answer: Schema.Attribute.Blocks & Schema.Attribute.Required;
    question: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface EventPrice extends Struct.ComponentSchema {
  collectionName: 'components_event_price';
  info: {
    description: 'Een toegangsprijs met omschrijving';
    displayName: 'Prijs';
    icon: 'priceTag';
  };
  attributes: {
    amountCents: Schema.Attribute.Integer &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMax<
        {
          min: 0;
        },
        number
      >;
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface EventProgrammeSlot extends Struct.ComponentSchema {
  collectionName: 'components_event_programme_slot';
  info: {
    description: 'Een tijdvak in het programma';
    displayName: 'Programmaonderdeel';
    icon: 'clock';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 1000;
      }>;
    endTime: Schema.Attribute.Time;
    speaker: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    startTime: Schema.Attribute.Time & Schema.Attribute.Required;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface EventSession extends Struct.ComponentSchema {
  collectionName: 'components_event_session';
  info: {
    description: 'Een parallelle sessie of deelsymposium';
    displayName: 'Deelsessie';
    icon: 'apps';
  };
  attributes: {
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    hosts: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    room: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface EventSiteVisit extends Struct.ComponentSchema {
  collectionName: 'components_event_site_visit';
  info: {
    description: 'Een bezoek aan een praktijkorganisatie';
    displayName: 'Werkbezoek';
    icon: 'walk';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    description: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
    organisation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
  };
}

export interface EventVenue extends Struct.ComponentSchema {
  collectionName: 'components_event_venue';
  info: {
    description: 'Waar het evenement plaatsvindt';
    displayName: 'Locatie';
    icon: 'pinMap';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    directions: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    postcode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedContact extends Struct.ComponentSchema {
  collectionName: 'components_shared_contact';
  info: {
    description: 'Postadres, telefoon en e-mail';
    displayName: 'Contactgegevens';
    icon: 'phone';
  };
  attributes: {
    city: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    email: Schema.Attribute.Email &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    organisation: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    phone: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 30;
      }>;
    postcode: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 10;
      }>;
    room: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    street: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface SharedImage extends Struct.ComponentSchema {
  collectionName: 'components_shared_image';
  info: {
    description: 'Een afbeelding met verplichte alt-tekst en optioneel bijschrift';
    displayName: 'Afbeelding';
    icon: 'picture';
  };
  attributes: {
    alt: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 250;
      }>;
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    file: Schema.Attribute.Media<'images'> & Schema.Attribute.Required;
  };
}

export interface SharedLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_link';
  info: {
    description: 'Een tekstlink';
    displayName: 'Link';
    icon: 'link';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 80;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        wsd: {
          format: 'url';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedPartner extends Struct.ComponentSchema {
  collectionName: 'components_shared_partner';
  info: {
    description: 'Een partnerorganisatie van een werkplaats';
    displayName: 'Partner';
    icon: 'handHeart';
  };
  attributes: {
    logo: Schema.Attribute.Component<'shared.image', false>;
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        wsd: {
          format: 'url';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seo';
  info: {
    description: 'Titel, omschrijving en deelafbeelding voor zoekmachines en sociale media';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    shareImage: Schema.Attribute.Component<'shared.image', false>;
  };
}

export interface SharedSocialLink extends Struct.ComponentSchema {
  collectionName: 'components_shared_social_link';
  info: {
    description: 'Een account op een sociaal netwerk';
    displayName: 'Sociale media';
    icon: 'earth';
  };
  attributes: {
    platform: Schema.Attribute.Enumeration<
      [
        'linkedin',
        'x',
        'bluesky',
        'mastodon',
        'instagram',
        'facebook',
        'youtube',
      ]
    > &
      Schema.Attribute.Required;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetPluginOptions<{
        wsd: {
          format: 'url';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

export interface SiteKrachtlijn extends Struct.ComponentSchema {
  collectionName: 'components_site_krachtlijn';
  info: {
    description: 'Een van de drie kenmerken van elke werkplaats';
    displayName: 'Krachtlijn';
    icon: 'star';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
  };
}

export interface SiteTeaser extends Struct.ComponentSchema {
  collectionName: 'components_site_teaser';
  info: {
    description: 'Een blok met titel, tekst en link';
    displayName: 'Verwijsblok';
    icon: 'layout';
  };
  attributes: {
    linkLabel: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetPluginOptions<{
        wsd: {
          format: 'url';
        };
      }> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'agenda.national-theme': AgendaNationalTheme;
      'agenda.question': AgendaQuestion;
      'agenda.theme': AgendaTheme;
      'content.qa-pair': ContentQaPair;
      'event.price': EventPrice;
      'event.programme-slot': EventProgrammeSlot;
      'event.session': EventSession;
      'event.site-visit': EventSiteVisit;
      'event.venue': EventVenue;
      'shared.contact': SharedContact;
      'shared.image': SharedImage;
      'shared.link': SharedLink;
      'shared.partner': SharedPartner;
      'shared.seo': SharedSeo;
      'shared.social-link': SharedSocialLink;
      'site.krachtlijn': SiteKrachtlijn;
      'site.teaser': SiteTeaser;
    }
  }
}
