import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import type { GridCell } from './flatten-source';
import { subdividedHeader } from './subdivided-header';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const UPPER = row('一级指标', '二级指标', '三级指标', '指标值', '分值', '得分');

describe('subdividedHeader', () => {
  it.each([
    {
      name: '指标值 split in two, the reason columns at the right',
      lower: row('年度指标值', '实际完成值', '原因分析', '改进措施'),
      want: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '原因分析', '改进措施'],
    },
    { name: 'only the value group', lower: row('年度指标值', '实际完成值'), want: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'] },
    { name: 'a lower row of levels is no subdivision', lower: row('一级指标', '二级指标'), want: null },
    { name: 'one caption under 指标值 is no subdivision', lower: row('年度指标值', '原因分析'), want: null },
  ])('$name', ({ lower, want }) => {
    expect(subdividedHeader(UPPER, lower)?.map((c) => c.text) ?? null).toEqual(want);
  });

  it('reads a self-evaluation whose header stands over three rows, copied by a browser', () => {
    const text = '项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n绩效指标\t指标完成情况\t偏差原因分析及改进措施\n' +
      '一级指标\t二级指标\t三级指标\t指标值\t分值\t得分\n年度指标值\t实际完成值\t原因分析\t改进措施\n' +
      '产出指标\t数量指标\t参保人数\t≥118万人\t116.5万人\t50\t48\t外出务工人员在外地参保\t加强信息比对\n' +
      '时效指标\t资金拨付时间\t2024年12月31日前\t2024年12月20日\t50\t50\t\t\n总分\t100\t98\n';
    const form = importText(text, 't.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.reason])).toEqual([
      ['产出指标', '数量指标', '参保人数', '118', '116.5万人', 50, 48, '外出务工人员在外地参保'],
      ['产出指标', '时效指标', '资金拨付时间', '2024年12月31日前', '2024年12月20日', 50, 50, null],
    ]);
  });
});
