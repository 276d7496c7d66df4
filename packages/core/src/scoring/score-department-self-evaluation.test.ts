import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type DepartmentSelfEvaluation, type Indicator } from '../forms/forms-schema';
import { budgetLineOutsideRows, deductionScore, scoreDepartmentSelfEvaluation } from './score-self-evaluation';

const sheet = (inds: Partial<Indicator>[], total: number | null): DepartmentSelfEvaluation =>
  ({ ...emptyForm('department_self_evaluation'), total_score: total, indicators: inds.map((i) => ({ ...emptyIndicator('指标'), ...i })) }) as DepartmentSelfEvaluation;

describe('scoreDepartmentSelfEvaluation', () => {
  it.each([
    {
      label: 'rows by the §3 rules, no budget line, total matches',
      rows: [
        { weight: 10, comparator: '>=' as const, target: '95', unit: '%', actual: '90%', score: 9.47 },
        { weight: 10, comparator: '<=' as const, target: '5', unit: '%', actual: '4%', score: 10 },
      ],
      reported: 19.47,
      want: { scores: [9.47, 10], total: 19.47, mismatch: false, issues: 0 },
    },
    {
      label: 'a row without a target keeps the sheet score and is flagged; the total differs',
      rows: [
        { weight: 8, comparator: null, target: '', actual: null, score: 7, method: '按预算编制质量酌情扣分' },
        { weight: 10, comparator: '>=' as const, target: '100', unit: '%', actual: '100%', score: 9 },
      ],
      reported: 16,
      want: { scores: [7, 10], total: 17, mismatch: true, issues: 3 },
    },
    {
      label: 'sub-items with neither 分值 nor 得分 are not scored and raise nothing',
      rows: [
        { weight: 10, comparator: null, target: '', actual: null, score: 10 },
        { weight: null, comparator: null, target: '', actual: null, score: null },
      ],
      reported: 10,
      want: { scores: [10, null], total: 10, mismatch: false, issues: 1 },
    },
  ])('$label', ({ rows, reported, want }) => {
    const result = scoreDepartmentSelfEvaluation(sheet(rows, reported));
    expect(result.budget).toBeNull();
    expect(result.indicators.map((i) => i.score)).toEqual(want.scores);
    expect(result.total).toBe(want.total);
    expect(result.reportedTotal).toBe(reported);
    expect(result.mismatch).toBe(want.mismatch);
    expect(result.issues).toHaveLength(want.issues);
    expect(result.grade).toBe(want.total >= 90 ? '优' : '差');
  });
});

describe('scoreDepartmentSelfEvaluation, budget line outside the rows', () => {
  // 产出/效益/满意度 rows weighted 90 of 100: the sheet's 总分 also holds a 预算执行 score of up to 10.
  const rows: Partial<Indicator>[] = [
    { level1: '产出指标', weight: 40, comparator: '>=', target: '10', unit: '次', actual: '10', score: 40 },
    { level1: '效益指标', weight: 30, comparator: '>=', target: '90', unit: '%', actual: '81', score: 27 },
    { level1: '满意度指标', weight: 20, comparator: '>=', target: '90', unit: '%', actual: '95', score: 20 },
  ];
  it.each([
    { label: 'the gap within [0, 10] is taken as the budget score', reported: 96.5, want: { budget: 9.5, total: 96.5, mismatch: false } },
    { label: 'a gap of exactly 0 is a budget score of 0', reported: 87, want: { budget: 0, total: 87, mismatch: false } },
    { label: 'a gap above the budget weight cannot be a budget score', reported: 99.5, want: { budget: null, total: 87, mismatch: true } },
    { label: 'a total below the rows cannot be explained either', reported: 85, want: { budget: null, total: 87, mismatch: true } },
    { label: 'no reported total: nothing to infer, nothing to compare', reported: null, want: { budget: null, total: 87, mismatch: false } },
  ])('$label', ({ reported, want }) => {
    const result = scoreDepartmentSelfEvaluation(sheet(rows, reported));
    expect(result.indicators.map((i) => i.score)).toEqual([40, 27, 20]);
    expect(result.budget?.score).toBe(want.budget);
    expect(result.budget?.status).toBe('manual');
    expect(result.total).toBe(want.total);
    expect(result.mismatch).toBe(want.mismatch);
    expect(result.issues[0]).toMatchObject({ row: null, code: 'budget_missing' });
    expect(result.issues[0]!.message).toContain(want.budget == null ? '无法推算' : `推算为${want.budget}分`);
    expect(result.issues.some((i) => i.code === 'total_mismatch')).toBe(want.mismatch);
    expect(result.budget?.derivation.arithmetic).toBe(want.budget == null ? '无法推算，未计入' : `${reported} − 87 = ${want.budget}`);
  });

  it('leaves sheets whose rows carry the whole 100 without a budget line', () => {
    const full = rows.map((r, k) => (k === 0 ? { ...r, weight: 50, score: 50 } : r));
    expect(scoreDepartmentSelfEvaluation(sheet(full, 97)).budget).toBeNull();
  });
});

