import { amsterdam, daysFrom } from '@wsd/shared-types';
import { h, p, paragraphs, quote, ul } from './blocks';
import type { DemoImage } from './demo-media';

/**
 * Demo content for a local start: the facts of the network's published pages, retold in
 * our own words, plus a few upcoming items (dated relative to the day of seeding) so
 * every block of the site has content. Every entry carries an editorial note saying it
 * is demo content; that note is private and never reaches the site.
 */

export const DEMO_NOTE = 'Demo-inhoud voor de lokale ontwikkelomgeving; niet publiceren op de echte site.';
const UPCOMING_NOTE = `${DEMO_NOTE} Dit is een verzonnen toekomstig item, zodat de site altijd iets aankondigt.`;

/** Reference to another demo entry by its slug; the seed resolves it to a documentId (the target type comes from the schema). */
export type Ref = string;
export type ImageRef = { image: string; alt?: string; caption?: string };

/**
 * One demo entry: its fields, and what the seed makes of references: image components
 * (`images`, one or a list per field), uploaded documents (`files`, by key of DOCUMENTS,
 * one or a list per field) and relations (`refs`, by slug).
 */
export type DemoEntry = {
  slug: string;
  data: Record<string, unknown>;
  images?: Record<string, ImageRef | ImageRef[]>;
  files?: Record<string, string | string[]>;
  refs?: Record<string, Ref | Ref[]>;
};

const palette = {
  blue: ['#1d3a5f', '#7fb3d5'] as [string, string],
  green: ['#1f4d3a', '#9ed2b0'] as [string, string],
  plum: ['#4a2545', '#e3a6c9'] as [string, string],
  ochre: ['#6b4b16', '#f2c46d'] as [string, string],
};

export const IMAGES: Record<string, DemoImage> = {
  symposium: {
    name: 'symposium-samenspel.jpg',
    label: 'Professionaliteit in samenspel',
    palette: palette.blue,
    alt: 'Abstracte illustratie in blauwtinten met de titel van het symposium Professionaliteit in samenspel.',
  },
  symposiumNext: {
    name: 'symposium-volgend-jaar.jpg',
    label: 'Jaarsymposium WSD',
    palette: palette.plum,
    alt: 'Abstracte illustratie in paarstinten met de tekst Jaarsymposium WSD.',
  },
  kus: {
    name: 'themabijeenkomst-kus.jpg',
    label: 'Gesprekstafels in Utrecht',
    palette: palette.green,
    alt: 'Abstracte illustratie in groentinten met de tekst Gesprekstafels in Utrecht.',
  },
  zhz: {
    name: 'zhz-jaar-een.jpg',
    label: 'Zuid-Holland Zuid: jaar 1',
    palette: palette.ochre,
    alt: 'Abstracte illustratie in okertinten met de tekst Zuid-Holland Zuid: jaar 1.',
  },
  interview: {
    name: 'interview-agenderen.jpg',
    label: 'Agenderen van sociale kwesties',
    palette: palette.plum,
    alt: 'Abstracte illustratie in paarstinten met de tekst Agenderen van sociale kwesties.',
  },
  kenniscafe: {
    name: 'kenniscafe.jpg',
    label: 'Kenniscafé',
    palette: palette.green,
    alt: 'Abstracte illustratie in groentinten met het woord Kenniscafé.',
  },
  agendaNh: {
    name: 'kennisagenda-nh.jpg',
    label: 'Kennisagenda Noord-Holland',
    palette: palette.blue,
    alt: 'Abstracte illustratie in blauwtinten met de tekst Kennisagenda Noord-Holland.',
  },
  figureNh1: {
    name: 'figuur-nh-overzicht.jpg',
    label: 'Empowerment · drie vraagstukken · impact',
    palette: palette.blue,
    alt: 'Schema: empowerment in het midden, daaromheen de drie professionaliseringsvraagstukken en de impact op de kwaliteit van samenleven.',
  },
  figureNh2: {
    name: 'figuur-landelijke-themas.jpg',
    label: 'Sociale kwaliteit in de sociale basis',
    palette: palette.ochre,
    alt: 'Schema van het landelijk werkprogramma met als rode draad sociale kwaliteit in de sociale basis en de professionaliseringsthema’s.',
  },
  portrait: { name: 'portret-placeholder.jpg', label: 'Portret', palette: palette.plum, alt: 'Abstract portretvlak in paarstinten.' },
};

/** Demo documents (PDF, rendered on the first seed), by the key entries use in `files`. */
export const DOCUMENTS: Record<string, { name: string; title: string; lines: string[] }> = {
  invitation: {
    name: 'uitnodiging-symposium-2019.pdf',
    title: 'Uitnodiging: Professionaliteit in samenspel',
    lines: [
      'Jaarlijks symposium van de Werkplaatsen Sociaal Domein',
      'Maandag 25 november 2019, The Colour Kitchen, Prinses Christinalaan 1, Utrecht',
      'Ochtend (optioneel): werkbezoeken, 09.30–12.00 uur',
      'Middag: lezing, drie deelsymposia en een gesprek met professionals, 13.00–17.00 uur',
      'Toegang: € 60 voor de middag, € 80 voor ochtend en middag',
      '',
      'Demo-document, gemaakt voor de lokale ontwikkelomgeving.',
    ],
  },
};

export const THEMAS: DemoEntry[] = [
  ['Sociale basis', 'sociale-basis', 'Wat mensen in buurten en netwerken met en voor elkaar doen, en hoe sociaal werk dat versterkt.'],
  [
    'Interprofessioneel samenwerken',
    'interprofessioneel-samenwerken',
    'Samenwerken over de grenzen van beroepen, organisaties en domeinen heen, ook met ervaringsdeskundigen.',
  ],
  [
    'Agenderen van sociale kwesties',
    'agenderen-van-sociale-kwesties',
    'Hoe sociaal professionals signalen uit de praktijk onder de aandacht brengen van beleid, publiek en netwerk.',
  ],
  [
    'Contextueel werken',
    'contextueel-werken',
    'Ondersteuning in de eigen woonomgeving, met oog voor buren, buurt en betrokken organisaties.',
  ],
  [
    'Verticale polarisatie',
    'verticale-polarisatie',
    'De groeiende afstand tussen overheid en inwoners, en wat dat vraagt van sociaal werkers die daartussen staan.',
  ],
  ['Ervaringskennis', 'ervaringskennis', 'Kennis uit eigen ervaring naast kennis uit onderzoek en vakmanschap.'],
  [
    'Professionele identiteit',
    'professionele-identiteit',
    'Wie ben je als professional als je voortdurend tussen rollen en belangen schakelt?',
  ],
  ['Eenzaamheid', 'eenzaamheid', 'Eenzaamheid voorkomen en doorbreken, bij jong en oud.'],
].map(([name, slug, description]) => ({ slug: slug!, data: { name, description, editorialNote: DEMO_NOTE } }));

