import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { gridToDocx, gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';
import { cutAtNextLabel } from './field-labels';
import { indicatorSentencePairs } from './indicator-sentences';

// Layouts of corpus documents 533–538: forms side by side on one sheet, a report's indicators written as
// sentences with its closing sections after them, a title only in the page header, a money-unit pair one
// space after the unit's name.

async function formsOf(bytes: Uint8Array, name: string) {
  const result = await importFile(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Array<Record<string, unknown> & { indicators: Array<Record<string, unknown>> }>;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('cutAtNextLabel', () => {
  it.each([
    { value: '某某市档案馆 金额单位：万元', want: '某某市档案馆' },
    { value: '某某市档案馆 单位：元', want: '某某市档案馆' },
    // A unit named 单位… that is no money unit stays whole.
    { value: '某某市档案馆 单位：元宝区分馆', want: '某某市档案馆 单位：元宝区分馆' },
    { value: '某某市档案馆', want: '某某市档案馆' },
  ])('$value', ({ value, want }) => expect(cutAtNextLabel(value)).toBe(want));
});

describe('indicatorSentencePairs', () => {
  it.each([
    {
      line: '2. 质量指标：档案数字化合格率，年度指标值≥98%，实际完成99.1%，分值10分，得分10分。',
      want: [['二级指标', '质量指标'], ['三级指标', '档案数字化合格率'], ['年度指标值', '≥98%'], ['实际完成值', '99.1%'], ['分值', '10分'], ['得分', '10分']],
    },
    {
      line: '（3）时效指标：馆藏查档办结时限，目标值为≤3个工作日，实际完成值平均4个工作日，权重10分，得分7分；偏差原因：节假日前查档集中。',
      want: [['二级指标', '时效指标'], ['三级指标', '馆藏查档办结时限'], ['年度指标值', '≤3个工作日'], ['实际完成值', '平均4个工作日'], ['分值', '10分'], ['得分', '7分'], ['偏差原因', '节假日前查档集中。']],
    },
    // Prose with figures, not an indicator's clauses.
    { line: '1. 数量指标：全年完成档案整理3.2万卷，较上年增长12%，群众查档更加便捷。', want: null },
    // No target: nothing to stand for a row.
    { line: '1. 数量指标：档案整理卷数，实际完成3.2万卷，得分10分。', want: null },
  ])('$line', ({ line, want }) => expect(indicatorSentencePairs(line)).toEqual(want));
});

describe('a 自评报告 whose indicators are sentences and whose sections follow them', () => {
  const report = [
    '2025年度档案数字化加工项目支出绩效自评报告',
    '项目名称：档案数字化加工',
    '主管部门：某某市档案局',
    '年度总体目标：完成馆藏档案数字化加工。',
    '三、绩效指标完成情况',
    '（一）产出指标',
    '1. 数量指标：档案数字化卷数，年度指标值≥30000卷，实际完成31200卷，分值20分，得分20分。',
    '2. 质量指标：数字化成果合格率，年度指标值≥98%，实际完成96.5%，分值20分，得分18分。偏差原因：早期档案纸张老化，扫描返工较多。',
    '（二）满意度指标',
    '1. 服务对象满意度指标：查档群众满意度，年度指标值≥90%，实际完成94%，分值10分，得分10分。',
    '四、存在的问题',
    '部分老旧档案修复力量不足。',
    '五、改进措施',
    '引入专业修复机构，分批修复后再扫描。',
    '某某市档案局',
    '2026年2月20日',
  ].join('\n');

  it('reads each sentence as a row under its level 1 and each closing section as its field', async () => {
    const [form] = await formsOf(encode(report), '报告.txt');
    expect(form!.kind).toBe('project_self_evaluation');
    expect(form!.indicators.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.actual, r.weight, r.score])).toEqual([
      ['产出指标', '数量指标', '档案数字化卷数', '>=', '30000', '31200卷', 20, 20],
      ['产出指标', '质量指标', '数字化成果合格率', '>=', '98', '96.5%', 20, 18],
      ['满意度指标', '服务对象满意度指标', '查档群众满意度', '>=', '90', '94%', 10, 10],
    ]);
    expect(form!.indicators[1]!.reason).toBe('早期档案纸张老化，扫描返工较多。');
    expect(form!.problems).toBe('部分老旧档案修复力量不足。');
    // The signature (unit and date) is no part of the last section.
    expect(form!.improvements).toBe('引入专业修复机构，分批修复后再扫描。');
  });
});

describe('forms laid side by side on one sheet', () => {
  const block = (name: string, unit: string, first: string) => [
    ['2026年项目支出绩效目标表', '<', '<', '<'],
    ['项目名称', name, '<', '<'],
    ['实施单位', unit, '<', '<'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', first, '≥12个'],
    ['^', '质量指标', '验收合格率', '=100%'],
  ];
  const sideBySide = (spacer: string) => {
    const a = block('社区图书室提升', '某某街道文化站', '图书室数量');
    const b = block('老年助餐点建设', '某某街道社会事务办', '助餐点数量');
    return a.map((row, i) => [...row, spacer, ...b[i]!].join('\t')).join('\n');
  };

  it('reads each column group as a form of its own, left first', async () => {
    const forms = await formsOf(await gridToXlsx(parseGridSource(sideBySide(''))), '两项目.xlsx');
    expect(forms.map((f) => [f.project_name, f.org, f.indicators.map((r) => r.name)])).toEqual([
      ['社区图书室提升', '某某街道文化站', ['图书室数量', '验收合格率']],
      ['老年助餐点建设', '某某街道社会事务办', ['助餐点数量', '验收合格率']],
    ]);
  });

  it('keeps one table whole when a blank column runs through it but only one side has a header', async () => {
    const src = [
      '2026年项目支出绩效目标表\t<\t<\t<\t<',
      '项目名称\t社区图书室提升\t<\t<\t<',
      '一级指标\t二级指标\t\t三级指标\t指标值',
      '产出指标\t数量指标\t\t图书室数量\t≥12个',
      '^\t质量指标\t\t验收合格率\t=100%',
    ].join('\n');
    const forms = await formsOf(await gridToXlsx(parseGridSource(src)), '一项目.xlsx');
    expect(forms.map((f) => [f.project_name, f.indicators.map((r) => [r.level2, r.name, r.target])])).toEqual([
      ['社区图书室提升', [['数量指标', '图书室数量', '12'], ['质量指标', '验收合格率', '100']]],
    ]);
  });
});

describe('a Word form whose title is in the page header', () => {
  it.each([
    { header: '附件3\\n某某区城市管理局2026年部门整体绩效目标表', kind: 'department_target', year: 2026 },
    { header: '某某区城市管理局2025年度部门整体支出绩效自评表', kind: 'department_self_evaluation', year: 2025 },
  ])('$header', async ({ header, kind, year }) => {
    const isSelf = kind === 'department_self_evaluation';
    const src = [
      `=== page-header: ${header}`,
      '=== page-footer: 第 {PAGE} 页',
      '部门（单位）名称\t<\t某某区城市管理局\t<\t<',
      isSelf ? '一级指标\t二级指标\t三级指标\t分值\t得分' : '一级指标\t二级指标\t三级指标\t指标值\t权重',
      isSelf ? '产出指标\t数量指标\t道路保洁面积\t50\t48' : '产出指标\t数量指标\t道路保洁面积\t≥320万平方米\t50',
      isSelf ? '^\t质量指标\t垃圾清运及时率\t50\t50' : '^\t质量指标\t垃圾清运及时率\t≥98%\t50',
    ].join('\n');
    const [form] = await formsOf(await gridToDocx(parseGridSource(src)), '整体.docx');
    expect([form!.kind, form!.fiscal_year, form!.org, form!.indicators.length]).toEqual([kind, year, '某某区城市管理局', 2]);
  });
});
