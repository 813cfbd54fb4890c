import type { BuildFailure } from './build-config.ts';

/**
 * Zod's messages for the problems an entry can have, as an editor reads them. The build
 * names the problem in Zod's words (for the log); the admin shows it with these.
 */
const PROBLEMS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Invalid input: expected \w+, received (?:undefined|null)$/, () => 'is leeg, maar moet ingevuld zijn'],
  [/^Too small: expected string to have >=1 characters$/, () => 'is leeg, maar moet ingevuld zijn'],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => `is te kort (minstens ${m[1]} tekens)`],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `is te lang (hoogstens ${m[1]} tekens)`],
  [/^Too small: expected array to have >=(\d+) items$/, (m) => `heeft te weinig items (minstens ${m[1]})`],
  [/^Too big: expected array to have <=(\d+) items$/, (m) => `heeft te veel items (hoogstens ${m[1]})`],
  [/^Invalid option: expected one of /, () => 'heeft een waarde die niet in de keuzelijst staat'],
  [/^Invalid URL$/, () => 'is geen geldige link (begin met https://)'],
  [/^Invalid input: expected (\w+), received \w+$/, () => 'heeft een waarde van de verkeerde soort'],
];

/** A Zod problem in Dutch; unknown ones keep their own words after a Dutch lead. */
export function problemInDutch(problem: string): string {
  for (const [pattern, text] of PROBLEMS) {
    const match = pattern.exec(problem);
    if (match) return text(match);
  }
  return `voldoet niet aan het contentmodel (${problem})`;
}

/**
 * What a failed build means for an editor, in Dutch: the entry and field at fault, or
 * that the CMS could not be read, and that the site still shows the previous version.
 */
export function failureInDutch(failure: BuildFailure): string {
  if (failure.kind === 'cms-unreachable') {
    const answer = failure.status ? `antwoordde met status ${failure.status}` : 'antwoordde niet';
    return `Het CMS ${answer} tijdens het bouwen van de site. De site toont de vorige versie; de publicatieservice probeert het bij de volgende wijziging opnieuw.`;
  }
  const which = failure.slug ? `‘${failure.slug}’` : `(documentId ${failure.documentId})`;
  const field = failure.field === '(entry)' ? 'het item' : `het veld ‘${failure.field}’`;
  return `${failure.contentType} ${which}: ${field} ${problemInDutch(failure.problem)}. Pas dit item aan en publiceer opnieuw; de site toont de vorige versie.`;
}
