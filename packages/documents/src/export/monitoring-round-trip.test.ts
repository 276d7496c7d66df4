import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, monitoringReportSchema, reportLights, type MonitoringReport } from '@jixiao/core';
import { importMonitoringFile } from '../monitoring/import-monitoring-file';
import { exportMonitoringSheet } from './export-monitoring';
import { layoutMonitoring } from './layout-monitoring';

/**
 * A monitoring table exported (xlsx, docx) and read back by the monitoring importer gives the table it was: the project,
 * period and year, the budget figures with the 执行率 the unit wrote, and per row 1-m月完成值, 全年预计完成值, 是否能完成,
 * 偏差原因 and 纠偏措施 (a row not measured yet with its reason).
 */
const REPORT: MonitoringReport = monitoringReportSchema.parse({
  fiscal_year: 2026, month: 7, org: '某县水利局', project_code: '330102260000045678', project_name: '灌区渠道维护',
  budget_wan: 86.5, executed_wan: 40, execution_rate: 46.2, deviation_reason: '清淤合同按进度结算', measures: '9月完成二期结算',
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '渠道清淤长度', comparator: '>=', target: '60', unit: '公里', progress_value: '31', forecast: '62', expected_completion: '达成' },
    { level1: '产出指标', level2: '质量指标', name: '清淤验收合格率', comparator: '>=', target: '95', unit: '%', progress_value: '90', forecast: '93', expected_completion: '部分达成', deviation_reason: '一段渠道返工', measures: '8月复验' },
    { level1: '成本指标', level2: '经济成本指标', name: '清淤单位造价', comparator: '<=', target: '1.2', unit: '万元/公里', progress_value: '1.3', forecast: '1.3', expected_completion: '未达成', deviation_reason: '人工费上涨', measures: '调整施工组织' },
    { level1: '效益指标', level2: '社会效益指标', name: '灌溉条件改善', comparator: 'qualitative', target: '明显改善', progress_value: '按计划推进', expected_completion: '部分达成' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益农户满意度', comparator: '>=', target: '90', unit: '%', not_measured: '年底测评', forecast: '92%', expected_completion: '达成' },
  ],
});

const sheet = { report: REPORT, lights: reportLights(REPORT), thresholds: DEFAULT_POLICY.monitoring, status: '草稿', initial_budget_wan: 80 };

describe('a monitoring table exported and imported back', () => {
  it.each(['xlsx', 'docx'] as const)('%s', async (format) => {
    const file = await exportMonitoringSheet(sheet, format);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const read = await importMonitoringFile(file.bytes, file.fileName);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.tables).toHaveLength(1);
    const [table] = read.tables;
    expect(table!.warnings).toEqual([]);
    const back = table!.report;
    expect(back).toMatchObject({
      fiscal_year: 2026, month: 7, org: '某县水利局', project_code: REPORT.project_code, project_name: '灌区渠道维护',
      budget_wan: 86.5, executed_wan: 40, execution_rate: 46.2, deviation_reason: '清淤合同按进度结算', measures: '9月完成二期结算',
    });
    // Row by row, the cells the unit fills in: nothing lost, no note row of the sheet read as an indicator.
    const cells = (r: MonitoringReport['indicators'][number]) => [r.name, r.progress_value, r.not_measured ?? null, r.forecast ?? null, r.expected_completion, r.deviation_reason, r.measures];
    expect(back.indicators.map(cells)).toEqual(REPORT.indicators.map(cells));
    expect(back.indicators.map((r) => [r.comparator, r.target, r.unit])).toEqual(REPORT.indicators.map((r) => [r.comparator, r.target, r.unit]));
  });

  it('prints the official columns in order, 执行率（填报） beside 执行率（计算）, and 能 / 不确定 / 不能 on measured rows', () => {
    const layout = layoutMonitoring(sheet);
    const texts = layout.rows.map((r) => r.cells.map((c) => c.text));
    expect(texts.find((r) => r[0] === '年初预算数（万元）')).toEqual(['年初预算数（万元）', '全年预算数（万元）', '1—7月执行数（万元）', '执行率（填报）', '执行率（计算）', '执行进度', '亮灯', '亮灯说明']);
    const budget = texts[texts.findIndex((r) => r[0] === '年初预算数（万元）') + 1]!;
    expect(budget.slice(0, 5)).toEqual(['80.00', '86.50', '40.00', '46.2%', '46.24%']);
    const header = texts.find((r) => r[0] === '一级指标')!;
    expect(header.slice(3, 9)).toEqual(['年度指标值', '1—7月完成值', '全年预计完成值', '偏差原因', '纠偏措施', '是否能完成']);
    const picks = texts.slice(texts.indexOf(header) + 1, texts.indexOf(header) + 6).map((r) => r[8]);
    // A qualitative row keeps its pick's word; a row with a figure says whether it can be done.
    expect(picks).toEqual(['能', '不确定', '不能', '部分达成', '能']);
  });
});
