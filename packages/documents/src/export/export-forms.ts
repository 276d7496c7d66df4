import { FORMS_FORMAT, FORM_KIND_LABELS, formSchema, indicatorSchema, type Form, type FormsDocument, type Policy } from '@jixiao/core';
import { findCjkFont, NO_CJK_FONT_MESSAGE } from './find-cjk-font';
import { formsToCsv } from './forms-csv';
import { layoutForm } from './layout-forms';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

export const EXPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export interface ExportOptions {
  /** Document title and file name stem. */
  title?: string;
  /** Source file name recorded in the JSON export. */
  source?: string;
  onProgress?: (done: number, total: number) => void;
  /** Environment to look up JIXIAO_CJK_FONT in (defaults to the process environment). */
  env?: Record<string, string | undefined>;
  /** Policy a self-evaluation is scored under for the printed 系统核算总分 (defaults to DEFAULT_POLICY). */
  policy?: Policy;
}

export interface ExportIssue {
  code: string;
  message: string;
}

export type ExportResult =
  | { ok: true; bytes: Uint8Array; contentType: string; fileName: string }
  | { ok: false; issues: ExportIssue[] };

/**
 * The forms in one file of the requested format: official tables (xlsx: a sheet per
 * form; docx/pdf: a page-started section per form), the jixiao.forms/v1 JSON, or a flat
 * CSV of indicator rows.
 */
export async function exportForms(forms: Form[], format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, issues: [{ code: 'format_unknown', message: `不支持的导出格式“${String(format)}”：请使用 xlsx、docx、pdf、json 或 csv。` }] };
  }
  const issues: ExportIssue[] = [];
  const valid: Form[] = [];
  forms.forEach((form, i) => {
    const parsed = formSchema.safeParse(knownKeysOnly(form));
    if (parsed.success) valid.push(parsed.data);
    else issues.push({ code: 'form_invalid', message: `第 ${i + 1} 张表的数据不符合 jixiao.forms/v1 格式（${parsed.error.issues[0]?.path.join('.') ?? ''}：${parsed.error.issues[0]?.message ?? ''}），请先修正数据再导出。` });
  });
  if (issues.length > 0) return { ok: false, issues };
  if (valid.length === 0 && (format === 'xlsx' || format === 'docx' || format === 'pdf')) {
    // Excel will not open a workbook without sheets, and an empty document helps nobody.
    return { ok: false, issues: [{ code: 'no_forms', message: `没有可导出的绩效表：请至少选择一张表再导出 ${format}。` }] };
  }
  const stem = fileStem(options.title ?? defaultTitle(valid));
  const fileName = `${stem}.${format}`;
  const done = (bytes: Uint8Array) => ({ ok: true as const, bytes, contentType: CONTENT_TYPES[format], fileName });
  const layouts = () => valid.map((form) => layoutForm(form, options.policy));
  try {
    switch (format) {
      case 'json': {
        const doc: FormsDocument = { format: FORMS_FORMAT, source: options.source ?? null, forms: valid, warnings: [] };
        return done(new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`));
      }
      case 'csv':
        return done(new TextEncoder().encode(formsToCsv(valid)));
      case 'xlsx':
        return done(await renderXlsx(layouts(), { title: options.title, onProgress: options.onProgress }));
      case 'docx':
        return done(await renderDocx(layouts(), { title: options.title, onProgress: options.onProgress }));
      case 'pdf': {
        const font = findCjkFont(options.env);
        if (!font) return { ok: false, issues: [{ code: 'cjk_font_missing', message: NO_CJK_FONT_MESSAGE }] };
        return done(await renderPdf(layouts(), font, { title: options.title, onProgress: options.onProgress }));
      }
    }
  } catch (error) {
    return { ok: false, issues: [{ code: 'export_failed', message: `生成 ${format} 文件失败：${error instanceof Error ? error.message : String(error)}。请检查数据或换一种格式导出。` }] };
  }
}

/**
 * Drops keys the schema does not know (answer keys carry scoring hints such as
 * `levels_uncertain`): an export prints the schema's fields and nothing else.
 */
function knownKeysOnly(form: unknown): unknown {
  if (form == null || typeof form !== 'object') return form;
  const record = form as Record<string, unknown>;
  const schema = formSchema.options.find((o) => o.shape.kind.value === record.kind);
  if (!schema) return form;
  const keep = (source: Record<string, unknown>, keys: string[]) => Object.fromEntries(Object.entries(source).filter(([k]) => keys.includes(k)));
  const out = keep(record, Object.keys(schema.shape));
  if (Array.isArray(record.indicators)) {
    out.indicators = record.indicators.map((i) => (i && typeof i === 'object' ? keep(i as Record<string, unknown>, Object.keys(indicatorSchema.shape)) : i));
  }
  return out;
}

/**
 * The file's name: one form is named after its project and kind (a unit's seventeen project forms of a year
 * must not all download as the same 「…2024年绩效表」); several forms keep the owner's and year's name.
 */
export function defaultTitle(forms: Form[]): string {
  const first = forms[0];
  if (!first) return '绩效表';
  const owner = first.org ?? first.department ?? '';
  const year = first.fiscal_year ? `${first.fiscal_year}年` : '';
  if (forms.length > 1) return `${owner}${year}绩效表`;
  const label = FORM_KIND_LABELS[first.kind];
  let project = 'project_name' in first && first.project_name ? first.project_name.trim() : '';
  // 市政环卫管护项目 + 项目支出绩效目标表: the word once.
  if (project.endsWith('项目') && label.startsWith('项目')) project = project.slice(0, -2);
  return `${owner}${year}${project}${label}`;
}

/** A file name stem safe on Windows, macOS and Linux. */
export function fileStem(title: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  return printable.trim().slice(0, 80) || '绩效表';
}
