import { emptyForm, FORM_KINDS, FORMS_FORMAT, formsDocumentSchema, type Form, type FormKind, type FormsDocument, type Indicator } from '@jixiao/core';
import { CSV_FIELDS } from '../export/forms-csv';
import { readCsv } from '../text/read-csv';
import type { FormsJson } from './read-forms-json';

const HEADER = CSV_FIELDS.map((f) => f.name);
const HEADER_LINE = HEADER.join(',');
// More than the header line's length, so a file whose first line is that header is recognised from its head alone.
const HEAD_BYTES = 1024;
const FORM_FIELDS = ['fiscal_year', 'org', 'org_code', 'department', 'project_code', 'project_name', 'budget_total_wan', 'total_score'] as const;
const NUMBER_FIELDS = new Set<string>(['fiscal_year', 'budget_total_wan', 'total_score', 'weight', 'score']);
const TEXT_FIELDS = ['level1', 'level2', 'name', 'description', 'unit', 'basis', 'method', 'actual', 'reason'] as const;

/**
 * The indicators CSV this system writes as open data (one row per indicator, the form's own fields on every
 * row; export/forms-csv.ts), read back into its forms: the header row is that file's column names exactly.
 * The CSV holds only those columns, so what it leaves out (goals, budget details, conclusions) comes back empty
 * and a warning says so.
 */
export function readFormsCsv(bytes: Uint8Array, fileName: string): FormsJson {
  // Every imported file is asked: only its first line is decoded until it is known to be ours.
  const head = new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES)).replace(/^\ufeff/, '');
  if (head.slice(0, head.search(/\r?\n|$/)) !== HEADER_LINE) return { kind: 'none' };
  const text = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  const table = readCsv(text, ',').blocks.find((b) => b.kind === 'table');
  const rows = table && table.kind === 'table' ? table.rows.slice(1).map((r) => r.cells.map((c) => c.text)) : [];
  const groups = new Map<string, string[][]>();
  for (const cells of rows) {
    const key = cells[0] ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(cells);
  }
  const forms: Form[] = [];
  for (const [index, group] of groups) {
    const built = formOf(group);
    if (typeof built === 'string') return { kind: 'invalid', message: `${fileName} 第 ${index} 张表：${built}；请检查该文件是否被改动，或改用 JSON / Excel 导出。` };
    forms.push(built);
  }
  const document: FormsDocument = {
    format: FORMS_FORMAT,
    source: fileName,
    forms,
    warnings: [{ form: null, row: null, code: 'open_data_csv', message: '这是指标明细 CSV（每行一条指标）：只含表头字段和指标，绩效目标、预算明细、自评结论等不在其中；需要完整的表请导入 JSON 或 Excel 导出文件。' }],
  };
  const parsed = formsDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { kind: 'invalid', message: `${fileName} 的内容不符合 ${FORMS_FORMAT}（${first ? `${first.path.join('.')}：${first.message}` : '格式错误'}）；请检查该文件是否被改动，或改用 JSON / Excel 导出。` };
  }
  return { kind: 'ok', document: parsed.data };
}

function formOf(group: string[][]): Form | string {
  const at = (cells: string[], name: string) => cells[HEADER.indexOf(name)] ?? '';
  const kind = at(group[0]!, 'kind');
  if (!(FORM_KINDS as readonly string[]).includes(kind)) return `表类型「${kind}」不是本系统的表类型`;
  const form = emptyForm(kind as FormKind);
  const record = form as unknown as Record<string, unknown>;
  for (const field of FORM_FIELDS) {
    if (!(field in record)) continue;
    const value = cellValue(at(group[0]!, field), field);
    if (typeof value === 'string' && NUMBER_FIELDS.has(field)) return `「${field}」应为数字，却是「${value}」`;
    record[field] = value;
  }
  const indicators: Array<{ row: number; indicator: Indicator }> = [];
  for (const cells of group) {
    const row = at(cells, 'row');
    if (row === '') continue;
    const ind: Record<string, unknown> = {};
    for (const f of TEXT_FIELDS) ind[f] = cellValue(at(cells, f), f);
    for (const f of ['weight', 'score']) {
      const v = cellValue(at(cells, f), f);
      if (typeof v === 'string') return `第 ${row} 条指标的「${f}」应为数字，却是「${v}」`;
      ind[f] = v;
    }
    ind.name = ind.name ?? '';
    ind.comparator = at(cells, 'comparator') || null;
    ind.target = at(cells, 'target');
    indicators.push({ row: Number(row), indicator: ind as unknown as Indicator });
  }
  form.indicators = indicators.sort((a, b) => a.row - b.row).map((x) => x.indicator);
  return form;
}

/** A cell as the exporter wrote it: empty is null, numbers in number columns are numbers (anything else stays text). */
function cellValue(text: string, field: string): string | number | null {
  if (text === '') return null;
  if (!NUMBER_FIELDS.has(field)) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}
