import { importMismatch, mismatchLines, type FormHead } from './import-mismatch';

/** A previewed file as confirming it needs: its forms and findings, and the unit and year it was read under. */
export interface PreviewedFile {
  name: string;
  forms: readonly FormHead[];
  findings: ReadonlyArray<{ severity: string }>;
  year: number | undefined;
  orgName: string;
}

/** What confirming one file must say before its forms are stored: each year or unit mismatch, forms and errors. */
export interface CommitNotice {
  name: string;
  warnings: string[];
  forms: number;
  errors: number;
}

export function commitNotice(file: PreviewedFile): CommitNotice {
  const warnings = file.year ? mismatchLines(importMismatch(file.forms, file.year, file.orgName), file.year, file.orgName) : [];
  return { name: file.name, warnings, forms: file.forms.length, errors: file.findings.filter((f) => f.severity === 'error').length };
}

function writes(forms: number, errors: number): string {
  return `将写入 ${forms} 张表（草稿状态）${errors ? `，其中有 ${errors} 个审核错误，导入后需在编辑器中修正` : ''}。`;
}

/** The sentence under a single 确认导入. */
export function commitSummary(notice: CommitNotice): string {
  return writes(notice.forms, notice.errors);
}

/**
 * 全部确认导入 asks once for several files, so it says everything each file's own 确认导入 would: every mismatch
 * line under its file's name, and each file's errors; files with nothing to say are only counted.
 */
export function commitAllNotice(notices: readonly CommitNotice[]): { title: string; sections: Array<{ name: string; lines: string[] }>; summary: string } {
  const sections = notices
    .filter((n) => n.warnings.length > 0 || n.errors > 0)
    .map((n) => ({ name: n.name, lines: [...n.warnings, ...(n.errors ? [`有 ${n.errors} 个审核错误，导入后需在编辑器中修正。`] : [])] }));
  const mismatched = notices.filter((n) => n.warnings.length > 0).length;
  const forms = notices.reduce((sum, n) => sum + n.forms, 0);
  const errors = notices.reduce((sum, n) => sum + n.errors, 0);
  return {
    title: `确认导入全部 ${notices.length} 个文件？${mismatched ? `其中 ${mismatched} 个与所选单位或年度不一致` : ''}`,
    sections,
    summary: writes(forms, errors),
  };
}
