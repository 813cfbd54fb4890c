import { describe, expect, it } from 'vitest';
import { readStartSettings } from '../src/dev/start-settings.ts';

const env = {
  CMS_URL: 'http://127.0.0.1:1337',
  PUBLISH_SERVICE_URL: 'http://127.0.0.1:4321',
  SITE_API_TOKEN: 'token',
  DEMO_ADMIN_EMAIL: 'admin@wsd.local',
  DEMO_ADMIN_PASSWORD: 'admin-password',
  DEMO_EDITOR_PASSWORD: 'editor-password',
};

describe("npm start's settings", () => {
  it('are read once, typed, and keep the rest of the environment for the parts it starts', () => {
    const settings = readStartSettings({ ...env, PATH: '/usr/bin' });
    expect(settings).toMatchObject({ ...env, PATH: '/usr/bin' });
  });

  it('stop the command with the variable at fault and what to do', () => {
    expect(() => readStartSettings({ ...env, NODE_ENV: 'production' })).toThrow(
      "npm start is the local demo; it refuses NODE_ENV=production, got 'production'.",
    );
    expect(() => readStartSettings({ ...env, CMS_URL: '127.0.0.1:1337' })).toThrow(
      "CMS_URL must be a URL, e.g. http://127.0.0.1:1337, got '127.0.0.1:1337'.",
    );
    expect(() => readStartSettings({ ...env, SITE_API_TOKEN: '' })).toThrow(
      'SITE_API_TOKEN is not set: delete it from .env and run npm start again to generate it.',
    );
    expect(() => readStartSettings({ ...env, DEMO_ADMIN_EMAIL: undefined })).toThrow(
      'DEMO_ADMIN_EMAIL is not set: copy it from .env.example.',
    );
  });
});
