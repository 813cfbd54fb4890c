import { isSafeHref } from '@wsd/shared-types';

type Node = { type?: string; url?: string; image?: { alternativeText?: string | null; name?: string }; children?: Node[] };

/**
 * Problems inside a Strapi Blocks value: links with an unsafe scheme and images without
 * alt text. Returns Dutch messages; an empty list means the value is fine.
 */
export function blocksProblems(value: unknown): string[] {
  if (value == null) return [];
  if (!Array.isArray(value)) return ['moet opgemaakte tekst (Blocks) zijn'];
  const problems: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'link' && (typeof node.url !== 'string' || !isSafeHref(node.url))) {
      problems.push(
        `de link "${String(node.url).slice(0, 60)}" is niet toegestaan; gebruik https://, mailto:, tel: of een pad als /nieuws/`,
      );
    }
    if (node.type === 'image' && !node.image?.alternativeText?.trim()) {
      problems.push(`de afbeelding "${node.image?.name ?? 'zonder naam'}" heeft geen alt-tekst; vul die in de mediabibliotheek in`);
    }
    node.children?.forEach(visit);
  };
  (value as Node[]).forEach(visit);
  return problems;
}

/** True when a Blocks value holds no visible text and no image. */
export function blocksIsEmpty(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return true;
  const hasContent = (node: Node & { text?: string }): boolean =>
    node.type === 'image' || Boolean(node.text?.trim()) || (node.children ?? []).some(hasContent);
  return !(value as Node[]).some(hasContent);
}