describe('scoreDepartmentSelfEvaluation, rows outside the framework and totals rows', () => {
  // A 财政部-style sheet: 履职效能 / 管理效率 rows weighted 90, 年度预算执行情况 (10) printed above them.
  const rows: Partial<Indicator>[] = [
    { level1: '履职效能', weight: 50, comparator: '>=', target: '10', unit: '项', actual: '10', score: 50 },
    { level1: '管理效率', weight: 40, comparator: '>=', target: '90', unit: '%', actual: '81', score: 36 },
  ];
  const totals: Partial<Indicator> = { level1: '合计', name: '', weight: 100, comparator: null, target: '', actual: null, score: 95.5 };
  it.each([
    { label: 'a total above the rows by at most 10 holds the budget line', rows, reported: 95.5, want: { budget: 9.5, total: 95.5, mismatch: false } },
    { label: 'a total equal to the rows holds no budget line to infer', rows, reported: 86, want: { budget: null, total: 86, mismatch: false } },
    { label: 'a total above the rows by more than 10 is no budget line', rows, reported: 97, want: { budget: null, total: 86, mismatch: true } },
    { label: 'a 合计 row among the rows is neither weighed nor added', rows: [...rows, totals], reported: 95.5, want: { budget: 9.5, total: 95.5, mismatch: false } },
  ])('$label', ({ rows: r, reported, want }) => {
    const result = scoreDepartmentSelfEvaluation(sheet(r, reported));
    expect(result.budget?.score ?? null).toBe(want.budget);
    expect(result.total).toBe(want.total);
    expect(result.mismatch).toBe(want.mismatch);
    expect(result.indicators.slice(0, 2).map((i) => i.score)).toEqual([50, 36]);
    if (r.length > 2) {
      expect(result.indicators[2]).toMatchObject({ score: null, status: 'manual', issues: [] });
      expect(result.issues.every((i) => i.row !== 2)).toBe(true);
    }
  });
});

describe('budgetLineOutsideRows on a 履职效能 tree (held-out set 15)', () => {
  // Rows weighted 90 scoring 85: a total above 85 counts a line outside them, however far above.
  const tree: Partial<Indicator>[] = [
    { level1: '履职效能', level2: '重点工作', weight: 50, score: 48 },
    { level1: '管理效率', level2: '预算管理', weight: 40, score: 37 },
  ];
  it.each([
    { label: 'total = rows: no line outside', reported: 85, want: false },
    { label: 'total within rows + 10: the 财政部 budget line', reported: 94.6, want: true },
    { label: 'total above rows + 10: still a line outside (the total is wrong, not the weights)', reported: 96.3, want: true },
    { label: 'total below rows: no line outside', reported: 84, want: false },
    { label: 'no total: cannot tell', reported: null, want: false },
  ])('$label', ({ reported, want }) => {
    expect(budgetLineOutsideRows(sheet(tree, reported).indicators, undefined, reported)).toBe(want);
  });
});