export const PERSONEN: DemoEntry[] = [
  {
    slug: 'lex-veldboer',
    data: { name: 'Lex Veldboer', role: 'lector Stedelijk Sociaal Werken', organisation: 'Hogeschool van Amsterdam' },
  },
  {
    slug: 'guido-walraven',
    data: {
      name: 'Guido Walraven',
      role: 'lector Dynamiek van de Stad; coördinator WSD Zuid-Holland Zuid',
      organisation: 'Hogeschool Inholland',
    },
  },
  {
    slug: 'evelien-tonkens',
    data: {
      name: 'Evelien Tonkens',
      role: 'hoogleraar Burgerschap en Humanisering van de Publieke Sector',
      organisation: 'Universiteit voor Humanistiek',
    },
  },
  {
    slug: 'mirjam-kruisselbrink',
    data: {
      name: 'Mirjam Kruisselbrink',
      role: 'contactpersoon kennisplatform Utrecht Sociaal',
      organisation: 'Hogeschool Utrecht',
      email: 'mirjam.kruisselbrink@hu.nl',
    },
  },
].map((e) => ({ ...e, data: { ...e.data, editorialNote: DEMO_NOTE } }));

export const WERKPLAATSEN: DemoEntry[] = [
  {
    slug: 'noord-holland',
    data: {
      name: 'Werkplaats Sociaal Domein Noord-Holland',
      code: 'NH',
      region: 'Noord-Holland',
      summary:
        'Sinds 2012 geleid door het lectoraat Empowerment & Professionalisering; werkt met gemeenten, zorg- en welzijnsorganisaties aan een regionale kennisagenda.',
      description: paragraphs(`
        De werkplaats in Noord-Holland bestaat sinds 2012. Het lectoraat Empowerment & Professionalisering trekt haar, samen met zorg- en welzijnsorganisaties, gemeenten en cliëntenorganisaties uit de regio.

        Samen kiezen de partners welke vraagstukken uit het sociaal domein zij onderzoeken. Voor 2023 tot en met 2026 staan drie professionaliseringsvraagstukken centraal, steeds met de vraag wat het werk oplevert voor de kwaliteit van samenleven.`),
      lectoraat: 'Empowerment & Professionalisering',
      since: 2012,
      socials: [{ platform: 'linkedin', url: 'https://www.linkedin.com/' }],
      newsletterUrl: 'https://example.org/nieuwsbrief/nh',
      editorialNote: DEMO_NOTE,
    },
  },
  {
    slug: 'zuid-holland-zuid',
    data: {
      name: 'Werkplaats Sociaal Domein Zuid-Holland Zuid',
      code: 'ZHZ',
      region: 'Zuid-Holland Zuid',
      summary:
        'Brengt sinds september 2016 beleidsmakers, docentonderzoekers en sociale professionals uit Rotterdam, Dordrecht en omgeving samen.',
      description: paragraphs(`
        De werkplaats in Zuid-Holland Zuid begon in september 2016. Beleidsmakers van gemeenten, sociale professionals en docentonderzoekers van meer dan twaalf organisaties leren er samen van praktijkvragen.

        Hogeschool Inholland coördineert de werkplaats. Bijeenkomsten vinden verspreid door de regio plaats, van Rotterdam en Schiedam tot Dordrecht en Barendrecht.`),
      leadInstitution: 'Hogeschool Inholland',
      lectoraat: 'Dynamiek van de Stad',
      since: 2016,
      contact: {
        organisation: 'Werkplaats Sociaal Domein Zuid-Holland Zuid',
        street: 'Museumpark 40',
        room: 'MP.L03.105',
        postcode: '3015 CX',
        city: 'Rotterdam',
        phone: '010 794 5676',
        email: 'info@werkplaatssociaaldomeinzhz.nl',
      },
      socials: [
        { platform: 'x', url: 'https://x.com/' },
        { platform: 'linkedin', url: 'https://www.linkedin.com/' },
      ],
      newsletterUrl: 'https://example.org/nieuwsbrief/zhz',
      partners: [{ name: 'Hogeschool Inholland', url: 'https://www.inholland.nl/' }],
      editorialNote: DEMO_NOTE,
    },
  },
  {
    slug: 'utrecht',
    data: {
      name: 'Werkplaats Sociaal Domein Utrecht',
      code: 'Utrecht',
      region: 'Utrecht',
      summary: 'Het kennisplatform Utrecht Sociaal (kUS) verbindt gemeenten, welzijn, vrijwillige inzet en onderwijs in de regio Utrecht.',
      description: paragraphs(`
        In de regio Utrecht werkt de werkplaats als kennisplatform Utrecht Sociaal, kortweg kUS. Gemeenten, welzijnsorganisaties, vrijwilligersorganisaties en het onderwijs ontmoeten elkaar er op themabijeenkomsten en werken samen aan nieuwe professionaliteit.

        De werkplaats werkt onder meer samen met Dock Utrecht, dat bij het symposium van 2019 zijn deuren opende voor werkbezoeken.`),
      leadInstitution: 'Hogeschool Utrecht',
      since: 2016,
      contact: { organisation: 'Kennisplatform Utrecht Sociaal', city: 'Utrecht', email: 'kus@hu.nl' },
      partners: [{ name: 'Dock Utrecht', url: 'https://www.dock.nl/' }],
      editorialNote: DEMO_NOTE,
    },
  },
  {
    slug: 'amsterdam',
    data: {
      name: 'Werkplaats Sociaal Domein Amsterdam',
      code: 'AMS',
      region: 'Amsterdam',
      summary: 'Penvoerder is het lectoraat Stedelijk Sociaal Werken van de Hogeschool van Amsterdam.',
      description: paragraphs(`
        De Amsterdamse werkplaats onderzoekt sociaal werk in de stad. Het lectoraat Stedelijk Sociaal Werken van de Hogeschool van Amsterdam is penvoerder.`),
      leadInstitution: 'Hogeschool van Amsterdam',
      lectoraat: 'Stedelijk Sociaal Werken',
      contact: { organisation: 'Hogeschool van Amsterdam', city: 'Amsterdam' },
      editorialNote: DEMO_NOTE,
    },
  },
];

