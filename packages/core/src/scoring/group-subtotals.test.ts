import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type DepartmentSelfEvaluation, type Form, type Indicator } from '../forms/forms-schema';
import { groupSubtotals, rowSpans } from './group-subtotals';
import { scoreDepartmentSelfEvaluation } from './score-self-evaluation';

/** [一级, 二级, name, 分值, 得分] */
type Row = [string | null, string | null, string, number | null, number | null];
const row = ([level1, level2, name, weight, score]: Row): Indicator => ({ ...emptyIndicator(name), level1, level2, weight, score });
const sheet = (rows: Row[], total: number | null = null): DepartmentSelfEvaluation =>
  ({ ...emptyForm('department_self_evaluation'), total_score: total, indicators: rows.map(row) }) as DepartmentSelfEvaluation;

const A = '预算管理';
const B = '履职效能';

describe('groupSubtotals: which rows of a 部门整体 score tree are group subtotal lines', () => {
  it.each<[string, Row[], Array<[number, number[]]>]>([
    ['a 一级 line above its rows (name = its 一级, no 二级)', [[A, null, A, 15, 14], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 9], [B, null, B, 10, 10], [B, '重点工作', '任务完成率', 10, 10]],
      [[0, [1, 2]], [3, [4]]]],
    ['the mirror: each 小计 after its rows', [[A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 9], [A, null, '小计', 15, 14], [B, '重点工作', '任务完成率', 10, 10], [B, null, '小计', 10, 10]],
      [[2, [0, 1]], [4, [3]]]],
    ['a 二级 equal to its 一级, a stated score and 指标 on the level cell, rows with the 一级 cell merged (blank)', [['预算管理指标（15分）', '预算管理', A, 15, 15], [null, '预算编制', '预算编制科学性', 5, 5], [null, '预算执行', '预算执行率', 10, 10]],
      [[0, [1, 2]]]],
    ['two levels: the 一级 line adds up the leaves, past the 二级 lines', [[A, null, A, 15, 15], [A, '预算编制', '预算编制', 5, 5], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行', 10, 10], [A, '预算执行', '预算执行率', 6, 6], [A, '预算执行', '结转结余率', 4, 4]],
      [[0, [2, 4, 5]], [1, [2]], [3, [4, 5]]]],
    ['a line whose 分值 is wrong, in a form whose other lines add up', [[A, null, A, 20, 15], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 10], [B, null, B, 10, 10], [B, '重点工作', '任务完成率', 10, 10]],
      [[0, [1, 2]], [3, [4]]]],
    ['a 小计 whose 分值 is wrong, alone', [[A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 10], [A, null, '预算管理小计', 16, 15]],
      [[2, [0, 1]]]],
    // Look-alikes: the arithmetic holds, the name or level does not say group.
    ['an indicator under its own 二级 weighing the next rows', [[A, '预算执行', '预算执行率', 10, 10], [A, '预算编制', '预算编制科学性', 5, 5], [A, '财务管理', '财务制度健全性', 5, 5]], []],
    ['an indicator without 二级 under its own name weighing the next rows', [[A, null, '预算执行率', 10, 10], [A, null, '预算编制科学性', 5, 5], [A, null, '财务制度健全性', 5, 5]], []],
    ['an indicator named like its 一级 under its own 二级', [[A, '预算执行', A, 10, 10], [A, '预算执行', '预算执行率', 10, 10]], []],
    // 二级 lines only in a tree that prints its 一级 lines: a row named as its 二级 is common.
    ['a row named as its 二级 before another row of it, no 一级 lines', [['满意度指标', '服务对象满意度指标', '服务对象满意度', 5, 5], ['满意度指标', '服务对象满意度指标', '群众满意度', 5, 5]], []],
    ['a blank-named row of a 二级 weighing the next row, no 一级 lines', [['产出指标', '时效指标', '', 7, 5], ['产出指标', '时效指标', '发放及时率', 7, 7]], []],
    // The name says group, the arithmetic does not, and no other line of the form adds up.
    ['a row named as its group whose 分值 is not the rest of the group', [[A, null, A, 10, 10], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 10]], []],
    ['a grand 合计 after the last group', [[A, '预算编制', '预算编制科学性', 5, 5], [B, '重点工作', '任务完成率', 10, 10], [B, null, '合计', 15, 15]], []],
    ['a 扣分项 group is no line', [['扣分项', null, '扣分项', 5, -2], ['扣分项', null, '违反财经纪律扣分', 5, -2]], []],
  ])('%s', (_, rows, want) => {
    const sub = groupSubtotals(sheet(rows));
    expect(sub?.lines.map((l) => [l.row, l.members]) ?? []).toEqual(want);
  });

  it('sums the members: 分值 past 扣分项, 得分 with a 扣分项 taking off, null when a weighted row is unscored', () => {
    const sub = groupSubtotals(sheet([[A, null, A, 15, 12], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 9], [A, '扣分项', '违规扣分', 5, 2],
      [B, null, B, 10, null], [B, '重点工作', '任务完成率', 10, null]]))!;
    expect(sub.lines.map((l) => [l.group, l.weightSum, l.scoreSum])).toEqual([[A, 15, 12], [B, 10, null]]);
  });

  it('reads only 部门整体 self-evaluations', () => {
    const rows = sheet([[A, null, A, 15, 15], [A, '预算编制', '预算编制科学性', 15, 15]]);
    expect(groupSubtotals(rows)).not.toBeNull();
    expect(groupSubtotals({ ...rows, kind: 'department_target' } as unknown as Form)).toBeNull();
  });

  it('cites the rows as ranges', () => {
    expect(rowSpans([4, 5, 6])).toBe('第5–7行');
    expect(rowSpans([2, 4, 5])).toBe('第3、5–6行');
  });
});

describe('scoreDepartmentSelfEvaluation with group subtotal lines', () => {
  it('shows each line, never scores or adds it', () => {
    const result = scoreDepartmentSelfEvaluation(sheet([[A, null, A, 15, 14], [A, '预算编制', '预算编制科学性', 5, 5], [A, '预算执行', '预算执行率', 10, 9],
      [B, null, B, 85, 85], [B, '重点工作', '任务完成率', 85, 85]], 99));
    expect(result.total).toBe(99);
    expect(result.mismatch).toBe(false);
    expect(result.budget).toBeNull();
    expect(result.indicators.map((s) => s.score)).toEqual([null, 5, 9, null, 85]);
    expect(result.indicators[0]!.derivation.rule).toContain('小计行');
  });
});
