import { FORM_KIND_LABELS } from '@jixiao/core';
import type { ExistingForm } from '../api/types';
import { statusLabel } from '../lib/labels';
import { importMismatch, mismatchLines, type FormHead } from './import-mismatch';
import { staleDeadlineLine, type DeadlineForm } from './import-stale-deadlines';

/** A previewed file as confirming it needs: its forms and findings, and the unit and year it was read under. */
export interface PreviewedFile {
  name: string;
  forms: ReadonlyArray<FormHead & DeadlineForm>;
  findings: ReadonlyArray<{ severity: string; form?: number | null }>;
  year: number | undefined;
  orgName: string;
  /** Stored forms the preview's forms would duplicate (the server's `existing`). */
  existing?: readonly ExistingForm[];
}

/** What confirming one file must say before its forms are stored: each year or unit mismatch, forms and errors. */
export interface CommitNotice {
  name: string;
  warnings: string[];
  /** One line per stored form the file would duplicate: a file imported twice leaves two drafts nobody can tell apart. */
  duplicates: string[];
  forms: number;
  errors: number;
}

/**
 * The file as far as the ticked forms go (by their index in the preview; undefined: all ticked): what 确认导入
 * warns about, counts and stores. Forms keep their numbers, so 第 3 张表 still means the third form listed.
 */
export function tickedPart(file: PreviewedFile, ticked: readonly number[] | undefined): PreviewedFile {
  if (!ticked) return file;
  const on = new Set(ticked);
  return {
    ...file,
    forms: file.forms.filter((_, i) => on.has(i)),
    findings: file.findings.filter((f) => f.form == null || on.has(f.form)),
    ...(file.existing ? { existing: file.existing.filter((e) => on.has(e.form)) } : {}),
  };
}

/** The commit request's body: the ticked forms, or nothing when every form is ticked (the server then stores all). */
export function commitBody(ticked: readonly number[] | undefined, total: number): { forms?: number[] } {
  if (!ticked || (ticked.length === total && new Set(ticked).size === total)) return {};
  return { forms: [...ticked].sort((a, b) => a - b) };
}

export function commitNotice(file: PreviewedFile): CommitNotice {
  const warnings = file.year ? yearLines(file.forms, file.year, file.orgName) : [];
  return { name: file.name, warnings, duplicates: duplicateLines(file), forms: file.forms.length, errors: file.findings.filter((f) => f.severity === 'error').length };
}

/** What the document says against the year and unit chosen, and its deadlines older than that year: preview and confirmation alike. */
export function yearLines(forms: ReadonlyArray<FormHead & DeadlineForm>, year: number, orgName: string | null | undefined): string[] {
  const stale = staleDeadlineLine(forms, year);
  return [...mismatchLines(importMismatch(forms, year, orgName), year, orgName), ...(stale ? [stale] : [])];
}

function duplicateLines(file: PreviewedFile): string[] {
  return (file.existing ?? []).map((e) => {
    const kind = FORM_KIND_LABELS[e.kind as keyof typeof FORM_KIND_LABELS] ?? '表';
    const what = e.project_name ? `项目「${e.project_name}」的${kind}` : kind;
    return `第 ${e.form + 1} 张表：本单位该年度已有${what}（表 ${e.id}，${statusLabel(e.status)}）；确认后会另存一份草稿，如是重复导入请取消。`;
  });
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
    .filter((n) => n.warnings.length > 0 || n.duplicates.length > 0 || n.errors > 0)
    .map((n) => ({ name: n.name, lines: [...n.warnings, ...n.duplicates, ...(n.errors ? [`有 ${n.errors} 个审核错误，导入后需在编辑器中修正。`] : [])] }));
  const mismatched = notices.filter((n) => n.warnings.length > 0).length;
  const duplicated = notices.filter((n) => n.duplicates.length > 0).length;
  const forms = notices.reduce((sum, n) => sum + n.forms, 0);
  const errors = notices.reduce((sum, n) => sum + n.errors, 0);
  return {
    title: `确认导入全部 ${notices.length} 个文件？${[mismatched ? `${mismatched} 个与所选单位或年度不一致` : '', duplicated ? `${duplicated} 个含本单位已有的表` : ''].filter(Boolean).map((t, k) => (k === 0 ? `其中 ${t}` : t)).join('，')}`,
    sections,
    summary: writes(forms, errors),
  };
}
