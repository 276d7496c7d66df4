import { IMPORT_YEAR_SOURCE_LABELS, type ImportYearSource } from '@jixiao/core';

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