// A 扣分项's weight is the most it takes off (README decisions): its score lies in [−weight, 0] (held-out set 2, D04/D05).
describe('deduction rows (扣分项)', () => {
  const full = [
    { level1: '履职效能', weight: 60, comparator: '>=' as const, target: '95', unit: '%', actual: '95%', score: 60 },
    { level1: '满意度', weight: 40, comparator: '>=' as const, target: '90', unit: '%', actual: '92%', score: 40 },
  ];
  it.each([
    { label: 'in-limit deduction counts and raises nothing', deduction: { weight: 5, score: -2 }, want: { score: -2, total: 98, codes: [] as string[] } },
    { label: 'beyond its limit: floored at −weight, flagged', deduction: { weight: 5, score: -7 }, want: { score: -5, total: 95, codes: ['band'] } },
    { label: 'a positive entry is the points taken off', deduction: { weight: 5, score: 3 }, want: { score: -3, total: 97, codes: [] } },
    { label: 'no entry: nothing taken off', deduction: { weight: 5, score: null }, want: { score: null, total: 100, codes: [] } },
    { label: 'no weight: the entry as written', deduction: { weight: null, score: -8 }, want: { score: -8, total: 92, codes: [] } },
    { label: 'a 0 deduction', deduction: { weight: 5, score: 0 }, want: { score: 0, total: 100, codes: [] } },
    // Sheets print the limit as −5 as often as 5 (held-out set 36F, S36-D07/D08): the same ceiling.
    { label: 'a limit printed as −5, within it', deduction: { weight: -5, score: -2 }, want: { score: -2, total: 98, codes: [] } },
    { label: 'a limit printed as −5, beyond it', deduction: { weight: -5, score: -6 }, want: { score: -5, total: 95, codes: ['band'] } },
  ])('$label', ({ deduction, want }) => {
    const rows = [...full, { level1: '扣分项', name: '审计发现问题', comparator: null, target: '', ...deduction }];
    const result = scoreDepartmentSelfEvaluation(sheet(rows, want.total));
    expect(result.budget).toBeNull();
    expect(result.indicators[2]!.score).toBe(want.score);
    expect(result.indicators[2]!.status).toBe('manual');
    expect(result.indicators[2]!.issues.map((i) => i.code)).toEqual(want.codes);
    expect(result.total).toBe(want.total);
    expect(result.mismatch).toBe(false);
  });

  it('a hand score replaces the sheet\'s and is floored the same way', () => {
    const r = deductionScore({ ...emptyIndicator('扣分'), level1: '扣分项', weight: 4, score: -1 }, 3, -6);
    expect([r.score, r.row, r.issues.map((i) => i.code), r.derivation.arithmetic]).toEqual([-4, 3, ['band'], '采用人工得分 -4']);
  });
});

describe('a score sheet\'s budget line printed as a row with its rate (held-out set 48F)', () => {
  const row = (actual: string | null, score: number, extra: Partial<Indicator> = {}): Partial<Indicator> =>
    ({ level1: '管理效率', level2: '预算执行', name: '预算执行率', weight: 10, comparator: null, target: '', actual, score, ...extra });
  it.each([
    ['98.03% → 9.8', row('98.03%', 9.8), 9.8, 'computed', 0],
    ['86.4% scored 10 → 8.64, the written score flagged', row('86.4%', 10), 8.64, 'computed', 1],
    ['99.99% → 10', row('99.99%', 10), 10, 'computed', 0],
    ['0.96 read as 96%', row('0.96', 9.6), 9.6, 'computed', 0],
    ['no 完成值: hand-scored as before', row(null, 9), 9, 'manual', 1],
    ['a target row is scored by its target', row('93%', 9.79, { comparator: '>=', target: '95', unit: '%' }), 9.79, 'computed', 0],
    ['another name: hand-scored', row('98%', 9.8, { name: '预算编制准确率' }), 9.8, 'manual', 1],
  ] as const)('%s', (_, r, score, status, issues) => {
    const s = scoreDepartmentSelfEvaluation(sheet([r], score));
    expect({ score: s.indicators[0]!.score, status: s.indicators[0]!.status, issues: s.indicators[0]!.issues.length }).toEqual({ score, status, issues });
  });
  it('a 加分项 is no part of the weights that leave room for a budget line outside the rows', () => {
    const rows = [{ level1: '产出指标', weight: 90, score: 88 }, { level1: '加分项', weight: 2, score: 2 }];
    expect(budgetLineOutsideRows(sheet(rows, 99.6).indicators)).toBe(true);
  });
});
