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

describe('readMonitoringTables over the five monitoring documents', () => {
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
  it.each([['是', '达成'], ['能', '达成'], ['确定能', '达成'], ['基本能', '部分达成'], ['有可能', '部分达成'], ['否', '未达成'], ['不能完成', '未达成'], ['', null], ['详见说明', null]])(
    '%s → %s', (text, choice) => expect(completionOf(text)).toBe(choice),
  );
});
