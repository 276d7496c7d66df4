import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { fractionPercentActual, fractionPercentTarget } from './sheet-values';

// Percentages a sheet stores as fractions (0.98 for 98%), printed without their 0% format by a
// script that read the sheet (corpus documents 745–747).

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('a target kept as its fraction', () => {
  it('is the percentage for a near-full rate whose unit column says %', () => {
    expect(fractionPercentTarget('0.98', '%', null, '投诉举报处理按时办结率')).toBe('98');
    expect(fractionPercentTarget('1', '%', null, '特种设备定期检验覆盖率')).toBe('100');
  });

  it('a figure beside a sign the row writes stays as written (this system\'s own export: ≥ | 1 | %)', () => {
    expect(fractionPercentTarget('1', '%', '≥', '预算完成率')).toBeNull();
    expect(fractionPercentTarget('0.98', '%', '≥', '设施完好率')).toBeNull();
  });

  it.each([
    ['a rate that is low when things go well', '0.5', '%', null, '安全事故发生率'],
    ['a ceiling', '0.98', '%', '≤', '投诉举报处理按时办结率'],
    ['a unit that is no percent', '0.98', '人/万台', null, '特种设备万台死亡率'],
    ['a figure above one', '1.5', '%', null, '设施完好率'],
    ['a sign written in the value', '≥0.98', '%', null, '设施完好率'],
  ])('stays as written for %s', (_what, value, unit, nature, name) => {
    expect(fractionPercentTarget(value, unit, nature, name)).toBeNull();
  });
});

describe('an actual kept as its fraction', () => {
  it('is the percentage when the target is 50% or more', () => {
    expect(fractionPercentActual('0.962', '%', '95', '农村自来水普及率')).toBe('96.2%');
    expect(fractionPercentActual('1', '%', '100', '验收合格率')).toBe('100%');
  });

  it.each([
    ['a low target (either reading could be meant)', '0.035', '%', '3', '抽检问题发现率'],
    ['a unit that is no percent', '0.8', '万人', '12.5', '农村供水保障人口'],
    ['an actual with its unit', '0.96%', '%', '95', '普及率'],
  ])('stays as written for %s', (_what, actual, unit, target, name) => {
    expect(fractionPercentActual(actual, unit, target, name)).toBeNull();
  });

  it('reads so in a self-evaluation table', () => {
    const text = tsv([
      ['项目名称', '农村供水工程维修养护'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '质量指标', '维修工程验收合格率', '100%', '1', '10', '10'],
      ['效益指标', '社会效益指标', '农村自来水普及率', '≥95%', '0.962', '10', '10'],
      ['效益指标', '社会效益指标', '抽检问题发现率', '≥3%', '0.035', '10', '10'],
      ['效益指标', '社会效益指标', '供水保障人口', '≥12.5万人', '12.8', '10', '10'],
    ]);
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => r.actual)).toEqual(['100%', '96.2%', '0.035', '12.8']);
  });
});
