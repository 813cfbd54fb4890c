/**
 * What an import did, for the person who ran it and the editors after them: entries
 * imported, updated, unchanged, left as drafts or refused (with the CMS's reason), what
 * needs an editor's eye per post, and what the export held that is not imported.
 */
import type { ExportIndex } from './export-index.ts';

export type ReportLine = { postId: string; title: string; type: string; url: string; notes: string[] };
export type ImportReport = {
  file: string;
  werkplaats: string;
  dryRun: boolean;
  site: string;
  imported: ReportLine[];
  updated: ReportLine[];
  unchanged: ReportLine[];
  drafts: ReportLine[];
  failed: (ReportLine & { reason: string })[];
  publishFailed: { postId: string; title: string; reason: string }[];
  skipped: { postId: string; title: string; reason: string }[];
  notImported: { type: string; count: number; advice: string }[];
  themes: { created: string[]; refused: string[] };
  people: { created: string[] };
  media: { uploaded: number; updated: number; unchanged: number; missing: string[] };
  redirects: number;
  redirectFiles?: { json: string; nginx: string };
};

/** What to do with post types the importer leaves alone. */
const ADVICE: Record<string, string> = {
  page: "pagina's: neem de inhoud over in de werkplaatspagina of de site-instellingen",
  nav_menu_item: 'menu-items: het menu van de nieuwe site staat in de site-instellingen',
  wp_block: 'herbruikbare blokken: neem de tekst over in de berichten die ze gebruiken',
  wp_navigation: 'navigatie: het menu van de nieuwe site staat in de site-instellingen',
  custom_css: 'eigen CSS: de nieuwe site heeft een eigen vormgeving',
};

export function emptyReport(options: { file: string; werkplaats: string; dryRun?: boolean }, index: ExportIndex): ImportReport {
  return {
    file: options.file,
    werkplaats: options.werkplaats,
    dryRun: Boolean(options.dryRun),
    site: index.channel.siteUrl,
    imported: [],
    updated: [],
    unchanged: [],
    drafts: [],
    failed: [],
    publishFailed: [],
    skipped: index.skipped,
    notImported: [...index.otherTypes].map(([type, count]) => ({
      type,
      count,
      advice: ADVICE[type] ?? 'ander berichttype: niet geïmporteerd; maak de inhoud zo nodig met de hand aan',
    })),
    themes: { created: [], refused: [] },
    people: { created: [] },
    media: { uploaded: 0, updated: 0, unchanged: 0, missing: [] },
    redirects: 0,
  };
}

/** Posts in WordPress id order in every list: requests run side by side and finish in any order. */
export function sortReport(report: ImportReport): void {
  const byId = (a: { postId: string }, b: { postId: string }) => Number(a.postId) - Number(b.postId) || a.postId.localeCompare(b.postId);
  for (const list of [report.imported, report.updated, report.unchanged, report.drafts, report.failed, report.publishFailed])
    list.sort(byId);
}

/** The report as the terminal shows it, in Dutch. */
export function textReport(report: ImportReport): string {
  const lines = [
    `WordPress-import ${report.dryRun ? '(proefrun, niets geschreven) ' : ''}van ${report.site} voor werkplaats ${report.werkplaats}`,
    `  nieuw: ${report.imported.length} · bijgewerkt: ${report.updated.length} · ongewijzigd: ${report.unchanged.length} · als concept: ${report.drafts.length} · mislukt: ${report.failed.length + report.publishFailed.length}`,
    `  thema's nieuw (als concept): ${report.themes.created.length} · personen nieuw: ${report.people.created.length}`,
    `  media: ${report.media.uploaded} ${report.dryRun ? 'te uploaden' : 'geüpload'}, ${report.media.updated} bijgewerkt, ${report.media.unchanged} ongewijzigd, ${report.media.missing.length} niet gevonden in de mediamap`,
    `  doorverwijzingen: ${report.redirects}${report.redirectFiles ? ` (${report.redirectFiles.json})` : ''}`,
  ];
  for (const t of report.themes.refused) lines.push(`  THEMA NIET GEMAAKT  ${t}`);
  for (const f of report.failed) lines.push(`  MISLUKT  ${f.title} (WordPress-id ${f.postId}): ${f.reason}`);
  for (const f of report.publishFailed) lines.push(`  CONCEPT  ${f.title} (WordPress-id ${f.postId}) niet gepubliceerd: ${f.reason}`);
  for (const s of report.skipped) lines.push(`  OVERGESLAGEN  ${s.title || s.postId}: ${s.reason}`);
  for (const n of report.notImported) lines.push(`  NIET GEÏMPORTEERD  ${n.count} × ${n.type}: ${n.advice}`);
  const review = [...report.imported, ...report.updated].filter((l) => l.notes.length > 0);
  if (review.length) lines.push(`  Na te kijken door de redactie (${review.length}):`);
  for (const line of review) lines.push(`    ${line.title} (${line.url}): ${line.notes.join('; ')}`);
  return lines.join('\n');
}