const SYMPOSIUM_2019: DemoEntry = {
  slug: 'professionaliteit-in-samenspel',
  data: {
    title: 'Professionaliteit in samenspel',
    kind: 'symposium',
    startsAt: amsterdam('2019-11-25', '09:30'),
    endsAt: amsterdam('2019-11-25', '17:30'),
    summary:
      'Het jaarsymposium van de Werkplaatsen Sociaal Domein over sociaal professionals die met iedereen moeten samenwerken, en wat dat doet met hun eigen identiteit. Met werkbezoeken in de ochtend.',
    body: [
      ...paragraphs(`
        Sociaal professionals dragen de veranderingen in het sociaal domein. Er wordt veel van ze gevraagd: ze moeten dicht bij inwoners staan, samenwerken met onder anderen de wijkagent, specialistische hulpverlening, jeugdbescherming en het buurtteam, en ook nog invloed uitoefenen op beleid. Dat betekent veel overleg, veel compromissen en telkens een andere pet op.

        Dit symposium kijkt naar de manieren waarop professionals samenwerken. Waar lukt het en waar loopt het vast? Helpt al dat samenspel echt om dichtbij en preventief te werken? En weten professionals daarbij nog waar ze zelf voor staan?`),
      h(2, 'Werkbezoek en symposium'),
      p(
        'In de werkplaatsen onderzoeken professionals, beleidsmakers, onderzoekers, docenten, studenten en inwoners samen de dagelijkse praktijk. Het middagprogramma heeft een lezing, drie deelsymposia en een gesprek tussen professionals. Wie wil, gaat ’s ochtends mee op werkbezoek bij een van de locaties van Dock Utrecht, dat samen met de werkplaats Utrecht zijn deuren opent.',
      ),
    ],
    venue: { name: 'The Colour Kitchen', street: 'Prinses Christinalaan 1', city: 'Utrecht' },
    prices: [
      { label: 'Middagprogramma (symposium)', amountCents: 6000 },
      { label: 'Ochtend en middag (werkbezoek en symposium)', amountCents: 8000 },
    ],
    registrationUrl: 'https://example.org/aanmelden/symposium-2019',
    programme: [
      { startTime: '09:30:00.000', endTime: '10:00:00.000', title: 'Inloop werkbezoeken' },
      { startTime: '10:00:00.000', endTime: '12:00:00.000', title: 'Werkbezoeken' },
      { startTime: '12:00:00.000', endTime: '13:00:00.000', title: 'Lunch voor deelnemers aan een werkbezoek' },
      { startTime: '12:30:00.000', endTime: '13:00:00.000', title: 'Inloop symposium' },
      {
        startTime: '13:00:00.000',
        endTime: '14:00:00.000',
        title: 'Lezing: de slash-professional',
        speaker: 'Lex Veldboer, lector Stedelijk Sociaal Werken (Hogeschool van Amsterdam)',
        description:
          'Veldboer gaat uit van het boek When the State meets the street (2017) van Bernardo Zacka over uitvoerders die morele afwegingen maken. Hij bespreekt professionals die voortdurend vakinhoudelijke en bedrijfsmatige logica tegen elkaar afwegen, en pleit voor meer collegiale verantwoording in teams, tussen domeinen en in de opleiding.',
      },
      { startTime: '14:00:00.000', endTime: '15:15:00.000', title: 'Deelsymposia (drie parallelle sessies)' },
      { startTime: '15:15:00.000', endTime: '15:45:00.000', title: 'Pauze' },
      { startTime: '15:45:00.000', endTime: '16:30:00.000', title: 'Gesprek: professionals over samenspel en identiteit' },
      { startTime: '16:30:00.000', endTime: '16:45:00.000', title: 'Reflectie' },
      { startTime: '16:45:00.000', endTime: '17:30:00.000', title: 'Borrel' },
    ],
    sessions: [
      {
        title: 'Sociale basis',
        description:
          'Veel lerende praktijken van de werkplaatsen spelen zich af in de sociale basis en willen die sterker maken. In korte pitches delen we wat zij leerden: wat is de sociale basis en wanneer is die van goede kwaliteit, wie doen er mee, en wat levert het op?',
      },
      {
        title: 'Interprofessioneel werken',
        description:
          'Er is veel geïnvesteerd in samenwerking: notities, trainingen, casusoverleg, coördinatiepunten en ketenafspraken. Dat werkt lang niet altijd. Deze sessie zoekt een oorzaak in de verschillende manieren waarop partijen naar de situatie van een cliënt kijken, en vraagt hoe je tot een gedeelde blik komt.',
      },
      {
        title: 'Agenderen van sociale kwesties',
        description:
          'Professionals brengen kwesties niet alleen aan beleidstafels in, maar ook in het publieke debat, in de buurt en in hun netwerk. Is sociaal werk een mensenrechtenberoep, gaat het om sociale rechtvaardigheid, en helpt de capability-benadering daarbij? We zoeken het samen uit aan de hand van een casus.',
        hosts: 'Guido Walraven (Hogeschool Inholland) en anderen',
      },
    ],
    siteVisits: [
      {
        title: 'DURF!: evenementen met en door jongeren',
        organisation: 'Buurtcentrum Bij de Buren',
        city: 'Utrecht (Leidsche Rijn)',
        description:
          'Jongeren uit Leidsche Rijn en Vleuten-De Meern organiseren zelf evenementen, vanuit wat ze kunnen en niet vanuit hun problemen. Stagiairs van het Studenten Leerbedrijf vertellen hoe ze de wensen van jongeren ophalen, wat dat opleverde en op welke methodiek ze bouwen.',
      },
      {
        title: 'Het Vorstelijk Complex: werken in een multifunctionele accommodatie',
        organisation: 'Het Vorstelijk Complex',
        city: 'Utrecht (Zuilen)',
        description:
          'Twee voormalige schoolgebouwen zijn nu cultuurhuis, vergaderlocatie, horeca en buurthuis tegelijk. Na een welkom door een buurtkoor bezoek je een taal- en horecaproject en praat je met professionals over de dilemma’s als bewoners heel verschillende dingen van dezelfde ruimte willen.',
      },
      {
        title: 'Een maatjesproject voor tieners van 10 tot 14 jaar',
        city: 'Utrecht',
        description:
          'Tieners tussen basisschool en middelbare school zitten in een kwetsbare fase. Een maatje helpt om kleine opvoedvragen klein te houden, over pesten, praten over gevoelens of een eigen identiteit. Wat werkt er, wat schuurt, en wat doet de sociaal werker?',
      },
      {
        title: 'Buurthuis De Nieuwe Jutter en de Ouderensoos',
        organisation: 'De Nieuwe Jutter',
        city: 'Utrecht',
        description:
          'Sinds 2008 beheren bewoners dit buurthuis zelf; de Ouderensoos is een dag door en voor oudere bewoners. Samen bespreken we wat zulke initiatieven waard zijn en hoe de rollen in het sociale veld verschuiven.',
      },
    ],
    editorialNote: DEMO_NOTE,
  },
  images: { cover: { image: 'symposium' } },
  files: { invitation: 'invitation' },
  refs: {
    werkplaatsen: ['utrecht', 'zuid-holland-zuid', 'noord-holland', 'amsterdam'],
    themas: ['sociale-basis', 'interprofessioneel-samenwerken', 'agenderen-van-sociale-kwesties', 'professionele-identiteit'],
  },
};

const KUS_2016: DemoEntry = {
  slug: 'themabijeenkomst-professionaliteit-kus-2016',
  data: {
    title: 'Themabijeenkomst kUS: professionaliteit en professionele identiteit',
    kind: 'themabijeenkomst',
    startsAt: amsterdam('2016-05-27', '13:00'),
    endsAt: amsterdam('2016-05-27', '17:00'),
    summary: 'Eerste themabijeenkomst van het kennisplatform Utrecht Sociaal, met een lezing van Evelien Tonkens en gesprekstafels.',
    venue: { name: 'Hogeschool Utrecht', city: 'Utrecht' },
    programme: [
      {
        startTime: '13:00:00.000',
        title: 'Lezing: (de)professionalisering in de participatiesamenleving',
        speaker: 'Evelien Tonkens (Universiteit voor Humanistiek)',
      },
      { startTime: '14:15:00.000', title: 'Gesprekstafels' },
    ],
    editorialNote: DEMO_NOTE,
  },
  refs: { werkplaatsen: ['utrecht'], themas: ['professionele-identiteit'] },
};

