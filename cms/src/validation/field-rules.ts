import type { Core } from '@strapi/strapi';
import { blocksIsEmpty, blocksProblems } from './blocks';
import type { Issue } from './issues';
import { isSafeHref } from '@wsd/shared-types';
import { componentSchema, ownAttributes, type AttributeLike, type SchemaLike } from './schema-walk';

/** `write`: check the format of the fields present. `publish`: also require required fields. */
export type Mode = 'write' | 'publish';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

function isBlank(attr: AttributeLike, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (attr.type === 'blocks') return blocksIsEmpty(value);
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

function textProblems(attr: AttributeLike, value: string): string[] {
  const problems: string[] = [];
  const length = [...value].length;
  if (attr.maxLength !== undefined && length > attr.maxLength) problems.push(`mag maximaal ${attr.maxLength} tekens hebben (nu ${length})`);
  if (attr.minLength !== undefined && length < attr.minLength && length > 0) problems.push(`moet minstens ${attr.minLength} tekens hebben`);
  if (value === '') return problems;
  if (attr.pluginOptions?.wsd?.format === 'url' && !isSafeHref(value)) {
    problems.push(
      'moet een geldig webadres zijn dat begint met https:// (of mailto:, tel:, een pad als /nieuws/ of een anker als #programma)',
    );
  } else if (attr.type === 'email' && !EMAIL.test(value)) {
    problems.push('moet een geldig e-mailadres zijn, zoals naam@organisatie.nl');
  } else if (attr.regex && !new RegExp(attr.regex).test(value)) {
    problems.push('heeft niet de juiste vorm');
  }
  return problems;
}

function numberProblems(attr: AttributeLike, value: unknown): string[] {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return ['moet een getal zijn'];
  if (attr.type === 'integer' && !Number.isInteger(n)) return ['moet een heel getal zijn'];
  if (attr.min !== undefined && n < attr.min) return [attr.min === 0 ? 'mag niet negatief zijn' : `moet minstens ${attr.min} zijn`];
  if (attr.max !== undefined && n > attr.max) return [`mag hoogstens ${attr.max} zijn`];
  return [];
}

function valueProblems(attr: AttributeLike, value: unknown): string[] {
  if (value === null || value === undefined) return [];
  switch (attr.type) {
    case 'string':
    case 'text':
    case 'email':
    case 'uid':
      return typeof value === 'string' ? textProblems(attr, value) : ['moet tekst zijn'];
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return numberProblems(attr, value);
    case 'enumeration':
      return attr.enum?.includes(String(value)) ? [] : [`moet een van deze waarden zijn: ${attr.enum?.join(', ')}`];
    case 'blocks':
      return blocksProblems(value);
    default:
      return [];
  }
}

/**
 * Checks `data` against a content-type or component schema and returns every problem,
 * recursing into components. Labels are the Dutch field names editors see.
 */
export function fieldIssues(
  strapi: Core.Strapi,
  schema: SchemaLike,
  data: Record<string, unknown>,
  mode: Mode,
  path: (string | number)[] = [],
  labelPrefix = '',
): Issue[] {
  const issues: Issue[] = [];
  for (const [name, attr, ownLabel] of ownAttributes(schema)) {
    const label = labelPrefix + ownLabel;
    const present = Object.prototype.hasOwnProperty.call(data, name);
    const value = data[name];
    // A required werkplaats relation is what the admin marks for editors; it is enforced where it
    // applies (the region guard for region editors, the kennisagenda rule), not for the
    // hoofdredactie's network-wide items, and a publish does not load every relation.
    if (mode === 'publish' && attr.required && attr.type !== 'relation' && isBlank(attr, value)) {
      issues.push({ path: [...path, name], label, message: 'is verplicht' });
      continue;
    }
    if (!present) continue;
    for (const message of valueProblems(attr, value)) issues.push({ path: [...path, name], label, message });
    if (attr.type === 'component' && attr.component && value) {
      const sub = componentSchema(strapi, attr.component);
      const items = attr.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (!item || typeof item !== 'object') return;
        const itemPath = attr.repeatable ? [...path, name, index] : [...path, name];
        const itemLabel = attr.repeatable ? `${label} ${index + 1} › ` : `${label} › `;
        issues.push(...fieldIssues(strapi, sub, item as Record<string, unknown>, mode, itemPath, itemLabel));
      });
    }
  }
  return issues;
}
