import { describe, expect, it } from 'vitest';
import { alignRow } from './align-row';
import type { GridCell } from './flatten-source';
import type { ColumnRole } from './header-map';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const TARGET: ColumnRole[] = ['section', 'name', 'weight', 'unit', 'nature', 'value'];
const LEVELS: ColumnRole[] = ['level1', 'level2', 'name', 'value', 'description'];
const EVAL: ColumnRole[] = ['section', 'level1', 'level2', 'name', 'value', 'actual', 'weight', 'score'];
const DESC: ColumnRole[] = ['level1', 'level2', 'name', 'description', 'value', 'unit', 'weight'];
const SELF: ColumnRole[] = ['level1', 'level2', 'name', 'weight', 'description', 'method', 'score', 'note'];

describe('alignRow', () => {
  it.each([
    { name: 'full row stays in place', roles: TARGET, cells: row('', '及时率', '20', '%', '≥', '100'), want: ['', '及时率', '20', '%', '≥', '100'] },
    { name: 'missing unit cell: the sign still lands under 指标性质', roles: TARGET, cells: row('', '培训次数', '20', '≥', '3'), want: ['', '培训次数', '20', null, '≥', '3'] },
    { name: 'missing weight cell: the unit lands under 计量单位', roles: TARGET, cells: row('', '覆盖率', '%', '≥', '95'), want: ['', '覆盖率', null, '%', '≥', '95'] },
    { name: 'blanks collapsed to the right: name, value, description found by content', roles: LEVELS, cells: row('', '预算执行率', '≥90%', '预算执行率=预算完成数/预算数×100%，反映预算执行情况。', ''), want: ['', null, '预算执行率', '≥90%', '预算执行率=预算完成数/预算数×100%，反映预算执行情况。'] },
    { name: 'name spanning level 2 and name (one cell short)', roles: SELF, cells: row('', '预算绩效存在问题', '-', '预算管理和绩效管理工作存在问题', '每有一个问题点扣1分，扣完为止。', '', ''), want: ['', null, '预算绩效存在问题', '-', '预算管理和绩效管理工作存在问题', '每有一个问题点扣1分，扣完为止。', '', ''] },
    { name: 'merged level cells left out: a name ending in 数量 is no level 2', roles: EVAL, cells: row('农村供水工程运行数量', '86处', '86处', '10', '10'), want: [null, null, null, '农村供水工程运行数量', '86处', '86处', '10', '10'] },
    { name: 'level 1 left out: the level 2 and the values keep their columns', roles: EVAL, cells: row('时效指标', '故障抢修到场时限', '≤2小时', '1.5小时', '10', '10'), want: [null, null, '时效指标', '故障抢修到场时限', '≤2小时', '1.5小时', '10', '10'] },
    { name: 'collapsed span: a name starting with a level word stays the name', roles: DESC, cells: row('产出指标', '质量达标率', '抽检产品达到质量标准的比例', '≥95', '%', '10'), want: ['产出指标', null, '质量达标率', '抽检产品达到质量标准的比例', '≥95', '%', '10'] },
    { name: 'collapsed span: 满意度 name with a description after it', roles: DESC, cells: row('满意度指标', '满意度调查覆盖率', '开展满意度调查的受益对象比例', '≥80', '%', '10'), want: ['满意度指标', null, '满意度调查覆盖率', '开展满意度调查的受益对象比例', '≥80', '%', '10'] },
    // A browser copy leaves every rowspan cell out, the 绩效指标 caption column included.
    { name: 'caption column left out: both levels move right of it', roles: EVAL, cells: row('效益指标', '社会效益指标', '学生营养健康状况', '持续改善', '持续改善', '15', '15'), want: [null, '效益指标', '社会效益指标', '学生营养健康状况', '持续改善', '持续改善', '15', '15'] },
    { name: 'caption and level 1 left out: 成本指标 is the level 2', roles: EVAL, cells: row('成本指标', '生均每天膳食补助标准', '5元', '5元', '10', '10'), want: [null, null, '成本指标', '生均每天膳食补助标准', '5元', '5元', '10', '10'] },
    { name: 'level 1 left out (no caption column): 成本指标 is the level 2', roles: [...EVAL.slice(1), 'reason'] as ColumnRole[], cells: row('成本指标', '单座公厕建设成本', '≤8万元', '7.6万元', '10', '10', ''), want: [null, '成本指标', '单座公厕建设成本', '≤8万元', '7.6万元', '10', '10', ''] },
    { name: 'level 1 left out: a deadline is the value, never the name', roles: EVAL.slice(1), cells: row('时效指标', '补助资金拨付时间', '2024年12月31日前', '2024年12月20日', '10', '10'), want: [null, '时效指标', '补助资金拨付时间', '2024年12月31日前', '2024年12月20日', '10', '10'] },
    // Only the caption column left out, the merged level cells written empty (one cell a line): the blanks are the levels.
    { name: 'caption column left out, empty level cells: they stay under the levels', roles: EVAL, cells: row('', '', '助洁助浴服务人次', '≥9000人次', '9860人次', '10', '10'), want: [null, '', '', '助洁助浴服务人次', '≥9000人次', '9860人次', '10', '10'] },
    { name: 'caption column left out, level 1 empty: the level 2 keeps its column', roles: EVAL, cells: row('', '质量指标', '服务投诉办结率', '100%', '100%', '10', '10'), want: [null, '', '质量指标', '服务投诉办结率', '100%', '100%', '10', '10'] },
    { name: 'a lone caption under the caption column stays there', roles: EVAL, cells: row('其他说明的问题', '', ''), want: ['其他说明的问题', '', '', null, null, null, null, null] },
    { name: 'both levels left out: a value is never a level', roles: LEVELS, cells: row('送戏下乡场次', '≥120场'), want: [null, null, '送戏下乡场次', '≥120场', null] },
    { name: 'a real level 2 keeps its column', roles: DESC, cells: row('效益指标', '社会效益指标', '带动就业人数', '≥120', '人', '10'), want: ['效益指标', '社会效益指标', '带动就业人数', null, '≥120', '人', '10'] },
  ])('$name', ({ roles, cells, want }) => {
    expect(alignRow(cells, roles).values).toEqual(want);
  });

  it.each([
    { name: 'a level 1 spanning level 2 stays the level 1', roles: EVAL, text: '成本指标', span: [1, 2], want: 1 },
    { name: 'a value spanning its description column stays the value', roles: LEVELS, text: '2025年11月底前', span: [3, 2], want: 3 },
  ])('real spans: $name', ({ roles, text, span, want }) => {
    const [start, width] = span as [number, number];
    const nameAt = roles.indexOf('name');
    const cells: GridCell[] = [];
    for (let c = 0; c < roles.length; c++) {
      if (c === start) cells.push({ text, start: c, span: width, merged: false });
      else if (c < start || c >= start + width) cells.push({ text: c === nameAt ? '某指标' : '', start: c, span: 1, merged: false });
    }
    const values = alignRow(cells, roles).values;
    expect(values[want]).toBe(text);
    expect(values.filter((v) => v === text)).toHaveLength(1);
  });

  it('a docx cell spanning level 2 and name goes under the name', () => {
    const cells: GridCell[] = [
      { text: '', start: 0, span: 1, merged: true },
      { text: '被评价部门配合度', start: 1, span: 2, merged: false },
      { text: '-', start: 3, span: 1, merged: false },
    ];
    const aligned = alignRow(cells, SELF);
    expect(aligned.values.slice(0, 4)).toEqual(['', null, '被评价部门配合度', '-']);
    expect(aligned.mergedAway[1]).toBe(true);
    expect(aligned.mergedFromAbove[0]).toBe(true);
  });

  it('a colspan over level 2 and name decides even when the name reads like a level', () => {
    const cells: GridCell[] = [
      { text: '满意度指标', start: 0, span: 1, merged: false },
      { text: '服务对象满意度', start: 1, span: 2, merged: false },
      { text: '受益群众对服务的满意程度', start: 3, span: 1, merged: false },
      { text: '≥90', start: 4, span: 1, merged: false },
      { text: '%', start: 5, span: 1, merged: false },
      { text: '10', start: 6, span: 1, merged: false },
    ];
    expect(alignRow(cells, DESC).values).toEqual(['满意度指标', null, '服务对象满意度', '受益群众对服务的满意程度', '≥90', '%', '10']);
  });
});

describe('alignRow beside columns not read', () => {
  // 年度指标值 | 实施期指标值 each over 指标性质 | 指标值 | 度量单位: the 实施期 columns are not read.
  const roles: Array<ColumnRole | null> = ['level1', 'level2', 'name', 'nature', 'value', 'unit', null, null, null];
  const looks: Array<ColumnRole | null> = ['level1', 'level2', 'name', 'nature', 'value', 'unit', 'nature', 'value', 'unit'];
  it('keeps a short row in its columns when the unread ones look like the read ones', () => {
    const cells = row('时效指标', '资金拨付完成时限', '定性', '2025年10月底前', '', '定性', '每年10月底前', '');
    const aligned = alignRow(cells, roles, looks);
    expect(aligned.values.slice(1, 6)).toEqual(['时效指标', '资金拨付完成时限', '定性', '2025年10月底前', '']);
  });
});
