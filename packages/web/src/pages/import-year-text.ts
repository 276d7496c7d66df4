import { IMPORT_YEAR_SOURCE_LABELS, type ImportYearSource } from '@jixiao/core';
import { regionYearClosed, yearClosedReason, type FiscalYearStatus } from '../lib/year-closed';

/** Where a file's year came from, as the server says (GET preview): chosen on the page, stated in it, or guessed from its kind. */
export type PreviewYearSource = ImportYearSource | 'chosen';

/**
 * The year a file is read under and why, shown on its card before 确认导入: a year guessed from the kind of form is
 * marked, so a wrong guess is seen before the forms are stored under it.
 */
export function importYearText(year: number, source: PreviewYearSource | undefined): { text: string; guessed: boolean } {
  if (source === 'stated' || source === 'kind') {
    return { text: `预算年度 ${year}（${IMPORT_YEAR_SOURCE_LABELS[source]}${source === 'kind' ? '，请核对' : ''}）`, guessed: source === 'kind' };
  }
  return { text: `预算年度 ${year}${source === 'chosen' ? '（上传时选定）' : ''}`, guessed: false };
}

/**
 * What the year box of 导入 says of closed years, before anything is uploaded: a chosen year closed for the unit's
 * region blocks the upload with the reason (the server refuses it too, but only after the file is uploaded and read);
 * with no year chosen, the region's closed years are named, since a file stating one of them will be refused.
 */
export function importYearClosed(
  years: readonly FiscalYearStatus[] | undefined,
  region: string | undefined,
  year: number | null,
): { blocked: string | null; closedYears: number[] } {
  const closedYears = (years ?? []).map((y) => y.year).filter((y) => regionYearClosed(years, region, y));
  const blocked = year !== null && closedYears.includes(year) ? `${yearClosedReason(year)}请改选其他年度，或清空按文件注明的年度导入。` : null;
  return { blocked, closedYears };
}
