import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { readDashRuleTable } from './dash-rule-tables';

// Doc 597: pandoc's plain text of a .docx: tables drawn with rules of dash runs, rows set apart by
// blank lines, every cell wrapped inside its column's width, merged cells left blank in their place.

const multiline = [
  '项目支出绩效自评表',
  '',
  '  -------- ---------- ------------ ---------- ---------- ---- ------',
  '  项目名称            动物疫病强制',
  '                      免疫补助',
  '',
  '  一级指标 二级指标   三级指标     年度指标值 实际完成值 分值 得分',
  '',
  '  产出指标 数量指标   畜禽强制免疫 ≥280万头次 286万头次  20   20',
  '                      数量',
  '',
  '           质量指标   免疫抗体合格 ≥70%       86%        15   15',
  '                      率',
  '',
  '  满意度指 服务对象满 养殖场户满意 ≥90%       88%        15   13',
  '  标       意度指标   度',
  '  -------- ---------- ------------ ---------- ---------- ---- ------',
].join('\n');

describe('pandoc plain-text tables ruled by dash runs', () => {
  it('reads a multiline table: wrapped cells joined, blank merged cells kept in their columns', () => {
    const form = importText(multiline, 'a.txt').forms[0]! as unknown as Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
    expect(form.project_name).toBe('动物疫病强制免疫补助');
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.actual, r.score])).toEqual([
      ['产出指标', '数量指标', '畜禽强制免疫数量', '280', '286万头次', 20],
      ['产出指标', '质量指标', '免疫抗体合格率', '70', '86%', 15],
      ['满意度指标', '服务对象满意度指标', '养殖场户满意度', '90', '88%', 13],
    ]);
  });

  it('reads a multiline table whose header, wrapped too, stands between an unbroken rule and the column rule', () => {
    const text = [
      '项目名称：水质监测',
      '',
      '  -------------------------------',
      '  三级指标     指标值     权重',
      '                          （%）',
      '  ------------ ---------- -------',
      '  城乡饮用水水 ≥86个      20',
      '  质监测点',
      '',
      '  监测频次     ≥4次       20',
      '  -------------------------------',
    ].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.name, r.target, r.weight])).toEqual([['城乡饮用水水质监测点', '86', 20], ['监测频次', '4', 20]]);
  });

  it('reads a simple table (no blank line in its body) one line a row', () => {
    const rows = readDashRuleTable(['  ------ ------', '  名称   指标值', '  监测点 ≥86个', '  频次   ≥4次', '  ------ ------'], 0, 1)!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([['名称', '指标值'], ['监测点', '≥86个'], ['频次', '≥4次']]);
  });

  it('leaves dash lines that close no table alone', () => {
    const lines = ['------ ------', '第一节 概况', '本年度完成监测任务。'];
    expect(readDashRuleTable(lines, 0, 1)).toBeNull();
    expect(readDashRuleTable(['----------', '正文一段', '----------'], 0, 1)).toBeNull();
  });
});
