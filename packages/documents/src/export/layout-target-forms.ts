import { FORM_KIND_LABELS, type DepartmentTarget, type ProjectTarget } from '@jixiao/core';
import { cell, moneyOrScore, orEmpty, quantity, orgText, pairRow, spannedRow, spread, type CellContent, type FormLayout, type LayoutRow } from './form-layout';
import { column, gridWidths, indicatorRows, presence, type IndicatorColumn } from './indicator-table';

/** Official title with the year after it, as printed on the forms: 项目支出绩效自评表（2024年度）. */
export function titled(label: string, year: number | null): string {
  return year == null ? label : `${label}（${year}年度）`;
}

/** 部门（单位）整体绩效目标表: header block, tasks, then the indicator table. */
export function layoutDepartmentTarget(form: DepartmentTarget): FormLayout {
  const has = presence(form.indicators);
  const columns: IndicatorColumn[] = [
    ...(has.levels ? [column.level1, column.level2] : []),
    column.name(has.levels ? '三级指标' : '指标', 14),
    ...(has.weight ? [column.weight('指标权重')] : []),
    column.nature,
    column.target,
    column.unit('计量单位'),
    ...(has.description ? [column.description('指标值说明', 24)] : []),
    ...(has.basis ? [column.basis] : []),
  ];
  const width = Math.max(columns.length, 5);
  const labelSpan = width >= 7 ? 2 : 1;
  const pair = (label: string, value: CellContent) => pairRow(width, [[label, value]], labelSpan);
  const unit = orgText(form);
  const rows: LayoutRow[] = [pair('部门（单位）名称', unit.text)];
  if (unit.separateCode) rows.push(pair('单位编码', unit.separateCode));
  if (form.department) rows.push(pair('主管部门', form.department));
  rows.push(pair('部门预算总额（万元）', moneyOrScore(form.budget_total_wan)));
  if (form.fund_sources) {
    rows.push(pair('资金来源：政府预算资金', moneyOrScore(form.fund_sources.government_wan)));
    rows.push(pair('资金来源：财政专户管理资金', moneyOrScore(form.fund_sources.special_account_wan)));
    rows.push(pair('资金来源：单位资金', moneyOrScore(form.fund_sources.unit_wan)));
  }
  if (form.structure) {
    rows.push(pair('资金结构：基本支出', moneyOrScore(form.structure.basic_wan)));
    rows.push(pair('资金结构：项目支出', moneyOrScore(form.structure.project_wan)));
  }
  rows.push(pair('年度履职目标', orEmpty(form.goal)));
  if (form.tasks.length > 0) rows.push(...listBlock(width, labelSpan, '年度主要任务', ['任务名称', '主要内容', '预算金额（万元）'],
    form.tasks.map((t) => [t.name, orEmpty(t.content), moneyOrScore(t.budget_wan)])));
  if (form.sub_goals.length > 0) rows.push(...listBlock(width, labelSpan, '分项绩效目标', ['目标名称', '目标内容'],
    form.sub_goals.map((g) => [g.title, g.text])));
  if (form.measures.length > 0) rows.push(...listBlock(width, labelSpan, '工作保障措施', ['措施名称', '措施内容'],
    form.measures.map((g) => [g.title, g.text])));
  rows.push(spannedRow(['绩效指标'], [width], { bold: true, align: 'center' }));
  rows.push(...indicatorRows(form.indicators, columns, width));
  return {
    title: titled(FORM_KIND_LABELS.department_target, form.fiscal_year),
    subtitle: [],
    columns: gridWidths(columns, width),
    rows,
    name: form.org ?? form.department ?? '部门整体绩效目标',
  };
}

/**
 * A labelled sub-table (年度主要任务 and the like): the label cell spans all its rows on the
 * left, the first row names the columns.
 */