/** Upcoming items, dated relative to the day of seeding. */
function upcomingEvents(now: Date): DemoEntry[] {
  const symposiumDay = daysFrom(now, 70);
  const cafe = (
    slug: string,
    werkplaats: string,
    region: string,
    offset: number,
    topic: string,
    venue: { name: string; city: string },
    thema: string,
  ): DemoEntry => ({
    slug,
    data: {
      title: `Kenniscafé ${region}: ${topic}`,
      kind: 'kenniscafe',
      startsAt: amsterdam(daysFrom(now, offset), '15:30'),
      endsAt: amsterdam(daysFrom(now, offset), '17:30'),
      summary: `Een middag in ${venue.city} waarin professionals, inwoners, onderzoekers en studenten samen praten over ${topic.toLowerCase()}. Gratis, wel even aanmelden.`,
      body: paragraphs(`
        In een kenniscafé brengen we drie soorten kennis samen: wat onderzoek laat zien, wat professionals in hun werk zien en wat inwoners zelf meemaken. Na een korte aftrap gaan we in kleine groepen in gesprek.

        De opbrengst nemen we mee in de regionale kennisagenda.`),
      venue,
      prices: [{ label: 'Deelname', amountCents: 0 }],
      registrationUrl: `mailto:aanmelden@example.org?subject=${encodeURIComponent(`Kenniscafé ${region}`)}`,
      programme: [
        { startTime: '15:30:00.000', endTime: '15:45:00.000', title: 'Ontvangst' },
        { startTime: '15:45:00.000', endTime: '16:15:00.000', title: 'Aftrap: wat weten we al?' },
        { startTime: '16:15:00.000', endTime: '17:15:00.000', title: 'Gesprekken in kleine groepen' },
        { startTime: '17:15:00.000', endTime: '17:30:00.000', title: 'Wat nemen we mee?' },
      ],
      editorialNote: UPCOMING_NOTE,
    },
    images: { cover: { image: 'kenniscafe' } },
    refs: { werkplaatsen: [werkplaats], themas: [thema] },
  });
  return [
    {
      slug: 'jaarsymposium-werkplaatsen-sociaal-domein',
      data: {
        title: 'Jaarsymposium Werkplaatsen Sociaal Domein: sociale kwaliteit in de sociale basis',
        kind: 'symposium',
        startsAt: amsterdam(symposiumDay, '13:00'),
        endsAt: amsterdam(symposiumDay, '17:30'),
        summary:
          'Het volgende jaarsymposium van alle werkplaatsen, rond de rode draad van het landelijk werkprogramma: sociale kwaliteit in de sociale basis.',
        body: paragraphs(`
          Alle werkplaatsen komen een middag samen om te delen wat hun onderzoek in de praktijk heeft opgeleverd. Centraal staat de rode draad van het landelijk werkprogramma: sociale kwaliteit in de sociale basis.

          Na de plenaire opening kies je een van drie deelsessies, over samenwerken met ervaringsdeskundigen, over contextueel werken en over de afstand tussen overheid en inwoners.`),
        venue: { name: 'The Colour Kitchen', street: 'Prinses Christinalaan 1', city: 'Utrecht' },
        prices: [
          { label: 'Symposium', amountCents: 6500 },
          { label: 'Studenten', amountCents: 1500 },
        ],
        registrationUrl: 'https://example.org/aanmelden/jaarsymposium',
        programme: [
          { startTime: '12:30:00.000', endTime: '13:00:00.000', title: 'Inloop' },
          { startTime: '13:00:00.000', endTime: '14:00:00.000', title: 'Opening en lezing' },
          { startTime: '14:00:00.000', endTime: '15:15:00.000', title: 'Deelsessies' },
          { startTime: '15:15:00.000', endTime: '15:45:00.000', title: 'Pauze' },
          { startTime: '15:45:00.000', endTime: '16:45:00.000', title: 'Gesprek met professionals en inwoners' },
          { startTime: '16:45:00.000', endTime: '17:30:00.000', title: 'Borrel' },
        ],
        sessions: [
          { title: 'Samenwerken met ervaringsdeskundigen', description: 'Hoe vullen ervaringskennis en professionele kennis elkaar aan?' },
          {
            title: 'Contextueel werken',
            description: 'Wonen in de wijk in plaats van in een instelling: wat vraagt dat van buren en professionals?',
          },
          { title: 'Tussen overheid en inwoner', description: 'Sociaal werk als kritische partner van de gemeente.' },
        ],
        editorialNote: UPCOMING_NOTE,
      },
      images: { cover: { image: 'symposiumNext' } },
      refs: { werkplaatsen: ['noord-holland', 'zuid-holland-zuid', 'utrecht', 'amsterdam'], themas: ['sociale-basis'] },
    },
    cafe(
      'kenniscafe-noord-holland-ervaringskennis',
      'noord-holland',
      'Noord-Holland',
      16,
      'Ervaringskennis in het wijkteam',
      { name: 'Wijkcentrum De Brug', city: 'Haarlem' },
      'ervaringskennis',
    ),
    cafe(
      'kenniscafe-zuid-holland-zuid-huisuitzettingen',
      'zuid-holland-zuid',
      'Zuid-Holland Zuid',
      23,
      'Huisuitzettingen voorkomen',
      { name: 'Bibliotheek Dordrecht', city: 'Dordrecht' },
      'agenderen-van-sociale-kwesties',
    ),
    cafe(
      'kenniscafe-utrecht-burgerkracht',
      'utrecht',
      'Utrecht',
      30,
      'Burgerkracht in de wijk',
      { name: 'Buurthuis De Nieuwe Jutter', city: 'Utrecht' },
      'sociale-basis',
    ),
    cafe(
      'kenniscafe-amsterdam-eenzaamheid',
      'amsterdam',
      'Amsterdam',
      37,
      'Eenzaamheid onder jongeren',
      { name: 'Hogeschool van Amsterdam', city: 'Amsterdam' },
      'eenzaamheid',
    ),
  ];
}

export function evenementen(now: Date): DemoEntry[] {
  return [SYMPOSIUM_2019, KUS_2016, ...upcomingEvents(now)];
}

