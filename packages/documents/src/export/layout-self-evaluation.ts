import { FORM_KIND_LABELS, type DepartmentSelfEvaluation, type ProjectSelfEvaluation } from '@jixiao/core';
import { cell, formatNumber, formatPercent, orEmpty, orgText, pairRow, spannedRow, spread, type FormLayout, type LayoutRow } from './form-layout';
import { column, gridWidths, indicatorRows, presence, type IndicatorColumn } from './indicator-table';
import { titled } from './layout-target-forms';

/** 项目支出绩效自评表: project header, 预算执行情况, indicator scores, 合计, conclusions. */
export function layoutProjectSelfEvaluation(form: ProjectSelfEvaluation): FormLayout {
  const has = presence(form.indicators);
  const columns: IndicatorColumn[] = [
    column.level1,
    column.level2,
    column.name('三级指标', 12),
    ...(has.description ? [column.description('指标解释', 12)] : []),
    column.nature,
    column.target,
    column.unit('度量单位'),
    column.actual,
    column.weight('权重'),
    column.score('得分'),
    column.reason,
    ...(has.basis ? [column.basis] : []),
  ];
  const width = columns.length;
  const rows: LayoutRow[] = [
    pairRow(width, [['项目编码', orEmpty(form.project_code)], ['项目名称', orEmpty(form.project_name)]]),
    pairRow(width, [['主管部门', orEmpty(form.department)], ['实施单位', orgText(form).text]]),
  ];
  const code = orgText(form).separateCode;
  if (code) rows.push(pairRow(width, [['单位编码', code]]));
  rows.push(pairRow(width, [['项目年度目标', orEmpty(form.goal)]]));
  rows.push(pairRow(width, [['年度目标完成情况', orEmpty(form.goal_outcome)]]));
  if (form.budget) {
    const b = form.budget;
    // 8 cells: item, 年初预算, 调整后, 执行数, 执行率, 权重, 得分, 原因 — the reason takes the rest.
    const spans = [1, 1, 1, 1, 1, 1, 1, width - 7];
    if (width < 8) spans.splice(0, spans.length, ...spread(width, 8));
    rows.push(spannedRow(['预算执行情况'], [width], { bold: true, align: 'center' }));
    rows.push(spannedRow(['项目', '年初预算（万元）', '调整后预算数（万元）', '预算执行数（万元）', '预算执行率', '权重', '得分', '原因'], spans, { bold: true, align: 'center' }));
    rows.push(spannedRow(['总额', formatNumber(b.initial_wan), formatNumber(b.adjusted_wan), formatNumber(b.executed_wan),
      formatPercent(b.execution_rate), formatNumber(b.weight), formatNumber(b.score), orEmpty(b.reason)], spans));
  }
  rows.push(spannedRow(['绩效指标'], [width], { bold: true, align: 'center' }));
  rows.push(...indicatorRows(form.indicators, columns, width));
  rows.push(totalRow(columns, width, form.total_score));
  rows.push(pairRow(width, [['评价结论', orEmpty(form.conclusion)]], 2));
  rows.push(pairRow(width, [['存在问题', orEmpty(form.problems)]], 2));
  rows.push(pairRow(width, [['改进措施', orEmpty(form.improvements)]], 2));
  return {
    title: titled(FORM_KIND_LABELS.project_self_evaluation, form.fiscal_year),
    subtitle: [],
    columns: gridWidths(columns, width),
    rows,
    name: form.project_name ?? form.project_code ?? '项目支出绩效自评',
  };
}

/** 部门整体支出绩效自评表: 指标分值 / 指标解释 / 评分说明 / 自评得分 with a 合计 row. */
export function layoutDepartmentSelfEvaluation(form: DepartmentSelfEvaluation): FormLayout {
  const has = presence(form.indicators);
  const columns: IndicatorColumn[] = [
    column.level1,
    column.level2,
    column.name('三级指标', 12),
    column.weight('指标分值'),
    ...(has.target ? [column.nature, column.target] : []),
    ...(has.unit ? [column.unit('计量单位')] : []),
    column.description('指标解释', 18),
    column.method,
    ...(has.actual ? [column.actual] : []),
    column.score('自评得分'),
    ...(has.reason ? [column.reason] : []),
  ];
  const width = columns.length;
  const rows: LayoutRow[] = [];
  const unit = orgText(form);
  if (unit.text) rows.push(pairRow(width, [['部门（单位）名称', unit.text]], 2));
  if (unit.separateCode) rows.push(pairRow(width, [['单位编码', unit.separateCode]], 2));
  if (form.department) rows.push(pairRow(width, [['主管部门', form.department]], 2));
  if (form.goal) rows.push(pairRow(width, [['年度总体目标', form.goal]], 2));
  rows.push(...indicatorRows(form.indicators, columns, width));
  rows.push(totalRow(columns, width, form.total_score));
  return {
    title: titled(FORM_KIND_LABELS.department_self_evaluation, form.fiscal_year),
    subtitle: [],
    columns: gridWidths(columns, width),
    rows,
    name: form.org ?? form.department ?? '部门整体支出绩效自评',
  };
}

/** 合计 row: the label across the columns before 得分, the total score under 得分. */
function totalRow(columns: IndicatorColumn[], width: number, total: number | null): LayoutRow {
  const scoreIndex = columns.findIndex((c) => c.label === '得分' || c.label === '自评得分');
  const spare = width - columns.length;
  const scoreCol = scoreIndex + spare;
  const cells = [cell(0, '合计', { colSpan: scoreCol, bold: true, align: 'center' }), cell(scoreCol, formatNumber(total), { bold: true })];
  if (scoreCol + 1 < width) cells.push(cell(scoreCol + 1, '', { colSpan: width - scoreCol - 1 }));
  return { header: false, cells };
}