function listBlock(width: number, labelSpan: number, label: string, headers: string[], items: CellContent[][]): LayoutRow[] {
  const inner = width - labelSpan;
  const count = Math.min(headers.length, inner);
  // The first column names the item, the second holds the long text, a third (budget) is narrow.
  const first = Math.max(1, Math.floor(inner / 3));
  const spans = count === 1 ? [inner] : count === 2 ? [first, inner - first] : [first, inner - first - (count - 2), ...Array<number>(count - 2).fill(1)];
  const starts = spans.map((_, i) => labelSpan + spans.slice(0, i).reduce((a, b) => a + b, 0));
  const head: LayoutRow = {
    header: false,
    cells: [
      cell(0, label, { colSpan: labelSpan, rowSpan: items.length + 1, bold: true, align: 'center' }),
      ...headers.slice(0, count).map((h, i) => cell(starts[i] ?? 0, h, { colSpan: spans[i] ?? 1, bold: true, align: 'center' })),
    ],
  };
  const body = items.map((values) => ({
    header: false,
    cells: values.slice(0, count).map((v, i) => cell(starts[i] ?? 0, v, { colSpan: spans[i] ?? 1 })),
  }));
  return [head, ...body];
}

/** 项目支出绩效目标表 (also printed as 部门专项绩效目标申报表 by some regions). */
export function layoutProjectTarget(form: ProjectTarget): FormLayout {
  const has = presence(form.indicators);
  const columns: IndicatorColumn[] = [
    ...(has.levels ? [column.level1, column.level2] : []),
    column.name(has.levels ? '三级指标' : '指标', 12),
    ...(has.description ? [column.description('绩效指标描述', 14)] : []),
    column.nature,
    column.target,
    column.unit('计量单位'),
    ...(has.weight ? [column.weight('权重')] : []),
    ...(has.basis ? [column.basis] : []),
  ];
  const width = Math.max(columns.length, 6);
  const rows: LayoutRow[] = [
    pairRow(width, [['项目编码', orEmpty(form.project_code)], ['项目名称', orEmpty(form.project_name)]]),
    pairRow(width, [['主管部门', orEmpty(form.department)], ['实施单位', orgText(form).text]]),
  ];
  const code = orgText(form).separateCode;
  if (code) rows.push(pairRow(width, [['单位编码', code]]));
  rows.push(pairRow(width, [
    ['预算数（万元）', moneyOrScore(form.budget_total_wan)],
    ['其中：财政资金', moneyOrScore(form.budget_fiscal_wan)],
    ['其他资金', moneyOrScore(form.budget_other_wan)],
  ]));
  if (form.budget_district_wan != null || form.budget_subsidy_towns_wan != null) {
    rows.push(pairRow(width, [['区级支出', moneyOrScore(form.budget_district_wan)], ['补助街镇', moneyOrScore(form.budget_subsidy_towns_wan)]]));
  }
  rows.push(pairRow(width, [['项目概况', orEmpty(form.overview)]]));
  rows.push(pairRow(width, [['立项依据', orEmpty(form.basis)]]));
  if (form.spending_plan) {
    const plan = form.spending_plan;
    const spans = spread(width - 1, 4);
    rows.push({
      header: false,
      cells: [cell(0, '资金支出计划（%）', { rowSpan: 2, bold: true, align: 'center' }),
        ...spannedRow(['3月底', '6月底', '10月底', '12月底'], spans, { bold: true, align: 'center' }).cells.map((c) => ({ ...c, col: c.col + 1 }))],
    });
    rows.push({
      header: false,
      cells: spannedRow([plan.mar, plan.jun, plan.oct, plan.dec].map(quantity), spans, { align: 'center' }).cells.map((c) => ({ ...c, col: c.col + 1 })),
    });
  }
  rows.push(pairRow(width, [['绩效目标', orEmpty(form.goal)]]));
  rows.push(spannedRow(['绩效指标'], [width], { bold: true, align: 'center' }));
  rows.push(...indicatorRows(form.indicators, columns, width));
  const subtitle = ['单位：万元'];
  return {
    title: titled(FORM_KIND_LABELS.project_target, form.fiscal_year),
    subtitle,
    columns: gridWidths(columns, width),
    rows,
    name: form.project_name ?? form.project_code ?? '项目支出绩效目标',
  };
}
