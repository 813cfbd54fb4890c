import type { Evenement, Nieuwsbericht, SiteSetting, Werkplaats } from '@wsd/shared-types';
import type { Content } from '../utils/content.ts';
import { upcomingEvents } from '../utils/selectors.ts';
import { agendaArchivePages } from './agenda.ts';
import { dossierOverview } from './dossier.ts';
import { newsOverview } from './news.ts';
import type { ArchiveYears } from './lists.ts';

export type HomePage = {
  settings: SiteSetting;
  latest: Nieuwsbericht[];
  upcoming: Evenement[];
  werkplaatsen: Werkplaats[];
  /** The years of every archive: each item is at most three clicks from home (home → year → page → item). */
  archives: { news: ArchiveYears; agenda: ArchiveYears; dossier: ArchiveYears };
};

export function homePage(data: Content, now: Date): HomePage {
  return {
    settings: data.settings,
    latest: data.news.slice(0, 4),
    upcoming: upcomingEvents(data.events, now).slice(0, 3),
    werkplaatsen: data.werkplaatsen,
    archives: {
      news: newsOverview(data).years,
      agenda: agendaArchivePages(data, now)[0]?.years ?? [],
      dossier: dossierOverview(data).years,
    },
  };
}
