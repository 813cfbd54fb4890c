import type { Core } from '@strapi/strapi';
import { amsterdam, daysFrom } from '@wsd/shared-types';
import { markdownToBlocks } from './markdown-blocks';

type Uid = Parameters<Core.Strapi['documents']>[0];

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

const SUBJECTS = [
  'wijkteams',
  'mantelzorgers',
  'jongerenwerk',
  'schuldhulp',
  'buurthuizen',
  'ervaringsdeskundigen',
  'statushouders',
  'ouderen',
  'vrijwilligers',
  'huisartsen',
];
const VERBS = ['onderzoeken', 'versterken', 'verbinden', 'bespreken', 'verbeteren', 'ontdekken'];
const TOPICS = [
  'samenwerking in de wijk',
  'eenzaamheid',
  'bestaanszekerheid',
  'professionele ruimte',
  'informele zorg',
  'preventie',
  'de sociale basis',
  'vertrouwen in de overheid',
];
const KINDS = ['nieuws', 'verslag', 'terugblik', 'aankondiging', 'nieuws'] as const;

export type SyntheticPlan = { news: number; events: number; dossier: number };
/** Events and dossier articles in proportion to the news items. */
export const planFor = (news: number): SyntheticPlan => ({ news, events: Math.ceil(news / 10), dossier: Math.ceil(news / 20) });

async function documentIds(strapi: Core.Strapi, uid: Uid): Promise<string[]> {
  const docs = (await strapi.documents(uid).findMany({ fields: ['documentId'], status: 'published', limit: 1000 } as never)) as {
    documentId: string;
  }[];
  if (docs.length === 0) throw new Error(`Synthetic data needs existing ${uid} entries: run the demo seed first.`);
  return docs.map((d) => d.documentId);
}

/**
 * Inserts synthetic, published news items, events and dossier articles spread over the
 * existing werkplaatsen and themes. Deterministic per seed; slugs carry the seed and
 * index, so a second run with the same seed skips what exists.
 */
export async function generateSynthetic(
  strapi: Core.Strapi,
  options: { count: number; seed: number; now?: Date; onProgress?: (done: number, total: number) => void },
): Promise<SyntheticPlan> {
  const { count, seed, now = new Date(), onProgress } = options;
  if (!Number.isInteger(count) || count < 0 || count > 20000) throw new Error(`count must be an integer from 0 to 20000 (got ${count})`);
  const random = createRandom(seed);
  const werkplaatsen = await documentIds(strapi, 'api::werkplaats.werkplaats' as Uid);
  const themas = await documentIds(strapi, 'api::thema.thema' as Uid);
  const plan = planFor(count);
  const total = plan.news + plan.events + plan.dossier;
  let done = 0;

  const create = async (uid: Uid, slug: string, data: Record<string, unknown>) => {
    const exists = await strapi.documents(uid).findFirst({ filters: { slug }, status: 'draft', fields: ['documentId'] } as never);
    if (!exists) await strapi.documents(uid).create({ data: { ...data, slug }, status: 'published' } as never);
    onProgress?.(++done, total);
  };

  for (let i = 0; i < plan.news; i++) {
    const subject = random.pick(SUBJECTS),
      verb = random.pick(VERBS),
      topic = random.pick(TOPICS);
    await create('api::nieuwsbericht.nieuwsbericht' as Uid, `synthetisch-${seed}-nieuws-${i}`, {
      title: `${subject[0]?.toUpperCase()}${subject.slice(1)} ${verb} ${topic} (${i + 1})`,
      date: daysFrom(now, -random.int(1, 3000)),
      kind: random.pick(KINDS),
      lead: `Een werkplaats laat zien hoe ${subject} samen met onderzoekers ${topic} ${verb}.`,
      body: markdownToBlocks(
        `Dit is een gegenereerd bericht (seed ${seed}, nummer ${i + 1}) over ${topic}.\n\nHet dient om de site en de zoekfunctie op schaal te testen.`,
      ),
      werkplaatsen: [random.pick(werkplaatsen)],
      themas: [random.pick(themas)],
      editorialNote: `Synthetische testinhoud (seed ${seed}).`,
    });
  }
  for (let i = 0; i < plan.events; i++) {
    const day = daysFrom(now, random.int(-1500, 200));
    await create('api::evenement.evenement' as Uid, `synthetisch-${seed}-evenement-${i}`, {
      title: `Bijeenkomst over ${random.pick(TOPICS)} (${i + 1})`,
      kind: random.pick(['themabijeenkomst', 'kenniscafe', 'webinar'] as const),
      startsAt: amsterdam(day, '14:00'),
      endsAt: amsterdam(day, '16:30'),
      summary: `Gegenereerde bijeenkomst voor schaaltests (seed ${seed}).`,
      venue: { name: 'Buurthuis', city: random.pick(['Utrecht', 'Haarlem', 'Dordrecht', 'Amsterdam', 'Rotterdam']) },
      werkplaatsen: [random.pick(werkplaatsen)],
      themas: [random.pick(themas)],
      editorialNote: `Synthetische testinhoud (seed ${seed}).`,
    });
  }
  for (let i = 0; i < plan.dossier; i++) {
    await create('api::dossierartikel.dossierartikel' as Uid, `synthetisch-${seed}-dossier-${i}`, {
      title: `Dossier: ${random.pick(TOPICS)} (${i + 1})`,
      summary: `Gegenereerd dossierartikel voor schaaltests (seed ${seed}).`,
      externalUrl: `https://www.socialevraagstukken.nl/synthetisch-${seed}-${i}/`,
      date: daysFrom(now, -random.int(1, 3000)),
      werkplaats: random.pick(werkplaatsen),
      themas: [random.pick(themas)],
      editorialNote: `Synthetische testinhoud (seed ${seed}).`,
    });
  }
  return plan;
}
