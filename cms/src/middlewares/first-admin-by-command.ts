import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Until an administrator exists, Strapi's admin offers anyone a form to become the first
 * one. In production that form is refused: the first administrator is created on the
 * server with `npm run admin:create` (README, "Deploying to production").
 */
const firstAdminByCommand: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (process.env.NODE_ENV === 'production' && ctx.method === 'POST' && ctx.path === '/admin/register-admin') {
    throw new errors.ForbiddenError('Maak de eerste beheerder aan op de server met `npm run admin:create` (zie de README).');
  }
  return next();
};

export default firstAdminByCommand;
