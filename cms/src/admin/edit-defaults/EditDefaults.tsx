import { amsterdamDay } from '@wsd/shared-types/dutch-dates';
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient, useForm } from '@strapi/strapi/admin';
import { useEffect, useRef } from 'react';
import { dateFields, slugField, slugFollowsTitle, werkplaatsFields, type Schema } from './defaults';

type Props = { model: string; documentId?: string; document?: { status?: string } | null };
type Relation = { id: number; documentId: string; locale?: string | null; status?: string; name?: string; region?: string };

const CONSUMER = 'WsdEditDefaults';
type Values = Record<string, unknown>;
const valuesOf = (form: { values: object }) => form.values as Values;
/** How long after the last keystroke in the title the slug is made (Strapi's own UID field waits 300 ms). */
const SLUG_DELAY_MS = 400;

/** The slug follows the title until an editor changes it; the server makes it (unique, as "Regenereer" does). */
function useSlugFollowsTitle(model: string, schema: Schema | undefined, documentId: string | undefined, published: boolean) {
  const field = slugField(schema);
  const title = useForm(CONSUMER, (form) => (field ? valuesOf(form)[field.from] : undefined));
  const slug = useForm(CONSUMER, (form) => (field ? valuesOf(form)[field.name] : undefined));
  const onChange = useForm(CONSUMER, (form) => form.onChange);
  const { post } = useFetchClient();
  const lastMade = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!field || typeof title !== 'string' || title.trim() === '') return;
    if (!slugFollowsTitle({ slug, lastMade: lastMade.current, typeName: schema?.info?.singularName, published })) return;
    const timer = setTimeout(() => {
      void post<{ data: string }>('/content-manager/uid/generate', {
        contentTypeUID: model,
        field: field.name,
        data: { id: documentId ?? '', [field.from]: title },
      })
        .then(({ data }) => {
          lastMade.current = data.data;
          onChange(field.name, data.data);
        })
        .catch(() => undefined); // the editor can still press "Regenereer" or type one
    }, SLUG_DELAY_MS);
    return () => clearTimeout(timer);
    // Only a change of the title makes a new slug.
  }, [title]);
}

/** A new entry's date is today and, for a region editor with one werkplaats, that werkplaats is linked. */
function useNewEntryDefaults(model: string, schema: Schema | undefined, creating: boolean, ready: boolean) {
  const values = useForm(CONSUMER, valuesOf);
  const onChange = useForm(CONSUMER, (form) => form.onChange);
  const { get } = useFetchClient();
  const done = useRef(false);
  useEffect(() => {
    // Only once the form holds its initial values: setting them resets what was filled in before.
    if (!creating || !schema || !ready || done.current) return;
    done.current = true;
    for (const name of dateFields(schema)) if (!values[name]) onChange(name, amsterdamDay());
    for (const name of werkplaatsFields(schema)) {
      const current = values[name] as { connect?: unknown[] } | undefined;
      if ((current?.connect ?? []).length > 0) continue;
      // The relation search offers a region editor only their own werkplaatsen (server-side).
      void get<{ results: Relation[] }>(`/content-manager/relations/${model}/${name}`, { params: { pageSize: 2 } })
        .then(({ data }) => {
          if (data.results.length !== 1) return;
          const [werkplaats] = data.results as [Relation];
          onChange(`${name}.connect`, [
            {
              // The route answers with the field the picker shows (its main field, the region), kept as it came.
              ...werkplaats,
              id: werkplaats.id,
              apiData: { id: werkplaats.id, documentId: werkplaats.documentId, locale: werkplaats.locale ?? null, isTemporary: true },
              status: werkplaats.status,
              __temp_key__: 'a0',
              label: werkplaats.region ?? werkplaats.name,
              href: `../collection-types/api::werkplaats.werkplaats/${werkplaats.documentId}`,
            },
          ]);
        })
        .catch(() => undefined); // then the editor picks it, as before
    }
  }, [creating, schema, ready]);
}

/**
 * Runs inside the edit view's form (as a side panel without content) and fills in what a
 * new entry should start with; it shows nothing itself.
 */
export const EditDefaults = ({ model, documentId, document }: Props) => {
  const { contentType, isLoading } = useContentManagerContext();
  const schema = contentType as unknown as Schema | undefined;
  const published = document?.status === 'published' || document?.status === 'modified';
  useSlugFollowsTitle(model, schema, documentId, published);
  // A new entry has no documentId yet (the context's isCreatingEntry is not set in panels).
  useNewEntryDefaults(model, schema, !documentId, !isLoading);
  return null;
};
