import { FORM_KIND_LABELS, type DepartmentSelfEvaluation, type Grade, type ProjectSelfEvaluation } from '@jixiao/core';
import { cell, moneyOrScore, orEmpty, orgText, pairRow, percent, quantity, spannedRow, spread, type FormLayout, type LayoutRow } from './form-layout';
import { column, gridWidths, indicatorRows, presence, type IndicatorColumn } from './indicator-table';
import { titled } from './layout-target-forms';

/** The system's score of a sheet (rules.md §3), printed beside the unit's own 合计. */
export interface SystemScore {
  total: number;
  grade: Grade;
  /** The sheet's own 合计, when it has one. */
  reportedTotal: number | null;
  /** The two differ by more than 0.005. */
  mismatch: boolean;
}

/**
 * 项目支出绩效自评表: project header, 预算执行情况, indicator scores, 合计, the system's 总分 and 等级, conclusions.
 * The unit's scores print as written (they are its statement); the system's score follows the 合计 row.
 */
export function layoutProjectSelfEvaluation(form: ProjectSelfEvaluation, system: SystemScore | null = null): FormLayout {
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
    rows.push(spannedRow(['总额', moneyOrScore(b.initial_wan), moneyOrScore(b.adjusted_wan), moneyOrScore(b.executed_wan),
      percent(b.execution_rate), quantity(b.weight), moneyOrScore(b.score), orEmpty(b.reason)], spans));
  }
  rows.push(spannedRow(['绩效指标'], [width], { bold: true, align: 'center' }));
  rows.push(...indicatorRows(form.indicators, columns, width));
  rows.push(totalRow(columns, width, form.total_score));
  if (system) rows.push(...systemScoreRows(columns, width, system));
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

/**
 * 部门整体支出绩效自评表: 指标分值 / 指标解释 / 评分说明 / 自评得分 with a 合计 row, then the system's 总分 and 等级
 * as a project sheet prints them.
 */
export function layoutDepartmentSelfEvaluation(form: DepartmentSelfEvaluation, system: SystemScore | null = null): FormLayout {
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
  if (system) rows.push(...systemScoreRows(columns, width, system));
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
  return labelledScoreRow(columns, width, '合计', moneyOrScore(total), '');
}

/** Grid column of the 得分 column (the name column takes the spare grid columns before it). */
function scoreColumn(columns: IndicatorColumn[], width: number): number {
  return columns.findIndex((c) => c.label === '得分' || c.label === '自评得分') + width - columns.length;
}

function labelledScoreRow(columns: IndicatorColumn[], width: number, label: string, score: ReturnType<typeof moneyOrScore>, rest: string): LayoutRow {
  const scoreCol = scoreColumn(columns, width);
  const cells = [cell(0, label, { colSpan: scoreCol, bold: true, align: 'center' }), cell(scoreCol, score, { bold: true })];
  if (scoreCol + 1 < width) cells.push(cell(scoreCol + 1, rest, { colSpan: width - scoreCol - 1, bold: rest !== '' }));
  return { header: false, cells };
}

/**
 * 系统核算总分 under 得分 with its 等级 beside it, and, when the sheet's own 合计 differs, a line saying which
 * one counts: a reader of the file sees both numbers and which one the finance office goes by.
 */
function systemScoreRows(columns: IndicatorColumn[], width: number, system: SystemScore): LayoutRow[] {
  const total = system.total.toFixed(2);
  const scoreCol = scoreColumn(columns, width);
  const rows: LayoutRow[] = [scoreCol + 1 < width
    ? labelledScoreRow(columns, width, '系统核算总分', moneyOrScore(system.total), `等级：${system.grade}`)
    : labelledScoreRow(columns, width, `系统核算总分（等级：${system.grade}）`, moneyOrScore(system.total), '')];
  if (system.mismatch && system.reportedTotal != null) {
    const note = `系统核算总分 ${total}（${system.grade}），与填报总分 ${system.reportedTotal.toFixed(2)} 不一致，以核算为准`;
    rows.push(pairRow(width, [['核算说明', note]], 2));
  }
  return rows;
}
