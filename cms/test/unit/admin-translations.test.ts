import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ours from '../../src/admin/translations/nl.json' with { type: 'json' };

const require = createRequire(import.meta.url);
type Messages = Record<string, string>;

/** Strapi's own English and Dutch messages of one admin package. */
async function messages(pkg: string, dir: string): Promise<{ en: Messages; nl: Messages }> {
  const root = path.dirname(require.resolve(`${pkg}/package.json`));
  const load = async (locale: string) =>
    ((await import(pathToFileURL(path.join(root, dir, `${locale}.json.mjs`)).href)) as { default: Messages }).default;
  return { en: await load('en'), nl: await load('nl') };
}

/** A message with words in it (placeholders like {count} removed): one that needs a Dutch text. */
const hasWords = (text: string) => {
  let plain = text;
  while (/\{[^{}]*\}/.test(plain)) plain = plain.replace(/\{[^{}]*\}/g, '');
  return /[A-Za-z]{2,}/.test(plain);
};

/** Screens only administrators use (tokens, webhooks, SSO, roles, Strapi Cloud): out of the editors' Dutch. */
const ADMIN_ONLY =
  /^(?:Settings\.(?!sessions\.)|Usecase\.|notification\.success\.adminToken|HomePage\.widget\.deploy-now|widget\.key-statistics|global\.plugins\.)/;

/** English messages of `pkg` that neither Strapi's Dutch nor ours translate. */
async function untranslated(pkg: string, dir: string, prefix: string, skip?: RegExp): Promise<string[]> {
  const { en, nl } = await messages(pkg, dir);
  const dutch = ours as Messages;
  return Object.entries(en)
    .filter(([key, text]) => !skip?.test(key) && hasWords(text))
    .filter(([key, text]) => !(`${prefix}${key}` in dutch) && (!(key in nl) || nl[key] === text))
    .map(([key, text]) => `${prefix}${key}: ${text}`);
}

describe("the admin's Dutch", () => {
  it('covers every message of the content manager and the media library', async () => {
    expect(await untranslated('@strapi/content-manager', 'dist/admin/translations', 'content-manager.')).toEqual([]);
    expect(await untranslated('@strapi/upload', 'dist/admin/translations', 'upload.')).toEqual([]);
  });

  it('covers every message of the admin shell an editor can meet', async () => {
    expect(await untranslated('@strapi/admin', 'dist/admin/admin/src/translations', '', ADMIN_ONLY)).toEqual([]);
  });

  it('keeps the placeholders of the messages it translates', async () => {
    const sources = await Promise.all([
      messages('@strapi/content-manager', 'dist/admin/translations').then(({ en }) => [en, 'content-manager.'] as const),
      messages('@strapi/upload', 'dist/admin/translations').then(({ en }) => [en, 'upload.'] as const),
      messages('@strapi/admin', 'dist/admin/admin/src/translations').then(({ en }) => [en, ''] as const),
    ]);
    // Arguments only ({count}, {count, plural, …}), not the words of a plural branch ({Geen items}).
    const names = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
    const broken: string[] = [];
    for (const [key, dutch] of Object.entries(ours as Messages)) {
      for (const [en, prefix] of sources) {
        const english = key.startsWith(prefix) ? en[key.slice(prefix.length)] : undefined;
        const ownPackage = prefix !== '' || !/^(?:content-manager|upload)\./.test(key);
        if (english !== undefined && ownPackage && names(english).join() !== names(dutch).join())
          broken.push(`${key}: ${names(english).join()} ≠ ${names(dutch).join()}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('names the chosen moment when a publish is scheduled (the patched scheduling plugin passes it)', () => {
    const dutch = ours as Messages;
    const moment = new Date(2026, 11, 4, 9, 30); // 4 December 2026, 09:30 in the browser's own time, as the picker chose it
    const say = (id: string) => new IntlMessageFormat(dutch[id]!, 'nl').format({ executeAt: moment });
    expect(say('publisher.action.notification.publish.create.success')).toBe(
      'Ingepland voor 4 december 2026 om 09:30: het item wordt dan gepubliceerd',
    );
    expect(say('publisher.action.notification.unpublish.update.success')).toContain('op 4 december 2026 om 09:30');
  });
});
