import { describe, expect, it } from 'vitest';
import type { Item } from './flatten-source';
import { foldedIndicatorLine, indicatorLabelPairs, rebuildIndicatorLines } from './indicator-lines';

const text = (t: string, line: number): Item => ({ type: 'text', text: t, heading: null, line });
const rowsOf = (items: Item[]) => items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text) : i.type));

describe('foldedIndicatorLine', () => {
  it.each([
    { line: '产出指标-数量指标-培训人次：≥300人次', want: ['产出指标', '数量指标', '培训人次', '≥300人次'] },
    { line: '3. 效益—社会效益—就业率:≥60%', want: ['效益', '社会效益', '就业率', '≥60%'] },
    { line: '项目名称：职业技能培训补贴', want: null },
    { line: '产出指标-培训人次：≥300人次', want: null },
    { line: '工作-安排-说明：下周开会', want: null },
    { line: '1.产出指标——数量指标——培训人数≥200人次', want: ['产出指标', '数量指标', '培训人数', '≥200人次'] },
    { line: '4.产出指标——时效指标——验收完成时间2026年9月底前', want: ['产出指标', '时效指标', '验收完成时间', '2026年9月底前'] },
    { line: '效益指标—社会效益指标—群众就医负担不高于上年', want: ['效益指标', '社会效益指标', '群众就医负担', '不高于上年'] },
    { line: '产出指标——数量指标——培训人数两百人', want: null },
    { line: '会议——通知——2025年工作安排', want: null },
  ])('$line', ({ line, want }) => expect(foldedIndicatorLine(line)).toEqual(want));
});

describe('indicatorLabelPairs', () => {
  it.each([
    { line: '①指标名称：培训人次　指标值：≥300　计量单位：人次', want: [['指标名称', '培训人次'], ['指标值', '≥300'], ['计量单位', '人次']] },
    { line: '指标值确定依据：上年完成数', want: [['指标值确定依据', '上年完成数']] },
    { line: '计量单位：', want: [['计量单位', '']] },
    { line: '项目名称：某项目　指标值：5', want: null },
  ])('$line', ({ line, want }) => expect(indicatorLabelPairs(line)).toEqual(want));
});

describe('rebuildIndicatorLines', () => {
  it.each([
    {
      name: 'folded lines become a four-column table',
      items: [text('绩效指标：', 1), text('产出指标-数量指标-培训人次：≥300人次', 2), text('满意度指标-服务对象满意度指标-满意度：≥90%', 3), text('收到请回复', 4)],
      want: ['text', ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训人次', '≥300人次'], ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'], 'text'],
    },
    {
      name: 'label blocks with level lines holding for the blocks below',
      items: [text('一级指标：产出指标', 1), text('二级指标：数量指标', 2), text('指标名称：甲', 3), text('指标值：≥3', 4), text('计量单位：个', 5),
        text('二级指标：质量指标', 6), text('指标名称：乙　指标值：100　计量单位：%', 7)],
      want: [['一级指标', '二级指标', '指标名称', '指标值', '计量单位'], ['产出指标', '数量指标', '甲', '≥3', '个'], ['产出指标', '质量指标', '乙', '100', '%']],
    },
    {
      name: 'numbered level headings between semicolon-separated blocks hold for the blocks below; a trailing one stays text',
      items: [text('1.产出指标', 1), text('（1）一级指标：产出指标；二级指标：数量指标；三级指标：甲；指标值：≥3场；', 2),
        text('2.满意度指标', 3), text('①二级指标：服务对象满意度指标；三级指标：乙；指标值：≥90%。', 4), text('3.效益指标', 5), text('四、其他说明', 6)],
      want: [['一级指标', '二级指标', '指标名称', '指标值'], ['产出指标', '数量指标', '甲', '≥3场'], ['满意度指标', '服务对象满意度指标', '乙', '≥90%'], 'text', 'text'],
    },
    {
      name: 'one folded line alone stays text',
      items: [text('产出指标-数量指标-培训人次：≥300人次', 1), text('指标名称：甲', 2)],
      want: ['text', 'text'],
    },
  ])('$name', ({ items, want }) => expect(rowsOf(rebuildIndicatorLines(items))).toEqual(want));
});
