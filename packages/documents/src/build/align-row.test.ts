import { describe, expect, it } from 'vitest';
import { alignRow } from './align-row';
import type { GridCell } from './flatten-source';
import type { ColumnRole } from './header-map';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
const TARGET: ColumnRole[] = ['section', 'name', 'weight', 'unit', 'nature', 'value'];
const LEVELS: ColumnRole[] = ['level1', 'level2', 'name', 'value', 'description'];
const EVAL: ColumnRole[] = ['section', 'level1', 'level2', 'name', 'value', 'actual', 'weight', 'score'];
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
  ])('$name', ({ roles, cells, want }) => {
    expect(alignRow(cells, roles).values).toEqual(want);
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
});
