import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { gridToDocx, parseGridSource } from '../import/testing/grid-binaries';
import { docxWithMarks } from '../import/testing/ooxml-marks';
import { cutAtNextLabel, splitLabelPairs } from './field-labels';
import { targetLineOfName } from './indicator-rows';

// Layouts of corpus documents 724–727, Word tables as clerks edit them: a label line whose second pair Word's
// TAB key or a right-aligned positional tab (w:ptab) pushes to the margin, and an indicator's target typed into
// its name's cell (a second paragraph or a soft break) beside an empty 指标值.

async function formsOf(grid: string) {
  const bytes = docxWithMarks(await gridToDocx(parseGridSource(grid)));
  const result = await importFile(bytes, 'a.docx');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Array<Record<string, unknown> & { indicators: Array<Record<string, unknown>> }>;
}

describe('label：value pairs set apart by a tab', () => {
  it.each([
    ['某某市市场监督管理局\t单位：分', '某某市市场监督管理局'],
    ['某某县卫生健康局\t\t填报日期：2026年3月10日', '某某县卫生健康局'],
    // Guard: a tab before words that are no label leaves the value whole.
    ['某某县卫生健康局\t（盖章）', '某某县卫生健康局\t（盖章）'],
  ])('cutAtNextLabel(%j)', (text, want) => expect(cutAtNextLabel(text)).toBe(want));

  it('splits a line of pairs at tabs', () => {
    expect(splitLabelPairs('填报人：周某某\t联系电话：0571-8706××××\t填报日期：2026年3月10日')).toEqual(['填报人：周某某', '联系电话：0571-8706××××', '填报日期：2026年3月10日']);
  });

  it('reads the unit (org) from a line whose second pair sits after a positional tab', async () => {
    const grid = [
      '2025年度部门整体支出绩效自评表',
      '部门（单位）名称：某某市市场监督管理局⟦ptab⟧单位：分',
      '一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分',
      '产出指标\t数量指标\t食品安全监督抽检批次\t10\t≥4,200批次\t4,386批次\t10',
      '合计\t<\t<\t10\t<\t<\t10',
    ].join('\n');
    const [form] = await formsOf(grid);
    expect(form!.org).toBe('某某市市场监督管理局');
  });
});

describe('a target typed into the name cell beside an empty 指标值', () => {
  it.each([
    ['乡村医生岗位补助发放人数\n≥286人', { name: '乡村医生岗位补助发放人数', value: '≥286人' }],
    ['村卫生室覆盖行政村数\n=198个', { name: '村卫生室覆盖行政村数', value: '=198个' }],
    ['补助标准\n850元', { name: '补助标准', value: '850元' }],
    // Guards: a name wrapped mid-word, a second line of words, a single line, two figures one a line.
    ['泊位信息接入平\n台率', null],
    ['示范基地建设\n（以验收单为准）', null],
    ['示范基地建设数量', null],
    ['12\n≥15个', null],
  ])('targetLineOfName(%j)', (name, want) => expect(targetLineOfName(name)).toEqual(want));

  const grid = (name: string, value: string) => [
    '项目支出绩效自评表',
    '（2025年度）',
    '项目名称\t乡村医生岗位补助\t<\t<\t<\t<',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值',
    `产出指标\t数量指标\t${name}\t${value}\t291人\t10`,
    '^\t质量指标\t补助发放准确率\t100%\t100%\t10',
  ].join('\n');

  it('takes the target from the name cell (soft break) when the value cell is empty', async () => {
    const [form] = await formsOf(grid('乡村医生岗位补助发放人数\\r≥286人', ''));
    expect(form!.indicators.map((r) => [r.name, r.comparator, r.target, r.unit])).toEqual([
      ['乡村医生岗位补助发放人数', '>=', '286', '人'],
      ['补助发放准确率', '=', '100', '%'],
    ]);
  });

  it('leaves a two-line name alone when the value cell holds the target', async () => {
    const [form] = await formsOf(grid('乡村医生岗位补助发放人数\\r（按在岗人数）', '≥286人'));
    expect(form!.indicators[0]!.target).toBe('286');
    expect(String(form!.indicators[0]!.name).replace(/\s/g, '')).toBe('乡村医生岗位补助发放人数（按在岗人数）');
  });
});