export function nieuwsberichten(now: Date): DemoEntry[] {
  return [
    {
      slug: 'symposium-professionaliteit-in-samenspel-aangekondigd',
      data: {
        title: 'Jaarsymposium 2019: Professionaliteit in samenspel',
        date: '2019-07-11',
        kind: 'aankondiging',
        lead: 'Dit najaar staan sociaal professionals centraal op het jaarsymposium van de werkplaatsen: op 25 november 2019 in The Colour Kitchen in Utrecht, met werkbezoeken in de ochtend.',
        body: [
          ...paragraphs(`
            Van sociaal professionals wordt veel verwacht. Ze werken samen met inwoners, collega’s uit andere vakgebieden en beleidsmakers, en moeten daarbij telkens schakelen. Hoe houden ze daarbij vast aan hun eigen vakmanschap? Daarover gaat het jaarsymposium van de Werkplaatsen Sociaal Domein.`),
          ul([
            '**Datum:** maandag 25 november 2019',
            '**Tijd:** werkbezoeken 9.30–12.00 uur (optioneel), symposium 13.00–17.00 uur',
            '**Locatie:** The Colour Kitchen, Prinses Christinalaan 1, Utrecht',
            '**Toegang:** € 60 voor de middag, € 80 voor ochtend en middag',
          ]),
          p(
            'Het volledige programma, de drie deelsymposia en de vier werkbezoeken staan op de [evenementpagina](/agenda/professionaliteit-in-samenspel/). De uitnodiging is ook als PDF te downloaden.',
          ),
        ],
        editorialNote: DEMO_NOTE,
      },
      images: { cover: { image: 'symposium' } },
      files: { attachments: ['invitation'] },
      refs: {
        werkplaatsen: ['utrecht'],
        themas: ['professionele-identiteit', 'interprofessioneel-samenwerken'],
        event: 'professionaliteit-in-samenspel',
        people: ['lex-veldboer'],
      },
    },
    {
      slug: 'verslag-themabijeenkomst-kus-professionaliteit',
      data: {
        title: 'Verslag: eerste themabijeenkomst kennisplatform Utrecht Sociaal',
        date: '2016-06-09',
        kind: 'verslag',
        lead: 'Op 27 mei kwamen gemeenten, welzijn, vrijwillige inzet en onderwijs uit de regio Utrecht bijeen rond professionaliteit en professionele identiteit.',
        body: [
          ...paragraphs(`
            Na de start in januari hield het kennisplatform Utrecht Sociaal (kUS) op 27 mei zijn eerste themabijeenkomst. Het doel: elkaar ontmoeten, verbinden en samenwerken.

            De veranderingen in het sociaal domein vragen om een nieuwe professionaliteit. Evelien Tonkens, hoogleraar aan de Universiteit voor Humanistiek, sprak over (de)professionalisering in de participatiesamenleving. Ze riep professionals op om te laten horen waar ze tegenaan lopen, en om te doen wat zij nodig vinden.`),
          h(2, 'Gesprekstafels'),
          p(
            'Daarna gingen de deelnemers in gesprek aan tafels die werden geleid door kennisinstellingen en welzijnsorganisaties. De onderwerpen:',
          ),
          ul([
            'Werken vanuit de leefwereld en de meest kwetsbaren bereiken',
            'De werkalliantie tussen professional en cliënt',
            'Samen leren als team in een tijd van verandering',
            'Professionele ruimte',
            'Vernieuwing van het onderwijs: werkplekleren, integraal en netwerkversterkend werken, ethiek in het werk',
            'Moreel beraad en nieuwe professionaliteit bij gemeenten',
          ]),
          h(2, 'Volgende bijeenkomst in oktober'),
          p(
            'In oktober volgt een bijeenkomst over burgerkracht: zelfredzaamheid, samenredzaamheid en ondernemerschap. Ideeën voor die middag zijn welkom via [kus@hu.nl](mailto:kus@hu.nl).',
          ),
        ],
        editorialNote: DEMO_NOTE,
      },
      images: { cover: { image: 'kus' } },
      refs: {
        werkplaatsen: ['utrecht'],
        themas: ['professionele-identiteit'],
        event: 'themabijeenkomst-professionaliteit-kus-2016',
        people: ['evelien-tonkens', 'mirjam-kruisselbrink'],
      },
    },
    {
      slug: 'zuid-holland-zuid-lerend-van-jaar-een',
      data: {
        title: 'Zuid-Holland Zuid: lessen uit het eerste jaar',
        date: '2017-07-02',
        kind: 'terugblik',
        lead: 'Twee werkgroepen, ongeveer 40 deelnemers aan de werkgroepbijeenkomsten en ruim 150 mensen bij uitwisselingen en focusgroepen: een terugblik op het eerste jaar van de werkplaats.',
        body: [
          ...paragraphs(`
            Sinds september 2016 bracht de werkplaats beleidsmakers, docentonderzoekers en sociale professionals samen rond dilemma’s en vragen uit de praktijk van de deelnemende gemeenten. Dat gebeurde in werkgroepen, focusgroepen, onderlinge bezoeken, blogs en workshops, op plekken door de hele regio: van Rotterdam en Schiedam tot Dordrecht en Barendrecht.`),
          h(2, 'Werkgroep 1: doorontwikkeling sociale wijkteams'),
          p(
            'De eerste werkgroep zocht in drie uitwisselingen naar de beste verhouding tussen de nulde en de tweede lijn. Dat leverde beeldmateriaal op over de opdracht en de grenzen van wijkteams, over preventie en collectieve oplossingen, en tips voor samenwerking met huisartsen en andere zorg.',
          ),
          h(2, 'Werkgroep 2: formeel en informeel'),
          p(
            'De tweede werkgroep onderzocht het samenspel tussen formele en informele hulp. Het gaat niet alleen om betaald of onbetaald, maar ook om de rol die je kiest en hoe je met elkaar omgaat. Veel organisaties bleken beide kanten te hebben. Wie verbindt en bemiddelt tussen die werelden, bleek steeds belangrijk. De werkgroep bundelt de verhalen en voorbeelden in een publicatie.',
          ),
          h(2, 'Op naar jaar 2'),
          p(
            'In het tweede jaar gaan deelnemers in kleinere werkteams, samen met bewoners, aan concrete vraagstukken werken. Leren door te doen staat voorop, met producten die anderen ook kunnen gebruiken.',
          ),
        ],
        editorialNote: DEMO_NOTE,
      },
      images: { cover: { image: 'zhz' } },
      refs: { werkplaatsen: ['zuid-holland-zuid'], themas: ['interprofessioneel-samenwerken', 'sociale-basis'] },
    },
    {
      slug: 'interview-guido-walraven-agenderen',
      data: {
        title: 'Interview: Guido Walraven over het agenderen van sociale kwesties',
        date: '2019-10-21',
        kind: 'interview',
        lead: 'Guido Walraven, lector Dynamiek van de Stad bij Inholland en coördinator van WSD Zuid-Holland Zuid, verzorgt op het symposium van 25 november 2019 een sessie over de politiserende kracht van sociaal professionals.',
        body: [p('In vier vragen vertelt hij wat deelnemers kunnen verwachten.')],
        interview: [
          {
            question: 'Wat kunnen deelnemers van de deelsessie verwachten?',
            answer: paragraphs(`
              Agenderen gebeurt niet alleen aan de beleidstafel, en dat willen we laten zien. Professionals brengen signalen ook in het publieke debat, in de wijk en in hun netwerk. We willen het gesprek voeren over de vraag of sociaal werk een mensenrechtenberoep is, wat sociale rechtvaardigheid betekent in de praktijk en wat de capability-benadering daarbij kan bieden.`),
          },
          {
            question: 'Waarom zijn sociaal professionals van belang bij het agenderen van sociale kwesties?',
            answer: paragraphs(`
              Problemen worden al jaren vooral als individuele problemen gezien, alsof iedereen zelf verantwoordelijk is voor succes of falen. In de praktijk klopt dat vaak niet. Professionals kunnen laten zien welke problemen gedeeld zijn en hoe je die structureel aanpakt. Dan kom je ook uit bij belangen en macht.`),
          },
          {
            question: 'Hoe kijken sociaal professionals zelf naar die agenderende rol?',
            answer: [
              ...paragraphs(`
                Je kunt stellen dat sociaal werk altijd politiek is, omdat het in een maatschappelijke context gebeurt. Een kritische houding leer je al in de opleiding.`),
              quote('Agenderen hoeft niet alleen: het gaat juist goed samen met collega’s en een beroepsvereniging.'),
              p('Professionals vormen zo een brug tussen mensen in een kwetsbare positie en de mensen die het beleid maken.'),
            ],
          },
          {
            question: 'Wat doet de werkplaats Zuid-Holland Zuid op dit thema?',
            answer: paragraphs(`
              Met partners en gemeenten maken we een regionale kennisagenda. We vragen professionals welke signalen ze opvangen, bijvoorbeeld in een kenniscafé. Bij het kenniscafé over huisuitzettingen zaten ervaringsdeskundigen, woningcorporaties, deurwaarders, professionals, de gemeente, onderzoekers, docenten en studenten aan tafel. De wethouder nam concrete voorstellen mee. We verbonden zo kennis uit onderzoek, vakkennis en ervaringskennis.`),
          },
        ],
        editorialNote: DEMO_NOTE,
      },
      images: { cover: { image: 'interview' } },
      refs: {
        werkplaatsen: ['zuid-holland-zuid'],
        themas: ['agenderen-van-sociale-kwesties', 'ervaringskennis'],
        event: 'professionaliteit-in-samenspel',
        people: ['guido-walraven'],
      },
    },
    {
      slug: 'noord-holland-presenteert-kennisagenda-2023-2026',
      data: {
        title: 'Noord-Holland presenteert kennisagenda 2023–2026',
        date: '2023-03-01',
        kind: 'nieuws',
        lead: 'Drie professionaliseringsvraagstukken en de impact van sociaal werk staan de komende jaren centraal in de werkplaats Noord-Holland.',
        body: paragraphs(`
          Na gesprekken met partners in de regio heeft de werkplaats Noord-Holland gekozen waar zij tot en met 2026 aan werkt: contextueel werken, interprofessioneel samenwerken en omgaan met verticale polarisatie. In elk project kijkt de werkplaats ook naar wat het werk oplevert voor de kwaliteit van samenleven.

          Lees de volledige [kennisagenda](/kennisagenda/kennisagenda-noord-holland-2023-2026/).`),
        editorialNote: DEMO_NOTE,
      },
      images: { cover: { image: 'agendaNh' } },
      refs: { werkplaatsen: ['noord-holland'], themas: ['contextueel-werken', 'interprofessioneel-samenwerken', 'verticale-polarisatie'] },
    },
    {
      slug: 'aanmelding-jaarsymposium-geopend',
      data: {
        title: 'Aanmelding voor het jaarsymposium is geopend',
        date: daysFrom(now, -4),
        kind: 'aankondiging',
        lead: 'Het volgende jaarsymposium van de werkplaatsen gaat over sociale kwaliteit in de sociale basis. Aanmelden kan nu.',
        body: paragraphs(`
          Alle werkplaatsen delen op het jaarsymposium wat hun onderzoek oplevert voor de praktijk. Er zijn drie deelsessies, over ervaringskennis, contextueel werken en de afstand tussen overheid en inwoners.

          Bekijk het programma op de [evenementpagina](/agenda/jaarsymposium-werkplaatsen-sociaal-domein/).`),
        editorialNote: UPCOMING_NOTE,
      },
      images: { cover: { image: 'symposiumNext' } },
      refs: {
        werkplaatsen: ['noord-holland', 'zuid-holland-zuid', 'utrecht', 'amsterdam'],
        themas: ['sociale-basis'],
        event: 'jaarsymposium-werkplaatsen-sociaal-domein',
      },
    },
    {
      slug: 'ervaringsdeskundigen-en-sociaal-werkers-leren-samenwerken',
      data: {
        title: 'Ervaringsdeskundigen en sociaal werkers leren samenwerken',
        date: daysFrom(now, -11),
        kind: 'nieuws',
        lead: 'In Noord-Holland onderzoeken wijkteams hoe ervaringskennis en professionele kennis elkaar kunnen versterken.',
        body: paragraphs(`
          Ervaringsdeskundigen werken niet meer alleen in de ggz, maar ook in de jeugdhulp en bij armoedeprojecten. Dat vraagt om goede samenwerking met sociaal werkers, want in de praktijk ontstaan soms spanningen.

          De werkplaats volgt een aantal teams die willen samenwerken en samen leren, met als doel betere ondersteuning voor bewoners.`),
        editorialNote: UPCOMING_NOTE,
      },
      images: { cover: { image: 'kenniscafe' } },
      refs: { werkplaatsen: ['noord-holland'], themas: ['ervaringskennis', 'interprofessioneel-samenwerken'] },
    },
  ];
}

