/**
 * Local demo accounts the CMS seeds for `npm start` (never in production), shared so the
 * start command can print the same logins the CMS creates.
 */

/** Demo login of the "Redacteur werkplaats" of one werkplaats, by its slug. */
export const demoEditorEmail = (werkplaatsSlug: string): string => `redactie-${werkplaatsSlug}@wsd.local`;

/** Demo login with the "Hoofdredactie" role. */
export const DEMO_CHIEF_EDITOR_EMAIL = 'hoofdredactie@wsd.local';
