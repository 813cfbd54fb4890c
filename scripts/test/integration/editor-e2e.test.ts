import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import accounts from '@wsd/cms/demo-accounts.json' with { type: 'json' };
import { launchBrowser } from '@wsd/test-harness/browser';
import { prepareCms } from '../../src/dev/prepare-cms.ts';
import { startLiveStack, writeBrokenNewsItem, type LiveStack } from './live-stack.ts';

/** Screenshots for the editor guide (docs/afbeeldingen/), written when WSD_SCREENSHOTS=1: `WSD_SCREENSHOTS=1 npx vitest run test/integration/editor-e2e.test.ts` in scripts/. */
const SCREENSHOTS =
  process.env.WSD_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../../docs/afbeeldingen/', import.meta.url)) : undefined;
const screenshot = async (target: Pick<Page, 'screenshot'>, name: string) => {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
};

/** English an editor must not meet (case-sensitive words; Dutch shares "Filters", "Status", "Details"). */
const ENGLISH =
  /\b(?:Skip|Close|Content|Search|entries|entry|Open in new tab|Media library|No folders|Replace|Delete|Not Found|Loading|Settings|Expand|Collapse|Upload|Save|Cancel|Edit|Create|Published|Draft|Modified|draft|published|modified|Home|Profile|Logout|Help|Select|Clear|Inline code|Rel|Target|element|Choose|Month|Year|Notifications|Browse|Add new assets|assets?|Drag|Drop)\b/;

/**
 * Messages the admin misses that our own schemas supply, in Dutch: type and option names
 * (no dots) and field labels (content-manager.content-types.<uid>.<field>, content-manager.components.<component>.<field>).
 */
const COMPONENT_UIDS = readdirSync(new URL('../../../cms/src/components/', import.meta.url)).flatMap((category) =>
  readdirSync(new URL(`../../../cms/src/components/${category}/`, import.meta.url)).map(
    (file) => `${category}.${file.replace(/\.json$/, '')}`,
  ),
);
const fromOurSchemas = (id: string) =>
  !id.includes('.') ||
  id.startsWith('content-manager.content-types.api::') ||
  COMPONENT_UIDS.some((uid) => id.startsWith(`content-manager.components.${uid}.`));

const NEWS_EDIT = '/admin/content-manager/collection-types/api::nieuwsbericht.nieuwsbericht';
const TITLE = 'Buurtteams in Noord-Holland leren van elkaar';
/** What the admin makes of the title (Strapi's own slugify), without the editor typing it. */
const SLUG = 'buurtteams-in-noord-holland-leren-van-elkaar';
/** The smallest PNG (1 × 1 pixel), uploaded in the media library's language check. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** A draft the editor schedules for tomorrow. */
const PLANNED = 'Plannen in Noord-Holland';

/**
 * The editor's whole path through the real, Dutch admin panel in Chromium: the Noord-Holland
 * editor logs in, writes a news item, checks it in the preview panel, publishes it, and
 * finds it on the site the publishing service serves.
 */
