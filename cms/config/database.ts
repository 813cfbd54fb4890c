import type { Core } from '@strapi/strapi';
import { fromCmsRoot } from '../src/utils/cms-root';

/**
 * SQLite (embedded default, a git-ignored file) or PostgreSQL (production) when
 * DATABASE_CLIENT=postgres, configured by DATABASE_URL or host/port/name/user/password.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'postgres') {
    // A DATABASE_URL, when set, wins over the separate parts (node-postgres parses it last).
    const url = env('DATABASE_URL', '');
    return {
      connection: {
        client: 'postgres',
        connection: {
          ...(url ? { connectionString: url } : {}),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'wsd'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false),
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT "${client}" wordt niet ondersteund: gebruik "sqlite" of "postgres".`);
  }

  // Relative paths are relative to the cms/ folder, also when running from dist/.
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: fromCmsRoot(env('DATABASE_FILENAME', '.tmp/data.db')) },
      useNullAsDefault: true,
    },
  };
};

export default config;
