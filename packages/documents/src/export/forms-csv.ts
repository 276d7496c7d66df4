import { FORM_KIND_LABELS, type Form, type Indicator } from '@jixiao/core';

type FieldType = 'integer' | 'number' | 'string';

export interface CsvField {
  name: string;
  type: FieldType;
  /** Chinese title, for the data package schema. */
  title: string;
  value: (form: Form, formIndex: number, indicator: Indicator | null, row: number | null) => string | number | null;
}

const formField = (name: keyof Form | 'project_code' | 'project_name' | 'budget_total_wan' | 'total_score', type: FieldType, title: string): CsvField => ({
  name,
  type,
  title,
  value: (form) => {
    const v = (form as Record<string, unknown>)[name];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  },
});
const indicatorField = (name: keyof Indicator, type: FieldType, title: string): CsvField => ({
  name,
  type,
  title,
  value: (_f, _i, indicator) => {
    const v = indicator?.[name];
    return typeof v === 'string' || typeof v === 'number' ? v : null;
  },
});

/** One row per indicator, the form's own fields repeated on each row (a flat table for spreadsheets). */
export const CSV_FIELDS: CsvField[] = [
  { name: 'form_index', type: 'integer', title: '表序号', value: (_f, i) => i + 1 },
  formField('kind', 'string', '表类型'),
  { name: 'kind_label', type: 'string', title: '表名称', value: (f) => FORM_KIND_LABELS[f.kind] },
  formField('fiscal_year', 'integer', '预算年度'),
  formField('org', 'string', '单位'),
  formField('org_code', 'string', '单位编码'),
  formField('department', 'string', '主管部门'),
  formField('project_code', 'string', '项目编码'),
  formField('project_name', 'string', '项目名称'),
  formField('budget_total_wan', 'number', '预算总额（万元）'),
  formField('total_score', 'number', '总得分'),
  { name: 'row', type: 'integer', title: '指标序号', value: (_f, _i, _ind, row) => (row == null ? null : row + 1) },
  indicatorField('level1', 'string', '一级指标'),
  indicatorField('level2', 'string', '二级指标'),
  indicatorField('name', 'string', '三级指标'),
  indicatorField('description', 'string', '指标解释'),
  indicatorField('weight', 'number', '权重'),
  indicatorField('unit', 'string', '计量单位'),
  indicatorField('comparator', 'string', '指标性质'),
  indicatorField('target', 'string', '指标值'),
  indicatorField('basis', 'string', '指标值确定依据'),
  indicatorField('method', 'string', '评分说明'),
  indicatorField('actual', 'string', '完成值'),
  indicatorField('score', 'number', '得分'),
  indicatorField('reason', 'string', '未完成原因'),
];

/** RFC 4180: quote fields holding a comma, quote, CR or LF; double inner quotes. */
export function csvField(value: string | number | null): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The forms as CSV text with CRLF line ends and a UTF-8 BOM (Excel opens Chinese CSV as
 * the local code page without it). A form without indicators still gets one row.
 */
export function formsToCsv(forms: Form[]): string {
  const lines = [CSV_FIELDS.map((f) => f.name).join(',')];
  forms.forEach((form, i) => {
    const rows: Array<Indicator | null> = form.indicators.length > 0 ? form.indicators : [null];
    rows.forEach((indicator, r) => {
      lines.push(CSV_FIELDS.map((f) => csvField(f.value(form, i, indicator, indicator ? r : null))).join(','));
    });
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
