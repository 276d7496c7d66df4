import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import type { GridCell, Item } from './flatten-source';
import { outlineRun } from './indicator-outline';
import { unstackRowLines } from './stacked-row-lines';

// Layouts of corpus documents 485–490: indicators as prose paragraphs, several indicators one a line
// in one row, a single 绩效指标 column written as a numbered tree with the levels' points beside them.
const lines = (texts: string[]): Item[] => texts.map((text, i) => ({ type: 'text', text, heading: null, line: i + 1 }));
const rowItem = (texts: string[]): Item => ({
  type: 'row', line: null, tableIndex: 1,
  cells: texts.map((text, k): GridCell => ({ text, start: k, span: 1, merged: false })),
});
const texts = (items: Item[]): string[][] => items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text) : []));

describe('indicators as prose paragraphs', () => {
  it.each([
    // Level 1 closed by a full stop, numbered level 2s, two items set apart by a comma.
    [['（一）产出指标。1.数量指标：举办培训班不少于24期，培训农民不少于1200人次；2.质量指标：考核合格率≥95%。'],
      [['产出指标', '数量指标', '举办培训班', '不少于24期'], ['产出指标', '数量指标', '培训农民', '不少于1200人次'], ['产出指标', '质量指标', '考核合格率', '≥95%']]],
    // 达到 opens a value; a level 2 without numbering.
    [['（二）效益指标。1.社会效益指标：按时完成率达到100%。', '（三）满意度指标。服务对象满意度指标：参训农民满意度≥90%。'],
      [['效益指标', '社会效益指标', '按时完成率', '达到100%'], ['满意度指标', '服务对象满意度指标', '参训农民满意度', '≥90%']]],
    // A value going on after a comma stays whole.
    [['产出指标：数量指标：服务人次≥300人次，较上年增长；质量指标：合格率≥95%'],
      [['产出指标', '数量指标', '服务人次', '≥300人次，较上年增长'], ['产出指标', '质量指标', '合格率', '≥95%']]],
  ])('outlineRun(%j)', (input, rows) => {
    expect(outlineRun(lines(input), 0)?.rows.map((r) => r.cells)).toEqual(rows);
  });

  it('reads no row from a report telling its results level by level', () => {
    const report = ['（一）产出指标。1.数量指标：全年完成培训3150人次，年度目标≥3000人次，完成率105%；2.质量指标：考核合格率97%。',
      '（二）效益指标。1.社会效益指标：带动新型经营主体68个，年度目标≥60个。'];
    expect(outlineRun(lines(report), 0)).toBeNull();
  });
});

describe('several indicators one a line in one row', () => {
  const header = rowItem(['一级指标', '二级指标', '三级指标', '指标值', '计量单位', '权重']);
  it.each([
    // Numbered names, values and weights one a line: three rows, the levels merged down over them.
    [['产出指标', '数量指标', '1.新建站点\n2.改造站点\n3.配备终端', '≥12\n≥5\n≥17', '个', '10\n10\n5'],
      [['产出指标', '数量指标', '1.新建站点', '≥12', '个', '10'], ['', '', '2.改造站点', '≥5', '个', '10'], ['', '', '3.配备终端', '≥17', '个', '5']]],
    // Names not numbered: the weights one a line say the lines are rows.
    [['效益指标', '社会效益指标', '往返次数\n便民事项', '≤1\n≥45', '', '10\n10'],
      [['效益指标', '社会效益指标', '往返次数', '≤1', '', '10'], ['', '', '便民事项', '≥45', '', '10']]],
    // One weight for two numbered names (round 40): the points of both together, kept on the first.
    [['产出指标', '数量指标', '1.新建站点\n2.改造站点', '≥12\n≥5', '个', '10'],
      [['产出指标', '数量指标', '1.新建站点', '≥12', '个', '10'], ['', '', '2.改造站点', '≥5', '个', '']]],
  ])('unstackRowLines(%j)', (cells, rows) => {
    expect(texts(unstackRowLines([header, rowItem(cells)])).slice(1)).toEqual(rows);
  });

  it.each([
    // A name wrapped in its cell beside one value.
    [['产出指标', '数量指标', '农村集中供水工程\n维修改造数量', '≥18', '处', '10']],
    // A value with its remark on a second line, the name wrapped too.
    [['产出指标', '数量指标', '1.设备\n2.验收', '≥12个\n（以设备验收单为准）', '', '10']],
    // A deadline wrapped at its column's edge.
    [['产出指标', '时效指标', '完成\n时间', '2025年11月30\n日前', '', '10\n10']],
  ])('leaves %j one row', (cells) => {
    expect(texts(unstackRowLines([header, rowItem(cells)])).slice(1)).toEqual([cells]);
  });
});

describe('a numbered tree in one 绩效指标 column', () => {
  it('reads 一、产出指标 with its points in the weight column as a caption', () => {
    const text = ['某某市2025年项目支出绩效目标表', '项目名称\t甲项目', '绩效指标\t指标值\t计量单位\t权重（%）',
      '一、产出指标\t\t\t60', '（一）数量指标\t\t\t', '1.培训人数\t≥300\t人次\t30', '（二）质量指标\t\t\t', '1.考核合格率\t≥95\t%\t30',
      '二、满意度指标\t\t\t40', '（一）服务对象满意度指标\t\t\t', '1.学员满意度\t≥90\t%\t40', '合计\t\t\t100'].join('\n');
    const form = importText(text, 't.txt').forms[0]!;
    expect(form.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.weight])).toEqual([
      ['产出指标', '数量指标', '培训人数', '300', 30], ['产出指标', '质量指标', '考核合格率', '95', 30],
      ['满意度指标', '服务对象满意度指标', '学员满意度', '90', 40],
    ]);
  });
});
