import type { Core } from '@strapi/strapi';

/** REST API limits: the site loader pages through with pageSize 100 (the maximum). */
const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
  },
};

export default config;
