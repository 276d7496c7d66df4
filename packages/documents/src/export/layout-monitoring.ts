import { CAN_COMPLETE_LABELS, LIGHT_LABELS, judgedByPick, type LightResult, type MonitoringIndicator, type MonitoringReport, type Policy, type ProjectMonitoring } from '@jixiao/core';
import { orEmpty, pairRow, percent, spannedRow, textOrQuantity, moneyOrScore, type FormLayout, type LayoutRow } from './form-layout';
import { inlineTargetText } from './indicator-table';

/** A stored monitoring table as printed: the report, its lights under the region's policy, and its state in words. */
export interface MonitoringSheet {
  report: MonitoringReport;
  lights: ProjectMonitoring;
  /** The policy's light thresholds, spelled out under the table so a reader of the paper knows what a light means. */
  thresholds: Pick<Policy['monitoring'], 'red' | 'yellow' | 'blue'>;
  /** 草稿, 已提交, 已退回, 已验收…: a printed draft must not pass for an accepted table. */
  status: string | null;
  /** 年初预算数 (万元): the budget of the approved target, beside the year's budget as adjusted (report.budget_wan). */
  initial_budget_wan?: number | null;
}

export const MONITORING_TITLE = '项目支出绩效运行监控表';

/**
 * The indicator part in the official column order of the 运行监控表 (年度指标值, 1-m月完成值, 全年预计完成值, 偏差原因,
 * 纠偏措施, 是否能完成), then what this system adds: 进度, 亮灯 and its reasoning. The labels are the ones the
 * monitoring importer reads, so an exported table imports back as it was.
 */
const COLUMNS = [7, 8, 14, 9, 9, 9, 12, 12, 7, 6, 5, 20];
const indicatorHeader = (month: number) => ['一级指标', '二级指标', '三级指标', '年度指标值', `1—${month}月完成值`, '全年预计完成值', '偏差原因', '纠偏措施', '是否能完成', '进度', '亮灯', '亮灯说明'];
// 预算执行 in the official order (年初预算数, 全年预算数, 1-m月执行数, 执行率), the computed rate beside the written one.
const BUDGET_SPANS = [1, 1, 1, 1, 1, 1, 1, 5];
const budgetHeader = (month: number) => ['年初预算数（万元）', '全年预算数（万元）', `1—${month}月执行数（万元）`, '执行率（填报）', '执行率（计算）', '执行进度', '亮灯', '亮灯说明'];

/** The period as a clerk writes it: 2026年1—7月. */
export function monitoringPeriodText(report: Pick<MonitoringReport, 'fiscal_year' | 'month'>): string {
  return `${report.fiscal_year}年1—${report.month}月`;
}

/**
 * 实施期: the project's own months in the year the lights are measured by, 2026年4—12月; 全年 for a project of the
 * whole year (nothing stated).
 */
export function implementationPeriodText(report: Pick<MonitoringReport, 'fiscal_year' | 'start_month' | 'end_month'>): string {
  const start = report.start_month ?? 1;
  const end = report.end_month ?? 12;
  return start === 1 && end === 12 ? `${report.fiscal_year}年全年` : `${report.fiscal_year}年${start}—${end}月`;
}

function lightText(light: LightResult | undefined): string {
  return LIGHT_LABELS[light?.light ?? 'none'];
}

/** 是否能完成: a row judged by its pick prints the pick (达成…); a row with a figure to reach asks 能 / 不确定 / 不能. */
function canCompleteText(ind: MonitoringIndicator): string {
  const choice = ind.expected_completion;
  if (!choice) return '';
  return judgedByPick(ind.comparator, ind.target) ? choice : CAN_COMPLETE_LABELS[choice];
}

function indicatorRow(ind: MonitoringIndicator, light: LightResult | undefined): LayoutRow {
  const done = ind.progress_value ?? (ind.not_measured ? `尚未测量（${ind.not_measured}）` : '');
  return spannedRow(
    [orEmpty(ind.level1), orEmpty(ind.level2), ind.name, inlineTargetText(ind), textOrQuantity(done), textOrQuantity(orEmpty(ind.forecast)),
      orEmpty(ind.deviation_reason), orEmpty(ind.measures), canCompleteText(ind), percent(light?.progress), lightText(light), orEmpty(light?.explanation)],
    COLUMNS.map(() => 1),
  );
}

/** What each light means under the policy the table is judged by (rules.md §4). */
export function lightLegend(t: MonitoringSheet['thresholds']): string {
  return [
    `绿灯：进度达到 ${t.yellow}，执行正常`,
    `黄灯：进度 ${t.red} 至 ${t.yellow}，执行偏慢`,
    `红灯：进度低于 ${t.red}，明显滞后，须说明原因并纠偏`,
    `蓝灯：指标进度达到 ${t.blue}，超前于计划`,
    '无法判断：缺少预算、执行数或完成值，或尚未到测量期',
  ].join('；') + '。进度 = 1至当月执行数（完成值）÷ 按月数（m/12；实施期不足全年的按已实施月数占实施期月数）应达到的数 × 100；“≤”指标未超过指标值为绿灯，否则红灯；定性指标按全年预计：达成绿灯，部分达成黄灯，未达成红灯。项目亮灯取各灯中最差者。';
}

/**
 * 项目支出绩效运行监控表 (双监控) for one project and period: header (期间, 实施期, 状态, 实施单位, 项目名称, 项目编码),
 * 预算执行 with its light, the indicator rows with progress and lights, each light's reasoning in words, and a legend of
 * the lights. Labels and order are the official table's, so the monitoring importer reads the file back as the table.
 */
export function layoutMonitoring(sheet: MonitoringSheet): FormLayout {
  const { report, lights } = sheet;
  const width = COLUMNS.length;
  const rate = report.budget_wan && report.budget_wan > 0 && report.executed_wan != null ? Math.round((report.executed_wan / report.budget_wan) * 10000) / 100 : null;
  const rows: LayoutRow[] = [
    pairRow(width, [['监控期间', monitoringPeriodText(report)], ['实施期', implementationPeriodText(report)], ['状态', orEmpty(sheet.status)]], 2),
    pairRow(width, [['实施单位', orEmpty(report.org)], ['项目名称', report.project_name], ['项目编码', orEmpty(report.project_code)]], 2),
    spannedRow(['预算执行情况'], [width], { bold: true, align: 'center' }),
    spannedRow(budgetHeader(report.month), BUDGET_SPANS, { bold: true, align: 'center' }),
    spannedRow([moneyOrScore(sheet.initial_budget_wan), moneyOrScore(report.budget_wan), moneyOrScore(report.executed_wan), percent(report.execution_rate), percent(rate),
      percent(lights.budget.progress), lightText(lights.budget), lights.budget.explanation], BUDGET_SPANS),
    pairRow(width, [['偏差原因', orEmpty(report.deviation_reason)], ['纠偏措施', orEmpty(report.measures)]], 2),
    spannedRow(['绩效指标完成情况'], [width], { bold: true, align: 'center' }),
    spannedRow(indicatorHeader(report.month), COLUMNS.map(() => 1), { bold: true, align: 'center', header: true }),
    ...report.indicators.map((ind, i) => indicatorRow(ind, lights.indicators[i])),
    pairRow(width, [['项目亮灯', `${lightText(lights.project)}：${lights.project.explanation}`]], 2),
    pairRow(width, [['亮灯含义', lightLegend(sheet.thresholds)]], 2),
  ];
  return {
    title: MONITORING_TITLE,
    subtitle: [monitoringPeriodText(report), '金额单位：万元'],
    columns: COLUMNS,
    rows,
    name: report.project_name,
  };
}
