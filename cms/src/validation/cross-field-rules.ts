import type { Core } from '@strapi/strapi';
import type { Issue } from './issues';

type Data = Record<string, unknown>;
type RuleContext = { strapi: Core.Strapi; documentId?: string; mode: 'write' | 'publish' };
type Rule = (data: Data, context: RuleContext) => Promise<Issue[]> | Issue[];

/** Extracts a related documentId from the shapes Strapi accepts for a to-one relation. */
export function relatedDocumentId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { documentId?: string; connect?: unknown[]; set?: unknown[] };
  if (typeof v.documentId === 'string') return v.documentId;
  const first = (v.set ?? v.connect)?.[0];
  return first === undefined ? undefined : relatedDocumentId(first);
}

const eventEndsAfterStart: Rule = (data) => {
  if (!data.startsAt || !data.endsAt) return [];
  const start = new Date(String(data.startsAt)).getTime();
  const end = new Date(String(data.endsAt)).getTime();
  return end > start ? [] : [{ path: ['endsAt'], label: 'Eindigt', message: 'moet na de begintijd (Begint) liggen' }];
};

const agendaPeriodInOrder: Rule = (data) => {
  const from = Number(data.periodStart);
  const to = Number(data.periodEnd);
  if (!data.periodStart || !data.periodEnd || to >= from) return [];
  return [{ path: ['periodEnd'], label: 'Tot en met (jaar)', message: 'mag niet vóór het beginjaar liggen' }];
};

/** One kennisagenda per werkplaats and period: checked when it is published. */
const oneAgendaPerWerkplaatsAndPeriod: Rule = async (data, { strapi, documentId, mode }) => {
  if (mode !== 'publish') return [];
  const werkplaats = relatedDocumentId(data.werkplaats);
  if (!werkplaats) return [{ path: ['werkplaats'], label: 'Werkplaats', message: 'is verplicht' }];
  const others = await strapi.documents('api::kennisagenda.kennisagenda').findMany({
    status: 'published',
    filters: {
      werkplaats: { documentId: werkplaats },
      periodStart: Number(data.periodStart),
      periodEnd: Number(data.periodEnd),
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    fields: ['title'],
  });
  if (others.length === 0) return [];
  return [
    {
      path: ['periodStart'],
      label: 'Periode',
      message: `deze werkplaats heeft al een kennisagenda voor ${data.periodStart}–${data.periodEnd} ("${others[0]?.title}")`,
    },
  ];
};

/** Rules that involve more than one field or other documents, per content type. */
export const CROSS_FIELD_RULES: Record<string, Rule[]> = {
  'api::evenement.evenement': [eventEndsAfterStart],
  'api::kennisagenda.kennisagenda': [agendaPeriodInOrder, oneAgendaPerWerkplaatsAndPeriod],
};
