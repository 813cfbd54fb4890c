/**
 * Local demo accounts the CMS seeds for `npm start` (never in production). The addresses
 * live in demo-accounts.json so the start command can print the same logins.
 */
import accounts from './demo-accounts.json';

/** Demo login of the "Redacteur werkplaats" of one werkplaats, by its slug. */
export const demoEditorEmail = (werkplaatsSlug: string): string => accounts.editorEmailPattern.replace('{werkplaats}', werkplaatsSlug);

/** Demo login with the "Hoofdredactie" role. */
export const DEMO_CHIEF_EDITOR_EMAIL = accounts.chiefEditorEmail;
