import type { Core } from '@strapi/strapi';
import { isRegionScoped, werkplaatsenOfEditor } from '../access/region-scope';

const WERKPLAATS = 'api::werkplaats.werkplaats';

type RelationsContext = {
  params: { model?: string; targetField?: string };
  state: { user?: { id: number | string; roles?: { code?: string }[] } };
  request: { query: Record<string, unknown> };
};

/**
 * Route middleware on the content-manager's relation search (`GET /relations/:model/:targetField`):
 * a region editor picking a werkplaats is offered only their own. The other werkplaatsen go
 * into the route's own `idsToOmit`, so paging and counts stay right. Linking another
 * werkplaats was already refused on save (region guard); this stops offering it.
 */
const ownWerkplaatsenOffered: Core.MiddlewareFactory =
  (_config, { strapi }) =>
  async (ctx, next) => {
    const { params, state, request } = ctx as unknown as RelationsContext;
    const model = params.model
      ? (strapi.getModel(params.model as never) as { attributes: Record<string, { target?: string }> } | undefined)
      : undefined;
    const target = params.targetField ? model?.attributes[params.targetField]?.target : undefined;
    if (target === WERKPLAATS && isRegionScoped(state.user)) {
      const own = await werkplaatsenOfEditor(strapi, state.user.id);
      const others = (await strapi.db.query(WERKPLAATS).findMany({ where: { documentId: { $notIn: own } }, select: ['id'] })) as {
        id: number;
      }[];
      const omitted = ([] as unknown[]).concat(request.query.idsToOmit ?? []).map(String);
      request.query = { ...request.query, idsToOmit: [...omitted, ...others.map((row) => String(row.id))] };
    }
    await next();
  };

export default ownWerkplaatsenOffered;
