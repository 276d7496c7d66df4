import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { monitoringReportSchema } from '@jixiao/core';
import { importFile } from '../import/import-file';
import type { SourceDocument } from '../model/source-document';
import { importMonitoringFile } from './import-monitoring-file';
import { isMonitoringHeader, periodMonthIn, yearIn, completionOf } from './monitoring-columns';
import { READ_CASES } from './read-monitoring-cases';
import { readMonitoringTables } from './read-monitoring-tables';

const here = dirname(fileURLToPath(import.meta.url));
const pathOf = (c: { file: string; where: 'corpus' | 'fixtures' }) => resolve(here, c.where === 'corpus' ? '../../test-corpus' : 'fixtures', c.file);

describe('readMonitoringTables over the seven monitoring documents', () => {
  it.each(READ_CASES)('$file', async (c) => {
    const read = await importMonitoringFile(new Uint8Array(readFileSync(pathOf(c))), c.file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.tables).toHaveLength(1);
    const [table] = read.tables;
    expect(table!.report).toEqual(c.report);
    expect(table!.warnings).toEqual([]);
    expect(table!.lines).toHaveLength(c.report.indicators.length);
    // What the reader gives is core's report once the year and period are known.
    expect(monitoringReportSchema.safeParse({ ...table!.report, fiscal_year: table!.report.fiscal_year ?? 2025, month: table!.report.month ?? 6 }).success).toBe(true);
  });

  it('leaves the forms import of the fixtures as it was: no form, the monitoring-only warning', async () => {
    for (const c of READ_CASES.filter((r) => r.where === 'fixtures')) {
      const forms = await importFile(new Uint8Array(readFileSync(pathOf(c))), c.file);
      expect(forms.ok && forms.document.forms).toEqual([]);
    }
  });
});

const table = (rows: string[][], texts: string[] = []): SourceDocument => ({
  format: 'tsv',
  notes: [],
  blocks: [...texts.map((text) => ({ kind: 'text' as const, text })), { kind: 'table', rows: rows.map((cells) => ({ cells: cells.map((text) => ({ text })) })) }],
});

describe('what makes a monitoring table', () => {
  it('reads a 1–m月 progress column, a 全年预计 column or a 是否能完成 column as in-year', () => {
    expect(isMonitoringHeader(['三级指标', '年度指标值', '1-6月完成值'])).toBe(true);
    expect(isMonitoringHeader(['指标名称', '全年目标值', '截至7月底完成情况'])).toBe(true);
    expect(isMonitoringHeader(['指标名称', '指标值', '完成情况', '是否能完成目标'])).toBe(true);
    expect(isMonitoringHeader(['三级指标', '年度指标值', '全年预计完成值'])).toBe(true);
  });
  it('guards: a target form, and a self-evaluation scoring the year (实际完成值, 分值, 得分), are none', () => {
    expect(isMonitoringHeader(['一级指标', '二级指标', '三级指标', '指标值'])).toBe(false);
    expect(isMonitoringHeader(['三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'])).toBe(false);
    expect(isMonitoringHeader(['三级指标', '年度指标值', '1-12月实际完成值', '分值', '得分'])).toBe(false);
  });
  it('reads a document holding no monitoring table as a Chinese refusal', async () => {
    const read = await importMonitoringFile(new TextEncoder().encode('一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥100人次\n'), 't.tsv');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]!.message).toContain('没有识别到绩效运行监控表');
  });
});

describe('the period and year of a table', () => {
  it.each([
    ['1-6月执行情况', 6], ['1—7月完成值', 7], ['1至8月', 8], ['（监控时段：1至6月）', 6], ['2025年1月至7月', 7],
    ['一至六月', 6], ['截至2025年7月31日', 7], ['上半年完成情况', 6], ['全年预计完成值', null], ['2025年11月底前', null],
  ])('%s → %s', (text, month) => expect(periodMonthIn(text)).toBe(month));
  it.each([
    ['2025年1-8月项目支出绩效运行监控表', 2025], ['某县司法局二〇二四年部门预算公开', 2024], ['（2024年度）', 2024], ['1-6月执行情况', null],
  ])('%s → year %s', (text, year) => expect(yearIn(text)).toBe(year));
  it('says when the header and the title name different periods, and reads the header', () => {
    const [read] = readMonitoringTables(table([
      ['项目名称', '道路养护'],
      ['三级指标', '年度指标值', '1-6月完成值', '全年预计完成值'],
      ['养护里程', '≥100公里', '52公里', '100公里'],
    ], ['2025年1-7月项目支出绩效运行监控表']));
    expect(read!.report.month).toBe(6);
    expect(read!.warnings.join('')).toContain('表头写的是1-6月，标题写的是1-7月');
  });
  it('leaves an unstated period null with a warning, and stops at the footer', () => {
    const [read] = readMonitoringTables(table([
      ['项目名称', '道路养护'],
      ['三级指标', '年度指标值', '完成情况', '是否能完成'],
      ['养护里程', '≥100公里', '52公里', '是'],
      ['填表人：张三', '', '', ''],
    ]));
    expect(read!.report.month).toBeNull();
    expect(read!.report.fiscal_year).toBeNull();
    expect(read!.report.indicators.map((i) => i.name)).toEqual(['养护里程']);
    expect(read!.warnings[0]).toContain('未写明监控期间');
  });
});

describe('是否能完成 answers', () => {
  it.each([
    ['是', '达成'], ['能', '达成'], ['确定能', '达成'], ['基本能', '部分达成'], ['有可能', '部分达成'], ['不确定', '部分达成'], ['尚不确定', '部分达成'],
    ['否', '未达成'], ['不能完成', '未达成'], ['', null], ['详见说明', null], ['不确定因素较多，详见说明', null],
  ])(
    '%s → %s', (text, choice) => expect(completionOf(text)).toBe(choice),
  );
});

