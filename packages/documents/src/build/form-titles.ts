import type { FormKind } from '@jixiao/core';
import { foldWidth, trimText } from '@jixiao/core';

/**
 * The kind of form a title names, or null when the text is not a form title.
 * Titles are short and end in 表 (a year note may follow); a heading that names a
 * department's overall targets also opens a form, since some documents give that part
 * as running text only.
 */
export function detectFormTitle(raw: string, isHeading: boolean): FormKind | null {
  if (raw.length > 80 || !raw.includes('绩效')) return null;
  const t = foldWidth(trimText(raw)).replace(/[\s\u3000]+/g, '');
  if (t.length < 4 || t.length > 60) return null;
  if (/[。；;]/.test(t)) return null;
  const core = t.replace(/[（(][^（()）]*[）)]$/, '');
  const endsWithTable = /表$/.test(core);
  if (endsWithTable && /绩效/.test(core)) {
    if (/(自评|评价)(指标)?(体系)?(情况)?表$/.test(core)) {
      if (/项目/.test(core)) return 'project_self_evaluation';
      if (/整体|部门|单位/.test(core)) return 'department_self_evaluation';
      return 'project_self_evaluation';
    }
    if (/(目标|申报)表$/.test(core)) {
      if (/整体/.test(core) && !/项目|专项/.test(core)) return 'department_target';
      return 'project_target';
    }
    return null;
  }
  if (isHeading && /整体绩效目标$/.test(core) && !/(总体|分项)绩效目标$/.test(core.replace(/^.*[、：:]/, ''))) return 'department_target';
  return null;
}

/** A table-of-contents line: dot leaders before a page number. */
export function isTocEntry(text: string): boolean {
  return /\.{4,}|…{2,}|·{4,}/.test(text);
}
