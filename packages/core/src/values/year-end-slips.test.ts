import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { deriveTarget } from './derive-target';

// Session 20 (held-out value cells set 13): 完成值 written at year end in a hurry and targets copied from 申报 systems.
// Each row says what the cell held and what it means.

describe('deriveTarget on per-base counts and system labels', () => {
  it.each([
    // 每千人口 / 每万人 / 每户 / 每村 before the figure: a count per head or place, as 每月 is one per period.
    ['每千人口≥3.2张', null, '>=', '3.2', '张/千人口'],
    ['每万人不少于2个', null, '>=', '2', '个/万人'],
    ['每户不超过3000元', null, '<=', '3000', '元/户'],
    ['每村1名', null, '=', '1', '名/村'],
    ['每千人口≥3.2张', '张/千人', '>=', '3.2', '张/千人'],
    // Two bases, or a base with no figure: words.
    ['每人每年≥40学时', null, 'qualitative', '每人每年≥40学时', null],
    ['每村', null, 'qualitative', '每村', null],
    // 约束性 labels a binding target; 约 alone still makes an estimate.
    ['100%（约束性指标）', null, '=', '100', '%'],
    ['100%（约）', null, 'qualitative', '100%（约）', null],
  ] as Array<[string, string | null, string, string, string | null]>)('%s under %s', (value, unit, comparator, target, expectedUnit) => {
    expect(deriveTarget({ value, unit })).toEqual({ comparator, target, unit: expectedUnit });
  });
});

describe('readActualInUnit on year-end 完成值', () => {
  it.each([
    // The bracket states plan and actual: the actual; the plan alone says nothing of what was done.
    ['按计划完成（计划12期，实际12期）', '期', 12],
    ['超额完成（目标100，实际126）', '个', 126],
    ['已完成（计划12个）', '个', NaN],
    // 按计划 says how it was done, not a plan figure.
    ['按计划完成（12期）', '期', 12],
    ['按计划完成12期', '期', 12],
    // A negated verdict before a bracketed figure stays negated (README); 基本达标 is no negation.
    ['未达标（92%）', '%', NaN],
    ['基本达标（88%）', '%', 88],
    // From one level to another: the level reached.
    ['合格率由95%提高到98.6%', '%', 98.6],
    ['发生率由3%下降到2.1%', '%', 2.1],
    // A share of a reference level is no level of the row.
    ['上年水平的93%', '%', NaN],
    ['达到全省平均水平的105%', '%', NaN],
    ['占总人口的35%', '%', 35],
    // Up a magnitude by a whole factor: exact.
    ['2.3亿元', '万元', 23000],
    ['0.03亿元', '万元', 300],
    ['3,500万元', '亿元', 0.35],
  ] as Array<[string, string, number]>)('%s under %s', (raw, unit, want) => {
    const got = readActualInUnit(raw, unit, '', '>=').value;
    if (want !== want) expect(got).toBeNaN();
    else expect(got).toBe(want);
  });
});
