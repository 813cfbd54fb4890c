import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Credentials = { email: string; password: string };
type AuthService = {
  checkCredentials: (credentials: Credentials) => Promise<unknown>;
  hashPassword: (password: string) => Promise<string>;
  validatePassword: (password: string, hash: string) => Promise<boolean>;
};

/**
 * Strapi's admin login compares the password with bcrypt only when the e-mail exists, so
 * its response time tells an attacker which addresses have an account (≈ 70 ms against
 * ≈ 5 ms). For an unknown address we now run the same comparison against a throwaway
 * hash first, so both answers take as long.
 */
export function equaliseLoginTiming(strapi: Core.Strapi): void {
  strapi.get('services').extend('admin::auth', (service: AuthService) => {
    const { checkCredentials } = service;
    const dummyHash = service.hashPassword(randomBytes(16).toString('hex'));
    return Object.assign(service, {
      async checkCredentials(credentials: Credentials) {
        const exists = await strapi.db.query('admin::user').count({ where: { email: credentials.email } });
        if (exists === 0) {
          await service.validatePassword(String(credentials.password ?? ''), await dummyHash);
        }
        return checkCredentials(credentials);
      },
    });
  });
}
