import { describe, expect, it } from 'vitest';
import { realignTabStopRows } from './tab-stop-rows';

const rows = (text: string) => text.split('\n').map((l) => l.split('\t'));

describe('realignTabStopRows', () => {
  it.each([
    {
      what: 'runs of TABs to stops every 8 columns, blank level cells, a wide ≥',
      text: '一级指标\t二级指标\t\t三级指标\t\t指标值\t\t权重\n产出指标\t数量指标\t\t新建站点\t\t≥12个\t\t10\n\t\t\t\t\t改造站点\t\t=5个\t\t10\n\t\t时效指标\t\t完成时间\t\t≤30天\t\t10',
      want: [['一级指标', '二级指标', '三级指标', '指标值', '权重'], ['产出指标', '数量指标', '新建站点', '≥12个', '10'], ['', '', '改造站点', '=5个', '10'], ['', '时效指标', '完成时间', '≤30天', '10']],
    },
    {
      what: 'a TSV export (one TAB a cell, every row as long)',
      text: '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建站点\t≥12个\n\t\t改造站点\t=5个',
      want: null,
    },
    {
      what: 'cells that start between the header columns',
      text: '一级指标\t\t三级指标\t\t指标值\n产出\t新建站点\t≥12个\n\t\t\t改造站点\t=5个\t1\n产出\t\t\t完成时间\t\t\t30天',
      want: null,
    },
    {
      what: 'a TSV total row with blank cells under a gapless header',
      text: '一级指标\t二级指标\t三级指标\t标准分\t扣分\n产出指标\t数量指标\t培训人次\t60\t1.5\n效益指标\t社会效益指标\t就业率\t40\n合计\t\t\t100\t1.5',
      want: null,
    },
  ])('$what', ({ text, want }) => {
    expect(realignTabStopRows(rows(text))).toEqual(want);
  });
});