export function kennisagendas(): DemoEntry[] {
  return [
    {
      slug: 'kennisagenda-noord-holland-2023-2026',
      data: {
        title: 'Kennisagenda Noord-Holland 2023–2026',
        periodStart: 2023,
        periodEnd: 2026,
        intro: paragraphs(`
          Het lectoraat Empowerment & Professionalisering voert sinds 2012 een van de regionale werkplaatsen uit. In elke werkplaats werken hogescholen, zorg- en welzijnsorganisaties, gemeenten en vaak cliëntenorganisaties samen aan een eigen agenda met een eigen regionale kleur.

          Deze agenda voor 2023 tot en met 2026 is gebaseerd op gesprekken met partners in Noord-Holland. Hij beschrijft de onderwerpen waar we aan werken en de visie die daaronder ligt.`),
        vision: paragraphs(`
          Empowerment is het overkoepelende thema van het lectoraat. In elk project vragen we ons af hoe het bijdraagt aan de kracht van mensen, groepen en gemeenschappen. Wat mensen dagelijks met en voor elkaar doen, is een vaak onzichtbaar fundament van de samenleving. We hebben ook oog voor het tegendeel: groepen die uit elkaar drijven en zich op zichzelf richten.

          Voor goede samenwerking tussen gemeenten, professionals, bewoners, cliënten, vrijwilligers en ervaringsdeskundigen is dit brede perspectief nodig. Sociale kwaliteit versterken hoort daar wat ons betreft bij, en zo sluiten we aan op het overkoepelende thema van het landelijk werkprogramma.`),
        themes: [
          {
            title: 'Contextueel werken in het sociaal domein',
            body: paragraphs(`
              Er sluiten steeds meer instellingen in de jeugdzorg, de ggz en de ouderenzorg. Mensen wonen liever in een zo gewoon mogelijke omgeving, bijvoorbeeld in een pleeggezin of in een eigen huis met ambulante begeleiding.

              Welke steun hebben mensen dan nodig om zelfstandig te wonen en mee te doen in de buurt? En hoe betrekken sociaal werkers de buren en andere organisaties, bijvoorbeeld als omwonenden zich zorgen maken over hun veiligheid? Dit vraagstuk raakt aan sociale cohesie, inclusie en collectief werken.`),
            questions: [
              { text: 'Welke ondersteuning hebben mensen nodig om na een verblijf in een instelling zelfstandig in de wijk te wonen?' },
              { text: 'Hoe betrekken sociaal werkers buren en andere organisaties bij iemand die in de buurt komt wonen?' },
            ],
          },
          {
            title: 'Interprofessioneel samenwerken',
            body: paragraphs(`
              De opgaven van professionals zijn zelden vanuit één vak op te lossen. Daarom gaat dit thema over samenwerken in de wijk met collega’s binnen en buiten het sociaal domein, over de kennis en vaardigheden die dat vraagt, en over wat het cliënten en bewoners oplevert. Uit de jeugdhulp kwam de vraag hoe je het kind en het gezin centraal houdt en wie daarbij de regie heeft.

              Ook de samenwerking met ervaringsdeskundigen valt hieronder. Zij werken inmiddels ook in de jeugdhulp en bij armoedeprojecten. Hoe vullen ervaringskennis en professionele kennis elkaar zo aan dat de cliënt er beter van wordt?`),
            questions: [
              {
                text: 'Welke kennis en vaardigheden hebben sociaal werkers nodig om met andere disciplines samen te werken, en hoe ontwikkelen zij die?',
              },
              { text: 'Wat levert interprofessionele samenwerking cliënten en bewoners op, en hoe kunnen gemeenten erop sturen?' },
              {
                text: 'Hoe werken sociaal werkers en ervaringsdeskundigen zo samen dat spanningen de ondersteuning niet in de weg zitten?',
              },
            ],
          },
          {
            title: 'Omgaan met verticale polarisatie',
            body: paragraphs(`
              De afstand tussen overheid en inwoners lijkt te groeien, en de coronajaren hebben dat versterkt. Jongeren hoorden vooral over hun achterstanden, en maatregelen sloten slecht aan bij de leefwereld van kwetsbare groepen. Inflatie en energiearmoede kunnen de kloof verder vergroten.

              Sociaal werk staat precies tussen overheid en inwoner: vaak in opdracht van de gemeente, maar ook naast bewoners. Hoe groter de afstand, hoe lastiger die dubbele rol wordt. Onze vragen:`),
            questions: [
              { text: 'In welke wijken en bij welke groepen speelt verticale polarisatie?' },
              {
                text: 'Hoe buigen sociaal werkers een negatief beeld van bijvoorbeeld jongeren om naar een positieve benadering van cliënten en bewoners?',
              },
              {
                text: 'Hoe kan sociaal werk een kritische én constructieve partner van de gemeente zijn, die de leefwereld van bewoners blijft inbrengen?',
              },
              {
                text: 'Hoe behoudt of herwint sociaal werk het vertrouwen van bewoners, zonder die rol als kritische partner op te geven?',
              },
            ],
          },
        ],
        impact: paragraphs(`
          Samenwerken is geen doel op zich: het gaat om wat het oplevert voor de kwaliteit van leven en samenleven van cliënten en bewoners. Daarom kijken we in elk project of contextueel werken, samenwerken of omgaan met polarisatie daaraan bijdraagt, in de jeugdzorg, in preventie, in het opbouwwerk of bij het voorkomen van eenzaamheid onder ouderen.

          We brengen die impact in beeld met verhalen en cijfers. De speerpunten zijn een vertrekpunt: als de omstandigheden in de regio veranderen, kan de agenda meebewegen.`),
        nationalThemes: [
          {
            title: 'Sociale kwaliteit in de sociale basis',
            description:
              'De rode draad van het landelijk werkprogramma: in hoeverre mensen kunnen meedoen in sociale relaties op een manier die hun welzijn en mogelijkheden vergroot.',
          },
          { title: 'Samenwerken', description: 'Domeinoverstijgend samenwerken en samenwerking tussen formele en informele partijen.' },
          {
            title: 'Ervaringskennis en ervaringsdeskundigheid',
            description: 'De plaats van ervaringskennis naast onderzoek en vakkennis.',
          },
          { title: 'Impact van sociaal werk', description: 'Zichtbaar maken wat sociaal werk oplevert.' },
        ],
        nationalProgrammeUrl: 'https://example.org/landelijk-werkprogramma-2023-2026',
        editorialNote: DEMO_NOTE,
      },
      images: {
        figures: [
          {
            image: 'figureNh1',
            caption: 'Figuur 1. De hoofdlijnen van de regionale kennisagenda van de werkplaats Noord-Holland, vereenvoudigd in beeld.',
          },
          {
            image: 'figureNh2',
            caption:
              'Figuur 2. De landelijk gekozen professionaliseringsthema’s van de werkplaatsen (naar het landelijk werkprogramma 2023–2026).',
          },
        ],
      },
      refs: { werkplaats: 'noord-holland' },
    },
    {
      slug: 'kennisagenda-zuid-holland-zuid-2023-2026',
      data: {
        title: 'Kennisagenda Zuid-Holland Zuid 2023–2026',
        periodStart: 2023,
        periodEnd: 2026,
        intro: paragraphs(`
          Samen met gemeenten en partners stelt de werkplaats Zuid-Holland Zuid een regionale kennisagenda op. We vragen professionals welke signalen zij zien en welke vragen urgent zijn, bijvoorbeeld in kenniscafés.`),
        vision: paragraphs(`
          We verbinden drie bronnen van kennis: onderzoek, het vakmanschap van professionals en de ervaring van bewoners. Leren doen we samen en zo dicht mogelijk bij de uitvoering.`),
        themes: [
          {
            title: 'Doorontwikkeling van sociale wijkteams',
            body: paragraphs(
              'Hoe verhouden de nulde en de tweede lijn zich, en hoe komen we tot één samenhangend aanbod van buurt tot specialistische hulp?',
            ),
            questions: [
              { text: 'Wat is de opdracht van een wijkteam, en waar liggen de grenzen?' },
              { text: 'Hoe werken wijkteams goed samen met huisartsen en andere zorg?' },
            ],
          },
          {
            title: 'Samenspel tussen formeel en informeel',
            body: paragraphs(
              'Wie is formeel en wie informeel, en wat betekent dat voor de manier waarop je samenwerkt? Verbinders tussen beide werelden blijken belangrijk.',
            ),
            questions: [{ text: 'Welke rol spelen verbinders tussen bewonersinitiatieven en professionele organisaties?' }],
          },
          {
            title: 'Agenderen van sociale kwesties',
            body: paragraphs(
              'Professionals signaleren problemen die meer mensen raken, zoals dreigende huisuitzettingen, en brengen die samen met anderen onder de aandacht.',
            ),
            questions: [
              { text: 'Hoe helpen professionals om huisuitzettingen te voorkomen, samen met corporaties, deurwaarders en de gemeente?' },
            ],
          },
        ],
        impact: paragraphs(
          'We willen dat de opbrengsten terechtkomen in de uitvoering en in beleid, en volgen wat er met voorstellen gebeurt.',
        ),
        nationalThemes: [{ title: 'Sociale kwaliteit in de sociale basis' }],
        editorialNote: `${DEMO_NOTE} Deze agenda is voor de demo samengesteld uit de thema's van de werkplaats.`,
      },
      refs: { werkplaats: 'zuid-holland-zuid' },
    },
    {
      slug: 'kennisagenda-utrecht-2023-2026',
      data: {
        title: 'Kennisagenda Utrecht 2023–2026',
        periodStart: 2023,
        periodEnd: 2026,
        intro: paragraphs(
          'Het kennisplatform Utrecht Sociaal bundelt de vragen van gemeenten, welzijn, vrijwillige inzet en onderwijs in een gezamenlijke agenda.',
        ),
        vision: paragraphs('Nieuwe professionaliteit ontstaat waar praktijk, onderwijs en onderzoek elkaar ontmoeten en samen leren.'),
        themes: [
          {
            title: 'Professionele identiteit en ruimte',
            body: paragraphs('Hoe houden professionals vast aan hun vakmanschap als zij steeds tussen rollen en belangen schakelen?'),
            questions: [
              { text: 'Welke professionele ruimte hebben sociaal werkers nodig, en hoe organiseer je die?' },
              { text: 'Hoe helpen moreel beraad en teamleren daarbij?' },
            ],
          },
          {
            title: 'Burgerkracht',
            body: paragraphs('Zelfredzaamheid, samenredzaamheid en ondernemerschap van inwoners, en de rol van professionals daarbij.'),
            questions: [{ text: 'Wat doen bewonersinitiatieven, zoals buurthuizen in zelfbeheer, voor de sociale basis?' }],
          },
        ],
        impact: paragraphs('De opbrengsten komen terug in het onderwijs en in de werkwijze van de partners.'),
        editorialNote: `${DEMO_NOTE} Deze agenda is voor de demo samengesteld.`,
      },
      refs: { werkplaats: 'utrecht' },
    },
  ];
}