describe('an editor writes, previews and publishes a news item in the admin', () => {
  let stack: LiveStack;
  let browser: Browser;
  let page: Page;

  /** Messages Strapi's admin asked for in Dutch and did not find (it logs them), with its fallback text. */
  const missing: { id: string; fallback: string }[] = [];

  beforeAll(async () => {
    // The admin bundle (built once, ~1 min; reused while its inputs are unchanged).
    await prepareCms({ ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' });
    stack = await startLiveStack({ adminPanel: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/Amsterdam' });
    page.setDefaultTimeout(30_000);
    page.on('console', (message) => {
      const found = /Missing message: "([^"]+)" for locale "nl", using default message \(([\s\S]*)\) as fallback/.exec(message.text());
      if (found) missing.push({ id: found[1]!, fallback: found[2]! });
    });
  }, 600_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await page.screenshot({ path: `/tmp/e2e-${context.task.name.slice(0, 30).replace(/\W+/g, '-')}.png` });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('logs in to the admin in Dutch as the Noord-Holland editor', async () => {
    await page.goto(`${stack.cms.url}/admin/auth/login`);
    await page.locator('input[name=email]').fill(accounts.editorEmailPattern.replace('{werkplaats}', 'noord-holland'));
    await page.locator('input[name=password]').fill(stack.cms.env.DEMO_EDITOR_PASSWORD!);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/auth/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });

  it('creates a draft news item typing only title, intro and body: slug, date and werkplaats fill themselves', async () => {
    await page.goto(`${stack.cms.url}${NEWS_EDIT}/create`);
    // The region editor's own werkplaats is linked by itself, and is the only one offered.
    // The picker names werkplaatsen by region ("Noord-Holland", not "Werkplaats Sociaal Domein Noord-Holland").
    await expect.poll(() => page.getByText('Noord-Holland', { exact: true }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByLabel('Titel').fill(TITLE);
    await expect.poll(() => page.getByLabel('Slug').inputValue(), { timeout: 10_000 }).toBe(SLUG);
    const today = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date());
    expect(await page.getByLabel('Datum').inputValue()).toBe(today);
    await page.getByLabel('Intro').fill('Vier buurtteams delen een jaar lang hun vragen met onderzoekers van de hogeschool.');
    await page
      .locator('[role=textbox][contenteditable=true]')
      .first()
      .fill('Een jaar lang leren vier buurtteams van elkaar en van onderzoek.');
    await page.getByLabel('Werkplaatsen').click();
    expect(await page.getByRole('option').allInnerTexts()).not.toContainEqual(expect.stringMatching(/Zuid-Holland Zuid|Utrecht/));
    // Region editors may not create werkplaatsen: the picker offers no "Nieuw item aanmaken".
    expect(await page.getByText('Nieuw item aanmaken').count()).toBe(0);
    await page.keyboard.press('Escape');
    // Strapi's announcement banner (developer news) is not shown to editors.
    expect(await page.locator('body').innerText()).not.toContain('vernieuwde mediabibliotheek');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.waitForURL((url) => url.pathname.startsWith(NEWS_EDIT) && !url.pathname.endsWith('/create'));

    const stored = await stack.cms.strapi.documents('api::nieuwsbericht.nieuwsbericht').findFirst({
      filters: { slug: SLUG },
      status: 'draft',
      populate: ['werkplaatsen'],
    } as never);
    expect(stored).toMatchObject({ title: TITLE, publishedAt: null, werkplaatsen: [{ slug: 'noord-holland' }] });
    expect((await fetch(`${stack.url}/nieuws/${SLUG}/`)).status).toBe(404);
  });

  it('shows the draft in the preview panel, rendered by the site', async () => {
    const editUrl = page.url();
    await page.getByRole('link', { name: /voorbeeld/i }).click();
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent({ timeout: 30_000 }), { timeout: 30_000 }).toBe(TITLE);
    // The framed page is the publishing service's signed preview route, not the static site.
    const src = await page.locator('iframe').getAttribute('src');
    expect(src).toMatch(new RegExp(`^${stack.url}/preview/nieuws/[a-z0-9]+/\\?`));
    await page.goto(editUrl);
  });

  /** How far a list view's table sticks out of its frame (it would scroll sideways), once its cells are filled in. */
  const tableOverflow = async () => {
    await page.getByRole('row').nth(1).waitFor();
    await page.waitForTimeout(1_000); // the names and links arrive after the rows
    return page.locator('table').evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth);
  };

  /** A Noord-Holland news draft written straight into the CMS, opened in the edit view once its form holds it. */
  const openNewDraft = async (title: string, lead: string) => {
    const nh = await stack.cms.strapi.documents('api::werkplaats.werkplaats').findFirst({ filters: { slug: 'noord-holland' } } as never);
    const draft = (await stack.cms.strapi.documents('api::nieuwsbericht.nieuwsbericht').create({
      data: {
        title,
        slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        date: '2026-12-03',
        kind: 'nieuws',
        lead,
        werkplaatsen: [(nh as unknown as { documentId: string }).documentId],
      },
    } as never)) as unknown as { documentId: string };
    await page.goto(`${stack.cms.url}${NEWS_EDIT}/${draft.documentId}`);
    await expect.poll(() => page.getByLabel('Titel').inputValue(), { timeout: 20_000 }).toBe(title);
    return draft;
  };

  let editUrl = '';
  const panel = () => page.getByTestId('wsd-publish-status');
  /** Every state the edit view's "Op de site" panel showed, in order. */
  const statesSeen: string[] = [];
  /** Watches the panel from the publish on, until it says live (at most 5 minutes). */
  let watching: Promise<void> = Promise.resolve();

  it('publishes, and the item is live on the served site', async () => {
    editUrl = page.url();
    watching = (async () => {
      for (const until = Date.now() + 300_000; Date.now() < until && !statesSeen.includes('live');) {
        const state = await panel()
          .getAttribute('data-state', { timeout: 200 })
          .catch(() => null);
        if (state && statesSeen.at(-1) !== state) statesSeen.push(state);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    // Wait for the edit form to hold the stored document before acting on it.
    await expect.poll(() => page.getByLabel('Titel').inputValue(), { timeout: 20_000 }).toBe(TITLE);
    // The edit view's own "Publiceer", not the scheduling plugin's (which has a check icon).
    await page
      .getByRole('button', { name: 'Publiceer', exact: true })
      .filter({ hasNot: page.locator('svg') })
      .click();
    const published = () =>
      stack.cms.strapi.documents('api::nieuwsbericht.nieuwsbericht').findFirst({ filters: { slug: SLUG }, status: 'published' } as never);
    await expect.poll(published, { timeout: 15_000, message: 'the CMS never stored the published version' }).toBeTruthy();
    await stack.waitUntil(async () => (await fetch(`${stack.url}/nieuws/${SLUG}/`)).status === 200, 60_000);
    const site = await browser.newPage();
    await site.goto(`${stack.url}/nieuws/${SLUG}/`);
    expect(await site.locator('h1').textContent()).toBe(TITLE);
    await site.goto(`${stack.url}/nieuws/`);
    expect(await site.getByRole('link', { name: TITLE }).count()).toBeGreaterThan(0);
    await site.close();
  }, 120_000);

  it('the edit view showed "Wordt gepubliceerd…", then "Online sinds …" with a working "Bekijk op site" link', async () => {
    await expect.poll(() => panel().getAttribute('data-state'), { timeout: 30_000 }).toBe('live');
    await watching;
    expect(statesSeen).toContain('publishing');
    expect(statesSeen.indexOf('publishing')).toBeLessThan(statesSeen.indexOf('live'));
    expect(await panel().innerText()).toMatch(/^Online sinds \d{2}:\d{2}\n/);
    const link = panel().getByRole('link', { name: /Bekijk op site/ });
    const href = await link.getAttribute('href');
    // The stack's public URL is https://wsd.example; the service itself serves that site here.
    expect(href).toBe(`https://wsd.example/nieuws/${SLUG}/`);
    expect((await fetch(`${stack.url}${new URL(href!).pathname}`)).status).toBe(200);
    await screenshot(page, 'op-de-site-online');
  });

  it('the list view links the published item to its page, and the homepage widget lists the build', async () => {
    await page.goto(`${stack.cms.url}${NEWS_EDIT}`);
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await expect
      .poll(() => row.getByRole('link', { name: 'Bekijk op site' }).getAttribute('href'), { timeout: 20_000 })
      .toBe(`https://wsd.example/nieuws/${SLUG}/`);
    // The werkplaatsen column names them (Strapi shows "1 item").
    await expect.poll(() => row.getByRole('gridcell').allInnerTexts(), { timeout: 10_000 }).toContain('Noord-Holland');
    // Every column, the status last, fits a 1440-pixel screen, in the news and the (wider) events list.
    expect(await tableOverflow()).toBeLessThanOrEqual(0);
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::evenement.evenement`);
    expect(await tableOverflow()).toBeLessThanOrEqual(0);
    await page.goto(`${stack.cms.url}/admin`);
    const widget = page.getByTestId('wsd-builds-widget');
    await expect.poll(() => widget.innerText(), { timeout: 20_000 }).toContain(`Nieuwsbericht ‘${TITLE}’ gepubliceerd`);
    expect(await widget.innerText()).toMatch(/De site is online, laatst bijgewerkt \d{2}:\d{2}\./);
    await screenshot(page.locator('div').filter({ hasText: 'Publicatie van de site' }).filter({ has: widget }).last(), 'publicatie-widget');
    // A region editor does not get the hoofdredactie's rebuild button, nor the administrators' project statistics.
    expect(await widget.getByRole('button', { name: 'Site opnieuw bouwen' }).count()).toBe(0);
    expect(await page.getByText('Projectstatistieken').count()).toBe(0);
  });

  it('schedules a draft to the minute: the confirmation, the panel and the list say when', async () => {
    const draft = await openNewDraft(PLANNED, 'Een bericht dat morgen om half tien verschijnt.');
    await page.getByRole('button', { name: 'Publicatie inplannen' }).click();
    const picker = page.locator('#action-date-time-picker');
    // Tomorrow at 09:30 in Amsterdam (the browser runs in that time zone, as the editors' do).
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const part = (type: string) =>
      new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' })
        .formatToParts(tomorrow)
        .find((p) => p.type === type)!.value;
    expect(await picker.getByLabel('Datum').getAttribute('placeholder')).toBe('DD-MM-JJJJ');
    await picker.getByLabel('Datum').fill(`${part('day')}-${part('month')}-${part('year')}`);
    await picker.getByLabel('Datum').press('Enter');
    await picker.getByLabel('Tijd').fill('09:00');
    await picker.getByText('Publiceren op').click();
    // A time typed over the one shown, as editors do: the last one counts (Strapi made 09:00 of "09:0009:31").
    await picker.getByLabel('Tijd').click();
    await picker.getByLabel('Tijd').press('End');
    await page.keyboard.type('09:31');
    await picker.getByText('Publiceren op').click();
    expect(await picker.getByLabel('Tijd').inputValue()).toBe('09:31');
    await page.getByRole('button', { name: 'Inplannen', exact: true }).click();
    const day = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }).format(tomorrow);
    await expect
      .poll(() => page.locator('[data-sonner-toast]').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining(`Ingepland voor ${day} om 09:31: het item wordt dan gepubliceerd`));
    // The panel next to it says so at once, not at its next poll.
    await expect.poll(() => panel().innerText(), { timeout: 5_000 }).toBe(`Gepland op ${day} om 09:31.`);
    const [action] = (await stack.cms.strapi.db.query('plugin::publisher.action').findMany({ where: { entityId: draft.documentId } })) as {
      executeAt: string;
      mode: string;
    }[];
    expect(action).toMatchObject({ mode: 'publish' });
    expect(new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', timeStyle: 'short' }).format(new Date(action!.executeAt))).toBe(
      '09:31',
    );
    await page.goto(`${stack.cms.url}${NEWS_EDIT}`);
    const row = page.getByRole('row').filter({ hasText: PLANNED });
    // Short in the list ("Gepland op 4 dec 2026 09:31"), so every column fits.
    await expect.poll(() => row.innerText(), { timeout: 20_000 }).toMatch(/Gepland op \d{1,2} [a-z]{3}\.? \d{4},? 09:31/);
    expect(await tableOverflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'lijst-gepland');
  }, 120_000);

  it('a corrected field is no longer red; deleting a draft says "Verwijderd", and no red "Not Found" after it', async () => {
    const draft = await openNewDraft('Een bericht dat weg moet', 'Per ongeluk aangemaakt.');
    // A required field left empty turns red on publishing; once the editor fills it in, it no longer is (Strapi kept it red until the next save).
    const intro = page.getByLabel('Intro');
    await intro.fill('');
    await page
      .getByRole('button', { name: 'Publiceer', exact: true })
      .filter({ hasNot: page.locator('svg') })
      .click();
    await expect.poll(() => intro.getAttribute('aria-invalid'), { timeout: 5_000 }).toBe('true');
    expect(await page.getByText('Deze waarde is verplicht.').count()).toBeGreaterThan(0);
    await intro.fill('Toch nog een intro.');
    await expect.poll(() => page.getByText('Deze waarde is verplicht.').count(), { timeout: 5_000 }).toBe(0);
    expect(await intro.getAttribute('aria-invalid')).not.toBe('true');
    expect(await intro.inputValue()).toBe('Toch nog een intro.');
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await expect
      .poll(() => page.locator('[data-sonner-toast]').allInnerTexts(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('Opgeslagen'));
    // Earlier messages are closed first (a leaving one reads differently), so only those that come after the delete count.
    for (const close of await page.locator('[data-sonner-toast]').getByRole('button', { name: 'Sluiten' }).all())
      await close.click({ timeout: 2_000 }).catch(() => {});
    await expect.poll(() => page.locator('[data-sonner-toast]').count(), { timeout: 15_000 }).toBe(0);
    // A toast's message without its close button (a leaving toast reads "…Sluiten" on one line).
    const shown = async () =>
      (await page.locator('[data-sonner-toast]').allInnerTexts()).map((text) => text.split('\n')[0]!.replace(/Sluiten$/, ''));
    const toasts = new Set<string>();
    const watching = setInterval(
      () =>
        void shown().then(
          (texts) => texts.forEach((text) => toasts.add(text)),
          () => {},
        ),
      100,
    );
    try {
      await page.getByRole('button', { name: 'Meer acties' }).first().click();
      await page.getByRole('menuitem', { name: 'Item verwijderen' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Bevestig' }).click();
      await page.waitForURL((url) => url.pathname === NEWS_EDIT, { timeout: 10_000 });
      await page.waitForTimeout(2_000);
    } finally {
      clearInterval(watching);
    }
    expect([...toasts]).toEqual(['Verwijderd']);
    expect(
      await stack.cms.strapi.documents('api::nieuwsbericht.nieuwsbericht').findOne({ documentId: draft.documentId } as never),
    ).toBeNull();
  });

  it('a price typed as 25,00 in the admin is shown as € 25,00 on the site', async () => {
    type Event = { documentId: string; title: string; slug: string; werkplaatsen: { slug: string }[]; prices: unknown[] };
    const events = (await stack.cms.strapi.documents('api::evenement.evenement').findMany({
      status: 'published',
      populate: { werkplaatsen: { fields: ['slug'] }, prices: true },
    } as never)) as unknown as Event[];
    const event = events.find((e) => e.werkplaatsen.length === 1 && e.werkplaatsen[0]!.slug === 'noord-holland')!;
    await page.goto(`${stack.cms.url}/admin/content-manager/collection-types/api::evenement.evenement/${event.documentId}`);
    await expect.poll(() => page.getByLabel('Titel').inputValue(), { timeout: 20_000 }).toBe(event.title);
    // The start's clear buttons are named in Dutch after their inputs (Strapi: "Wissen date").
    expect(await page.getByLabel('Wissen: Datum', { exact: true }).count()).toBeGreaterThan(0);
    // The label reads "Prijzen (2)"; its nearest ancestor with buttons holds the rows and "Voeg een invoer toe".
    const prices = page
      .getByText(/^Prijzen/)
      .first()
      .locator('xpath=ancestor::*[.//button][1]');
    await prices
      .getByRole('button', { name: /Nog geen items|Voeg een invoer toe/ })
      .last()
      .click();
    await prices.getByLabel('Omschrijving').last().fill('Deelname met lunch');
    await prices.getByLabel('Bedrag').last().fill('25,00');
    await prices.getByLabel('Bedrag').last().blur();
    await screenshot(page, 'prijs-in-euro');
    await page
      .getByRole('button', { name: 'Publiceer', exact: true })
      .filter({ hasNot: page.locator('svg') })
      .click();
    const stored = async () =>
      (
        (await stack.cms.strapi
          .documents('api::evenement.evenement')
          .findOne({ documentId: event.documentId, status: 'published', populate: ['prices'] } as never)) as unknown as {
          prices: { label: string; amountCents: number }[];
        }
      ).prices;
    await expect
      .poll(stored, { timeout: 15_000 })
      .toContainEqual(expect.objectContaining({ label: 'Deelname met lunch', amountCents: 2500 }));
    const page_ = async () => (await fetch(`${stack.url}/agenda/${event.slug}/`)).text();
    await expect.poll(page_, { timeout: 60_000 }).toContain('Deelname met lunch: <strong>€\u00a025,00</strong>');
  }, 120_000);

  it('every screen of the editor guide is in Dutch, on screen and for screen readers', async () => {
    const nh = await stack.cms.strapi.documents('api::nieuwsbericht.nieuwsbericht').findFirst({ filters: { slug: SLUG } } as never);
    const screens: [string, () => Promise<void>][] = [
      ['home', async () => void (await page.goto(`${stack.cms.url}/admin`), await page.getByTestId('wsd-builds-widget').waitFor())],
      [
        'news list',
        async () => {
          await page.goto(`${stack.cms.url}${NEWS_EDIT}`);
          await page.getByRole('row').nth(1).waitFor();
          await page.getByRole('button', { name: 'Filters' }).click();
        },
      ],
      [
        'news edit view',
        async () => {
          await page.goto(`${stack.cms.url}${NEWS_EDIT}/${(nh as unknown as { documentId: string }).documentId}`);
          await page.getByLabel('Titel').waitFor();
          await page.getByRole('button', { name: 'Link' }).first().click();
        },
      ],
      [
        'date picker',
        async () => {
          await page.goto(`${stack.cms.url}${NEWS_EDIT}/${(nh as unknown as { documentId: string }).documentId}`);
          await page.getByLabel('Datum').click();
          await page.getByRole('dialog').waitFor();
        },
      ],
      [
        'media library',
        async () => void (await page.goto(`${stack.cms.url}/admin/plugins/upload`), await page.waitForLoadState('networkidle')),
      ],
      [
        'media library: new folder',
        async () => {
          await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
          expect(await page.getByRole('menuitem').allInnerTexts()).toEqual(['Nieuwe map', 'Bestand uploaden', 'Bestand uploaden via URL']);
          await page.getByRole('menuitem', { name: 'Nieuwe map' }).click();
          await page.getByRole('dialog').waitFor();
        },
      ],
      [
        'media library: upload',
        async () => {
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: 'Nieuw', exact: true }).click();
          const chooser = page.waitForEvent('filechooser');
          await page.getByRole('menuitem', { name: 'Bestand uploaden', exact: true }).click();
          await (await chooser).setFiles({ name: 'taalcontrole.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
          await page.getByText('Uploaden gelukt').waitFor();
        },
      ],
      [
        'media library: file details',
        async () => {
          await page.keyboard.press('Escape');
          await page.getByText('taalcontrole.png').first().click();
          await page.getByText('Bestandsdetails').waitFor();
        },
      ],
    ];
    const english: string[] = [];
    for (const [name, open] of screens) {
      missing.length = 0;
      await open();
      await page.waitForTimeout(500);
      const text = await page.evaluate(() =>
        [
          document.body.innerText,
          ...[...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
            ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
          ),
        ].join('\n'),
      );
      for (const word of ENGLISH.exec(text) ? text.match(new RegExp(ENGLISH.source, 'g'))! : [])
        english.push(`${name}: "${word}" on screen`);
      for (const { id, fallback } of missing.splice(0))
        if (!fromOurSchemas(id)) english.push(`${name}: ${id} has no Dutch text (shows "${fallback}")`);
      await page.keyboard.press('Escape');
    }
    expect([...new Set(english)]).toEqual([]);
  }, 120_000);

  it('a publish whose build fails names the entry at fault in Dutch, in the edit view and the widget', async () => {
    await writeBrokenNewsItem(stack.cms);
    await page.goto(editUrl);
    await expect.poll(() => page.getByLabel('Intro').inputValue(), { timeout: 20_000 }).not.toBe('');
    await page.getByLabel('Intro').fill('Vier buurtteams delen een jaar lang hun vragen met de hogeschool.');
    await page
      .getByRole('button', { name: 'Publiceer', exact: true })
      .filter({ hasNot: page.locator('svg') })
      .click();
    await expect.poll(() => panel().getAttribute('data-state'), { timeout: 60_000 }).toBe('failed');
    expect(await panel().innerText()).toContain(
      'Publicatie mislukt: Nieuwsbericht ‘kapot-bericht’: het veld ‘Intro’ is leeg, maar moet ingevuld zijn. Pas dit item aan en publiceer opnieuw; de site toont de vorige versie.',
    );
    // The scheduling panel says what it does, with no second "Publiceer".
    expect(await page.getByText('Inplannen', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Publicatie inplannen' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Publiceer$/ }).count()).toBe(1);
    await screenshot(page, 'op-de-site-mislukt');
    await page.goto(`${stack.cms.url}/admin`);
    await expect.poll(() => page.getByTestId('wsd-builds-widget').innerText(), { timeout: 20_000 }).toContain('Mislukt');
    expect(await page.getByTestId('wsd-builds-widget').innerText()).toContain('Nieuwsbericht ‘kapot-bericht’: het veld ‘Intro’ is leeg');
  }, 120_000);
});
