import type { Core } from '@strapi/strapi';
import { completeLinks } from './complete-links';
import { CROSS_FIELD_RULES } from './cross-field-rules';
import { fieldIssues, type Mode } from './field-rules';
import { throwIfAny, type Issue } from './issues';
import { deepPopulate, type SchemaLike } from './schema-walk';

type Data = Record<string, unknown>;
type Params = { data?: Data; documentId?: string; status?: string; locale?: string };

async function issuesFor(strapi: Core.Strapi, uid: string, data: Data, mode: Mode, documentId?: string): Promise<Issue[]> {
  const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as SchemaLike;
  const issues = fieldIssues(strapi, schema, data, mode);
  for (const rule of CROSS_FIELD_RULES[uid] ?? []) issues.push(...(await rule(data, { strapi, documentId, mode })));
  return issues;
}

/** The draft as it will be published: stored draft plus the changes of this call. */
async function draftToPublish(strapi: Core.Strapi, uid: string, params: Params): Promise<Data> {
  const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as SchemaLike;
  const populate = {
    ...deepPopulate(strapi, schema),
    ...('werkplaats' in schema.attributes ? { werkplaats: { fields: ['documentId'] } } : {}),
  };
  const documents = strapi.documents(uid as Parameters<typeof strapi.documents>[0]);
  const stored = params.documentId
    ? ((await documents.findOne({ documentId: params.documentId, status: 'draft', populate } as never)) as Data | null)
    : null;
  return { ...(stored ?? {}), ...(params.data ?? {}) };
}

function displayName(strapi: Core.Strapi, uid: string): string {
  return (strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.info?.displayName as string | undefined) ?? uid;
}

/**
 * Document service middleware: in every create and update of an api:: document, `www.…`
 * links get their `https://`; then it is checked for formats (lengths, URLs, e-mail, numbers, rich text); every publish (including
 * create/update with status "published") is checked for completeness as well. Errors
 * are Dutch and name the field by its label.
 */
export function registerValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (!uid.startsWith('api::')) return next();
    const params = (context.params ?? {}) as Params;
    const what = displayName(strapi, uid);

    if (context.action === 'create' || context.action === 'update') {
      const data = params.data ?? {};
      completeLinks(strapi, strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as SchemaLike, data);
      throwIfAny(await issuesFor(strapi, uid, data, 'write', params.documentId), what);
      if (params.status === 'published') {
        throwIfAny(
          await issuesFor(strapi, uid, await draftToPublish(strapi, uid, params), 'publish', params.documentId),
          what,
          'gepubliceerd',
        );
      }
    }
    if (context.action === 'publish') {
      const draft = await draftToPublish(strapi, uid, { documentId: params.documentId });
      throwIfAny(await issuesFor(strapi, uid, draft, 'publish', params.documentId), what, 'gepubliceerd');
    }
    return next();
  });
}