export function dossierartikelen(now: Date): DemoEntry[] {
  const article = (
    slug: string,
    title: string,
    summary: string,
    date: string,
    werkplaats: string,
    themas: string[],
    author: string,
  ): DemoEntry => ({
    slug,
    data: {
      title,
      summary,
      date,
      author,
      externalUrl: `https://www.socialevraagstukken.nl/${slug}/`,
      editorialNote: `${DEMO_NOTE} Titel en webadres zijn verzonnen.`,
    },
    refs: { werkplaats, themas },
  });
  return [
    article(
      'wat-helpt-tegen-eenzaamheid-in-de-wijk',
      'Wat helpt tegen eenzaamheid in de wijk?',
      'Onderzoekers en buurtwerkers zochten samen uit welke aanpakken eenzame bewoners echt bereiken, en waarom een praatje bij de voordeur soms meer doet dan een activiteit.',
      daysFrom(now, -30),
      'amsterdam',
      ['eenzaamheid', 'sociale-basis'],
      'Redactie WSD',
    ),
    article(
      'zelfredzaamheid-jongeren-met-een-beperking',
      'Jongeren met een beperking: zelf de regie',
      'Hoe kunnen jongeren met een beperking zelfstandiger worden? Een werkplaats volgde jongeren, ouders en begeleiders.',
      '2022-10-12',
      'utrecht',
      ['sociale-basis'],
      'Redactie WSD',
    ),
    article(
      'wat-spelen-sociaal-werkers-klaar',
      'Wat spelen sociaal werkers eigenlijk klaar?',
      'Over het zichtbaar maken van de opbrengst van sociaal werk, met verhalen en met cijfers.',
      '2023-05-08',
      'noord-holland',
      ['professionele-identiteit'],
      'Redactie WSD',
    ),
    article(
      'huisuitzettingen-voorkomen-met-drie-soorten-kennis',
      'Huisuitzettingen voorkomen met drie soorten kennis',
      'Een kenniscafé bracht ervaringsdeskundigen, corporaties, deurwaarders en de gemeente samen. De wethouder nam de voorstellen over.',
      '2020-02-17',
      'zuid-holland-zuid',
      ['agenderen-van-sociale-kwesties', 'ervaringskennis'],
      'Redactie WSD',
    ),
    article(
      'formeel-en-informeel-een-lastig-begrippenpaar',
      'Formeel en informeel: een lastig begrippenpaar',
      'Wie steeds het verschil tussen formele en informele hulp benadrukt, houdt die scheiding ook in stand. Lessen uit de focusgroepen in Zuid-Holland Zuid.',
      '2018-01-22',
      'zuid-holland-zuid',
      ['interprofessioneel-samenwerken'],
      'Redactie WSD',
    ),
    article(
      'de-slash-professional',
      'De slash-professional',
      'Professionals wegen voortdurend vakinhoud en bedrijfsvoering tegen elkaar af. Wat hebben ze nodig om dat goed te doen?',
      '2019-12-02',
      'amsterdam',
      ['professionele-identiteit'],
      'Redactie WSD',
    ),
    article(
      'samenwerken-met-ervaringsdeskundigen',
      'Samenwerken met ervaringsdeskundigen vraagt om nieuwe afspraken',
      'Ervaringsdeskundigen en sociaal werkers vullen elkaar aan, mits ze de spanningen bespreekbaar maken.',
      daysFrom(now, -60),
      'noord-holland',
      ['ervaringskennis', 'interprofessioneel-samenwerken'],
      'Redactie WSD',
    ),
  ];
}

