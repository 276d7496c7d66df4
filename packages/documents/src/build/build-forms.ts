import type { Form, FormKind, FormsDocument, ImportWarning } from '@jixiao/core';
import { emptyForm, FORM_KIND_LABELS, FORMS_FORMAT } from '@jixiao/core';
import type { SourceDocument } from '../model/source-document';
import type { Item } from './flatten-source';
import { flattenSource } from './flatten-source';
import type { ColumnRole } from './header-map';
import { readHeaderRow } from './header-map';
import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import { yearOf } from './normalize-label';
import { readForm } from './read-form';
import { projectNameFromTitle } from './form-titles';

interface Segment {
  kind: FormKind | null;
  title: string | null;
  line: number | null;
  /** The year of the nearest heading before the form. */
  contextYear: number | null;
  items: Item[];
  /** Opened by the title of a table that is no performance form. */
  other?: boolean;
}

/**
 * Finds the forms in a read document and fills jixiao.forms/v1. Never throws: anything
 * the document leaves uncertain becomes a warning instead.
 */
export function buildForms(source: SourceDocument, sourceName: string): FormsDocument {
  const warnings: ImportWarning[] = [];
  let items: Item[] = [];
  try {
    items = flattenSource(source);
  } catch (err) {
    warnings.push({ form: null, row: null, code: 'source_unreadable', message: `文档结构无法解析：${String(err).slice(0, 200)}` });
  }
  const forms: Form[] = [];
  for (const note of source?.notes ?? []) warnings.push({ form: null, row: null, code: 'source_note', message: String(note).slice(0, 1000) });

  for (const segment of segmentForms(items)) {
    if (segment.other) continue;
    const kind = segment.kind ?? guessKind(segment.items);
    if (!kind) continue;
    const parts = splitByIdentity(kind, segment.items);
    for (const part of parts) readPart(kind, part, segment, parts.length === 1);
  }

  function readPart(kind: FormKind, items: Item[], segment: Segment, alone: boolean): void {
    let sink;
    try {
      sink = readForm(kind, forms.length, items);
    } catch (err) {
      // A bug must not lose the other forms of the document: report it and go on.
      warnings.push({ form: null, row: null, code: 'form_unreadable', message: `“${FORM_KIND_LABELS[kind]}”${segment.title ? `（${segment.title.slice(0, 30)}）` : ''}读取出错，已跳过：${String(err).slice(0, 200)}` });
      return;
    }
    if (isEmptyForm(sink.form)) return;
    sink.form.fiscal_year = (segment.title ? yearOf(segment.title) : null) ?? sink.year ?? segment.contextYear;
    // Some tables carry the project only in their title (某某项目绩效目标表, no 项目名称 row).
    if (alone && segment.title && 'project_name' in sink.form && sink.form.project_name == null) {
      const name = projectNameFromTitle(segment.title);
      if (name) {
        sink.form.project_name = name;
        sink.warn('project_name_from_title', `表中没有“项目名称”，已按标题取项目名称“${name}”，请核对。`);
      }
    }
    if (!segment.kind) {
      sink.warn('kind_guessed', `未找到表格标题，按表头判断为“${FORM_KIND_LABELS[kind]}”，请核对。`);
    }
    if (sink.indicatorTables === 0) {
      sink.warn('no_indicator_table', `“${FORM_KIND_LABELS[kind]}”${segment.title ? `（${segment.title.slice(0, 30)}）` : ''}中没有找到绩效指标表。`);
    }
    forms.push(sink.form);
    // Form-level notes first, then row notes in row order.
    warnings.push(...sink.warnings.map((w, i) => ({ w, i })).sort((a, b) => (a.w.row ?? -1) - (b.w.row ?? -1) || a.i - b.i).map((x) => x.w));
  }
  if (forms.length === 0) {
    warnings.push({
      form: null,
      row: null,
      code: 'no_forms',
      message: '文档中没有找到绩效目标表或自评表：请确认文件内容包含带表头（如“三级指标”“指标值”）的指标表格。',
    });
  }
  return { format: FORMS_FORMAT, source: sourceName, forms, warnings };
}

