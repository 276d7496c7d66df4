import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';

/** A 部门整体 score sheet on the 履职效能/管理效率 tree: [一级, name, 分值, 得分]. */
const sheet = (spec: Array<[string, string, number, number]>): Array<Partial<Indicator>> =>
  spec.map(([level1, name, weight, score]) => ({ level1, level2: level1 === '合计' ? null : '重点工作', name, weight, score }));
const ON_90: Array<[string, string, number, number]> = [['履职效能', '重点工作完成率', 40, 38], ['管理效率', '预算编制准确性', 30, 28], ['社会效应', '服务对象满意度', 20, 19.5]];
const ON_100: Array<[string, string, number, number]> = [...ON_90, ['管理效率', '预算执行率', 10, 9.6]];
const codes = (spec: Array<[string, string, number, number]>, total: number) =>
  tags(reviewForm(form('department_self_evaluation', sheet(spec), { total_score: total }), 0, {})).filter((t) => t.startsWith('weights') || t.startsWith('self_evaluation'));

describe('department self-evaluation: totals, a budget line outside the rows, totals rows (held-out set 11)', () => {
  it.each([
    ['rows on 100, total their sum', ON_100, 95.1, []],
    ['total off by 0.004 (rounding)', ON_100, 95.104, []],
    ['total off by 0.3', ON_100, 95.4, ['self_evaluation@-']],
    ['a 合计 row among the rows', [...ON_100, ['合计', '合计', 100, 95.1]], 95.1, []],
    // The 财政部 layout prints 年度预算执行情况 (分值 10) above the rows: rows on 90 and a total above their scores by ≤ 10.
    ['rows on 90, total = rows + 9.6 of budget execution', ON_90, 95.1, []],
    ['rows on 90, total = rows: the budget line is missing', ON_90, 85.5, ['weights@-']],
    // A total above the rows counts a budget line outside them; more than its 10 is a wrong total, not a wrong weight.
    ['rows on 90, total above rows by more than 10', ON_90, 97, ['self_evaluation@-']],
    ['a score above its 分值', [...ON_90.slice(0, 2), ['社会效应', '服务对象满意度', 20, 21], ['管理效率', '预算执行率', 10, 9.6]], 96.6, ['self_evaluation@2']],
  ] as const)('%s', (_, spec, total, want) => expect(codes([...spec] as Array<[string, string, number, number]>, total)).toEqual(want));
});

describe('department self-evaluation: deductions and the half cent, read as scoring reads them (scoring held-out set 2)', () => {
  const DEDUCT: Array<[string, string, number, number]> = [...ON_100, ['扣分项', '违规使用资金', 5, 2]];
  it.each([
    ['a 扣分项 written as 2 takes 2 off the total', DEDUCT, 93.1, []],
    ['a 扣分项 written as −2 likewise', [...ON_100, ['扣分项', '违规使用资金', 5, -2]], 93.1, []],
    ['a total that adds the deduction is wrong', DEDUCT, 97.1, ['self_evaluation@-']],
    ['total off by exactly 0.005', ON_100, 95.095, []],
    ['total off by 0.006', ON_100, 95.094, ['self_evaluation@-']],
  ] as const)('%s', (_, spec, total, want) => expect(codes([...spec] as Array<[string, string, number, number]>, total)).toEqual(want));
});

describe('department score sheet: a shortfall without a reason where the sheet has a reason column (held-out set 22)', () => {
  const rows = (reasons: Array<string | null>): Array<Partial<Indicator>> => [
    { level1: '履职效能', level2: '重点工作', name: '重点工作完成率', weight: 40, score: 38, reason: reasons[0] ?? null },
    { level1: '管理效率', level2: '预算管理', name: '预算编制准确性', weight: 30, score: 30, reason: reasons[1] ?? null },
    { level1: '社会效应', level2: '社会效益', name: '社会效益实现情况', weight: 30, score: 28, reason: reasons[2] ?? null },
  ];
  const found = (reasons: Array<string | null>) =>
    tags(reviewForm(form('department_self_evaluation', rows(reasons), { total_score: 96 }), 0, {})).filter((t) => t.startsWith('self_evaluation'));
  it.each([
    ['no row fills the column: the layout has none', [null, null, null], []],
    ['every shortfall explained', ['个别工作延后', null, '效益尚未显现'], []],
    ['one shortfall explained, one not', ['个别工作延后', null, null], ['self_evaluation@2']],
    ['a reason on a full-score row only', [null, '制度健全', null], ['self_evaluation@0', 'self_evaluation@2']],
  ] as const)('%s', (_, reasons, want) => expect(found([...reasons])).toEqual(want));
});
