import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

const table = (extra: string[]) => [
  '项目支出绩效自评表',
  '项目名称\t乡村公路养护',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  '产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t50\t50',
  '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t50\t50',
  ...extra,
];

describe('a 自评报告 with its 自评表 as an appendix', () => {
  it.each([
    {
      name: 'the report\'s numbered sections fill problems, improvements and conclusion; its figures make no rows',
      lines: ['某某县交通运输局2024年度乡村公路养护项目绩效自评报告', '一、绩效目标完成情况', '1.养护里程：全年养护126公里，目标≥120公里，完成率105%。',
        '二、存在的问题', '养护资金到位偏晚。', '三、下一步改进措施', '提前拨付养护资金，', '加强巡查。', '四、自评结论', '自评得分100分，等级为优。', '附件：', ...table([])],
      want: { problems: '养护资金到位偏晚。', improvements: '提前拨付养护资金，加强巡查。', conclusion: '自评得分100分，等级为优。' },
    },
    {
      name: 'a section the table states itself is the table\'s',
      lines: ['二、存在的问题', '报告中的问题。', ...table(['存在问题\t表中的问题。'])],
      want: { problems: '表中的问题。', improvements: null, conclusion: null },
    },
    {
      name: 'an unnumbered line is no section heading',
      lines: ['存在的问题', '不是标题下的段落。', ...table([])],
      want: { problems: null, improvements: null, conclusion: null },
    },
  ])('$name', ({ lines, want }) => {
    const doc = importText(lines.join('\n'), 'report.txt');
    expect(doc.forms).toHaveLength(1);
    const f = doc.forms[0] as unknown as Record<string, unknown> & { indicators: Array<{ name: string }> };
    expect({ problems: f.problems, improvements: f.improvements, conclusion: f.conclusion }).toEqual(want);
    expect(f.indicators.map((r) => r.name)).toEqual(['养护里程', '群众满意度']);
  });
});