export function siteSettings(): Record<string, unknown> {
  return {
    siteName: 'Werkplaatsen Sociaal Domein',
    tagline: 'Samen onderzoeken wat werkt in het sociaal domein',
    intro:
      'In veertien regionale werkplaatsen onderzoeken hogescholen, gemeenten, zorg- en welzijnsorganisaties en inwoners samen de praktijk van het sociaal werk. Hier vind je hun nieuws, bijeenkomsten, kennisagenda’s en publicaties.',
    krachtlijnenTitle: 'Vorm, inhoud en relaties',
    krachtlijnen: [
      { title: 'Vorm', text: 'Elke werkplaats is een duurzaam samenwerkingsverband van hogeschool, gemeenten en praktijkorganisaties.' },
      { title: 'Inhoud', text: 'Een regionale kennisagenda bepaalt welke vragen uit de praktijk samen worden onderzocht.' },
      {
        title: 'Relaties',
        text: 'Onderzoekers, professionals, docenten, studenten en inwoners leren met en van elkaar. Juist het samenspel van de drie krachtlijnen maakt het verschil.',
      },
    ],
    dossierTeaser: {
      title: 'Dossier op Sociale Vraagstukken',
      text: 'Wat helpt tegen eenzaamheid? Hoe worden jongeren met een beperking zelfstandiger? Wat levert sociaal werk op? Sociale Vraagstukken publiceert regelmatig artikelen over opvallend onderzoek uit de werkplaatsen.',
      linkLabel: 'Naar het dossier',
      url: '/dossier/',
    },
    newsletter: {
      title: 'Nieuwsbrief',
      text: 'Blijf op de hoogte van nieuws en bijeenkomsten van de werkplaatsen. Meld je aan voor de nieuwsbrief van het netwerk of van jouw regio.',
      linkLabel: 'Aanmelden voor de nieuwsbrief',
      url: 'https://example.org/nieuwsbrief/',
    },
    contactEmail: 'info@example.org',
    footerText: 'De Werkplaatsen Sociaal Domein zijn een landelijk netwerk van regionale samenwerkingsverbanden in het sociaal domein.',
    footerLinks: [
      { label: 'Privacy', url: '/privacy/' },
      { label: 'Toegankelijkheid', url: '/toegankelijkheid/' },
    ],
    privacy: [
      p('Deze site verzamelt geen persoonsgegevens van bezoekers.'),
      h(2, 'Geen cookies, geen trackers'),
      p(
        'We plaatsen geen cookies, gebruiken geen analysediensten en laden niets van andere partijen. Daarom vragen we ook nergens om toestemming voor cookies.',
      ),
      h(2, 'Zoeken'),
      p('De zoekfunctie werkt helemaal in je eigen browser. Je zoekopdrachten worden niet naar ons of naar anderen verstuurd.'),
      h(2, 'Contact'),
      p('Vragen over privacy? Mail naar [info@example.org](mailto:info@example.org).'),
    ],
    accessibility: [
      p(
        'We willen dat iedereen deze site kan gebruiken. De site is gebouwd volgens de richtlijnen van WCAG 2.1 op niveau AA (EN 301 549).',
      ),
      h(2, 'Wat we doen'),
      ul([
        'Alle pagina’s zijn met het toetsenbord te bedienen en hebben een zichtbare focus.',
        'Afbeeldingen hebben een tekstalternatief.',
        'Kleuren hebben voldoende contrast en de tekst is te vergroten tot 200%.',
        'Elke pagina wordt automatisch getest op toegankelijkheid.',
      ]),
      h(2, 'Iets gevonden?'),
      p('Loop je ergens tegenaan? Laat het ons weten via [info@example.org](mailto:info@example.org). We reageren binnen vijf werkdagen.'),
    ],
    editorialNote: DEMO_NOTE,
  };
}