function segmentForms(items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { kind: null, title: null, line: null, contextYear: null, items: [] };
  let year: number | null = null;
  for (const item of items) {
    if (item.type === 'title') {
      segments.push(current);
      current = { kind: item.kind, title: item.text, line: item.line, contextYear: year, items: [] };
      year = yearOf(item.text) ?? year;
      continue;
    }
    if (item.type === 'other-title') {
      // Another statement's table follows: nothing until the next form title belongs to a form.
      segments.push(current);
      current = { kind: null, title: item.text, line: item.line, contextYear: year, items: [], other: true };
      year = yearOf(item.text) ?? year;
      continue;
    }
    current.items.push(item);
    if (item.type === 'text' && isHeadingLike(item.text)) year = yearOf(item.text) ?? year;
  }
  segments.push(current);
  return segments;
}

// A title-like line: short, no sentence punctuation. Body text mentioning a year is not one.
function isHeadingLike(text: string): boolean {
  return text.length <= 40 && !/[，。；,;]/.test(text);
}

/** A table without a title: the kind its header suggests, if it has an indicator header. */
function guessKind(items: Item[]): FormKind | null {
  let roles: Array<ColumnRole | null> | null = null;
  for (const item of items) {
    if (item.type !== 'row') continue;
    const hm = readHeaderRow(item.cells);
    if (hm) { roles = hm.roles; break; }
  }
  if (!roles) return null;
  const has = (r: ColumnRole) => roles!.includes(r);
  if (has('score') || has('actual')) return has('value') ? 'project_self_evaluation' : 'department_self_evaluation';
  const text = items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text).join(' ') : i.type === 'text' ? i.text : '')).join(' ');
  return /项目名称|项目编码|专项资金名称|项目概况/.test(text) ? 'project_target' : 'department_target';
}

const IDENTITY: Record<FormKind, FieldKey[]> = {
  project_target: ['project_name', 'project_code'],
  project_self_evaluation: ['project_name', 'project_code'],
  department_target: ['org'],
  department_self_evaluation: ['org'],
};

/**
 * One title over several tables (年度重点项目绩效目标表 followed by one table per project):
 * a row naming the form's identity (项目名称, 部门名称) after an indicator table has been
 * read starts the next form. The text lines just before it (（二）某某项目) go with it.
 */
function splitByIdentity(kind: FormKind, items: Item[]): Item[][] {
  const parts: Item[][] = [];
  let current: Item[] = [];
  let sawIdentity = false;
  let sawIndicators = false;
  for (const item of items) {
    if (item.type === 'row') {
      const identity = item.cells.some((c) => {
        const m = c.text.length <= 40 ? matchLabel(c.text, kind) : null;
        return m != null && IDENTITY[kind].includes(m.key);
      });
      if (identity && sawIdentity && sawIndicators) {
        let cut = current.length;
        while (cut > 0 && current[cut - 1]!.type === 'text') cut--;
        parts.push(current.slice(0, cut));
        current = current.slice(cut);
        sawIndicators = false;
      }
      if (identity) sawIdentity = true;
      else if (!sawIndicators && sawIdentity && readHeaderRow(item.cells)) sawIndicators = true;
    }
    current.push(item);
  }
  parts.push(current);
  // A signature block naming the unit again (填报单位：…) under the table opens no new form:
  // a part without an indicator table of its own stays with the form above.
  const merged: Item[][] = [];
  for (const part of parts) {
    const hasTable = part.some((it) => it.type === 'row' && readHeaderRow(it.cells) != null);
    if (merged.length > 0 && !hasTable) merged[merged.length - 1]!.push(...part);
    else merged.push(part);
  }
  return merged;
}

const BLANK_FIELDS = new Map<FormKind, Map<string, string>>();

function isEmptyForm(form: Form): boolean {
  if (form.indicators.length > 0) return false;
  let blank = BLANK_FIELDS.get(form.kind);
  if (!blank) {
    const empty = emptyForm(form.kind) as Record<string, unknown>;
    blank = new Map(Object.keys(empty).map((k) => [k, JSON.stringify(empty[k])]));
    BLANK_FIELDS.set(form.kind, blank);
  }
  const record = form as unknown as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === 'fiscal_year' || key === 'kind') continue;
    if (JSON.stringify(record[key]) !== blank.get(key)) return false;
  }
  return true;
}
