import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 578–583: rows under an indicator table that sign the form or stamp the
// export (填表人：… | 审核人： | 填报日期：…, 导出时间：2025-11-18 16:42:07) are no indicators.

const table = [
  '2026年项目支出绩效目标表',
  '项目名称\t乡村书屋更新\t\t\t',
  '一级指标\t二级指标\t三级指标\t指标值\t权重',
  '产出指标\t数量指标\t更新书屋数\t≥30个\t50',
  '满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t50',
];

describe('rows under the table that are no indicators', () => {
  it.each([
    ['a sign-off row led by 填表人', '填表人：宋某\t\t审核人：\t填报日期：2025年11月20日\t'],
    ['a sign-off row led by 制表人', '制表人：覃某\t审核人：李某\t\t\t'],
    ['an export time alone on its row', '导出时间：2025-11-18 16:42:07\t\t\t\t'],
    ['a print date alone on its row', '打印日期：2025年11月18日\t\t\t\t'],
  ])('%s', (_what, line) => {
    const doc = importText([...table, line].join('\n'), 'a.txt');
    expect(doc.forms[0]!.indicators.map((r) => r.name)).toEqual(['更新书屋数', '读者满意度']);
  });

  it('keeps an indicator whose name holds a staff word (经办人员培训人次)', () => {
    const doc = importText([...table, '\t\t经办人员培训人次\t≥300人次\t0'].join('\n'), 'a.txt');
    expect(doc.forms[0]!.indicators.map((r) => r.name)).toEqual(['更新书屋数', '读者满意度', '经办人员培训人次']);
  });
});