describe('the budget block above the indicator header', () => {
  const header = ['三级指标', '年度指标值', '1-6月完成值', '偏差原因'];
  const read = (rows: string[][]) => readMonitoringTables(table([...rows, header, ['泊位数', '≥1200个', '—', '雨季施工滞后']]))[0]!;
  it('pairs a label with the figure beside it, a （万元） label and a 1-6月执行 without 数 included', () => {
    const r = read([['项目名称', '停车设施'], ['年度预算（万元）', '640.00', '1-6月执行（万元）', '216.40', '执行率', '33.81%']]);
    expect(r.report).toMatchObject({ budget_wan: 640, executed_wan: 216.4, execution_rate: 33.81 });
    // A dash under 1-6月完成值 is nothing written.
    expect(r.report.indicators[0]!.progress_value).toBeNull();
  });
  it('pairs a row of labels with a row of figures that opens with its own label', () => {
    const r = read([['项目名称', '垃圾收运'], ['项目资金', '年初预算数', '全年预算数', '1-6月执行数', '执行率', '全年预计执行数'], ['年度资金总额', '800', '860', '402.5', '46.80%', '860']]);
    expect(r.report).toMatchObject({ budget_wan: 860, executed_wan: 402.5, execution_rate: 46.8 });
  });
  it('reads the 执行率 the unit wrote (填报), not the one worked out beside it (计算), whichever comes first', () => {
    const labels = ['年初预算数（万元）', '全年预算数（万元）', '1-6月执行数（万元）', '执行率（计算）', '执行率（填报）'];
    const r = read([['项目名称', '停车设施'], labels, ['600', '640', '216.4', '33.81%', '34%']]);
    expect(r.report).toMatchObject({ budget_wan: 640, executed_wan: 216.4, execution_rate: 34 });
    // guard: a blank written rate stays blank rather than taking the computed one.
    expect(read([['项目名称', '停车设施'], labels, ['600', '640', '216.4', '33.81%', '']]).report.execution_rate).toBeNull();
  });
  it('reads 尚未测量（年底测评） under 1-6月完成值 as the row\'s reason, not a value; guard: other bracketed words are a value', () => {
    const rows = (done: string) => readMonitoringTables(table([['项目名称', '停车设施'], header, ['群众满意度', '≥90%', done, '']]))[0]!.report.indicators[0]!;
    expect(rows('尚未测量（年底测评）')).toMatchObject({ progress_value: null, not_measured: '年底测评' });
    expect(rows('尚未测量（未到测量期）')).toMatchObject({ progress_value: null, not_measured: '未到测量期' });
    expect(rows('尚未测量（问卷已发放）')).toMatchObject({ progress_value: '尚未测量（问卷已发放）', not_measured: null });
  });
  it('reads 尚未测评 / 暂未统计 / 待年底测评 as not measured yet; guards: a measured value or a figure said in words stays a value', () => {
    const rows = (done: string) => readMonitoringTables(table([['项目名称', '停车设施'], header, ['群众满意度', '≥90%', done, '']]))[0]!.report.indicators[0]!;
    expect(rows('尚未测评')).toMatchObject({ progress_value: null, not_measured: '未到测量期' });
    expect(rows('暂未统计')).toMatchObject({ progress_value: null, not_measured: '未到测量期' });
    expect(rows('待年底测评')).toMatchObject({ progress_value: null, not_measured: '年底测评' });
    expect(rows('已测评，92%')).toMatchObject({ progress_value: '已测评，92%', not_measured: null });
    expect(rows('未达标')).toMatchObject({ progress_value: '未达标', not_measured: null });
  });
  it('guards: label/value rows one under another pair across, not down; a 全年预计执行数 is not the 执行数; amounts in 元 become 万元', () => {
    const r = read([['项目名称', '垃圾收运'], ['主管部门', '县住建局', '实施单位', '县环卫所'], ['全年预计执行数（元）', '8,600,000', '1-6月执行数（元）', '4,025,000']]);
    expect(r.report).toMatchObject({ project_name: '垃圾收运', org: '县环卫所', executed_wan: 402.5 });
    expect(r.supervisor).toBe('县住建局');
  });
});

describe('a sheet Word holds as two tables: the project and budget block, then the indicator table', () => {
  const blocks = (first: string[][], second: string[][]): SourceDocument => ({
    format: 'tsv', notes: [],
    blocks: [{ kind: 'table', rows: first.map((cells) => ({ cells: cells.map((text) => ({ text })) })) }, { kind: 'table', rows: second.map((cells) => ({ cells: cells.map((text) => ({ text })) })) }],
  });
  const indicators = [['三级指标', '年度指标值', '1-6月完成值', '全年预计完成值'], ['泊位数', '≥1200个', '600', '1200']];
  it('reads the block before an indicator table that opens with its header', () => {
    const [read] = readMonitoringTables(blocks([['项目名称', '停车设施'], ['全年预算数', '640', '1-6月执行数', '216.4']], indicators));
    expect(read!.report).toMatchObject({ project_name: '停车设施', budget_wan: 640, executed_wan: 216.4 });
    expect(read!.warnings).toEqual([]);
  });
  it('guard: a table whose header has its own label rows above it does not take the table before', () => {
    const [read] = readMonitoringTables(blocks([['项目名称', '别的项目'], ['全年预算数', '999']], [['项目名称', '停车设施'], ...indicators]));
    expect(read!.report).toMatchObject({ project_name: '停车设施', budget_wan: null });
  });
});
