import { describe, expect, it } from 'vitest';
import { conventionalWeights, unitWeightRows, withConventionalWeights } from './conventional-weights';
import { formSchema, type Indicator, type ProjectSelfEvaluation } from './forms-schema';
import { makePolicy } from '../policy/policy';

type Row = [level1: string | null, level2: string | null, weight?: number | null];

const sheet = (rows: Row[], year = 2025, budget: unknown = { initial_wan: 50, adjusted_wan: 50, weight: 10 }): ProjectSelfEvaluation =>
  formSchema.parse({
    kind: 'project_self_evaluation',
    fiscal_year: year,
    budget,
    indicators: rows.map(([level1, level2, weight = null], i) => ({ level1, level2, name: `指标${i + 1}`, weight })),
  }) as ProjectSelfEvaluation;

const w = (r: Row, weight: number): Row => [r[0], r[1], weight];
const all = (f: ProjectSelfEvaluation) => f.indicators.map((_, i) => i);

const OUT: Row = ['产出指标', '数量指标'];
const QUAL: Row = ['产出指标', '质量指标'];
const BEN: Row = ['效益指标', '社会效益指标'];
const SAT: Row = ['满意度指标', '服务对象满意度指标'];
const COST: Row = ['成本指标', '经济成本指标'];

describe('conventionalWeights', () => {
  it.each<[string, Row[], ReturnType<typeof makePolicy>, number[]]>([
    ['the national template: 产出 50 / 效益 30 / 满意度 10', [OUT, OUT, BEN, SAT], makePolicy(), [25, 25, 30, 10]],
    // 50 / 3 does not divide into cents: the first rows take the leftover cent so the group still totals 50.
    ['thirds rounded to the cent, the group total exact', [OUT, QUAL, OUT, BEN, BEN, SAT], makePolicy(), [16.67, 16.67, 16.66, 15, 15, 10]],
    // A merged 一级 cell is written once: the rows under it carry it.
    ['a 一级 written once covers the rows below', [OUT, [null, '质量指标'], BEN, [null, null], SAT], makePolicy(), [25, 25, 15, 15, 10]],
    ['no 满意度 rows: 50 : 30 of the 90', [OUT, BEN], makePolicy(), [56.25, 33.75]],
    ['2021 成本 rows share 产出\'s 50 by default', [OUT, COST, BEN, SAT], makePolicy(), [25, 25, 30, 10]],
    ['成本 with its own share when the policy gives one', [OUT, COST, BEN, SAT], makePolicy({ levelShares: { output: 40, cost: 10, benefit: 30, satisfaction: 10 } }), [40, 10, 30, 10]],
    ['a 二级 alone tells the 一级 (经济成本 goes with 产出)', [[null, '数量指标'], [null, '经济成本指标'], [null, '经济效益指标'], [null, '满意度']], makePolicy(), [25, 25, 30, 10]],
    ['shares that do not total the 90 are scaled to it', [OUT, BEN, SAT], makePolicy({ levelShares: { output: 60, benefit: 30, satisfaction: 10 } }), [54, 27, 9]],
    ['a policy of another total', [OUT, BEN, SAT], makePolicy({ weightTotals: { project_self_evaluation: 80 } }), [44.44, 26.67, 8.89]],
    ['no shares in the policy: evenly', [OUT, BEN, SAT], makePolicy({ levelShares: null }), [30, 30, 30]],
    ['a row whose 一级 cannot be told: evenly over all', [OUT, ['其他', '其他'], SAT], makePolicy(), [30, 30, 30]],
  ])('%s', (_label, rows, policy, expected) => {
    const f = sheet(rows);
    const out = conventionalWeights(f, all(f), policy);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.weights.map((w) => w.weight)).toEqual(expected);
    expect(Math.round(out.weights.reduce((s, w) => s + w.weight, 0) * 100)).toBe(Math.round(out.total * 100));
  });

  it('fills only the empty unit rows, each level less what it already carries', () => {
    // Row 0 (产出) carries 20 the clerk typed; row 3 (满意度) was fixed by the target at 10 and is no unit row.
    const f = sheet([w(OUT, 20), OUT, BEN, w(SAT, 10)]);
    const out = conventionalWeights(f, [0, 1, 2], makePolicy());
    expect(out).toMatchObject({ ok: true, weights: [{ row: 1, weight: 30 }, { row: 2, weight: 30 }] });
  });

  it('a project without money scores its rows on the whole 100', () => {
    const f = sheet([OUT, BEN, SAT], 2025, { initial_wan: 0, adjusted_wan: 0, executed_wan: 0, weight: 0 });
    const out = conventionalWeights(f, all(f), makePolicy());
    expect(out.ok && out.weights.map((w) => w.weight)).toEqual([55.56, 33.33, 11.11]);
  });

  it.each<[string, Row[], number[], RegExp]>([
    ['nothing left to fill', [w(OUT, 45), w(BEN, 45)], [0, 1], /没有待填写的分值/],
    ['the typed 分值 already reach the total', [w(OUT, 90), BEN], [0, 1], /已达到或超过应合计的 90 分/],
  ])('refuses when %s', (_label, rows, unit, reason) => {
    const out = conventionalWeights(sheet(rows), unit, makePolicy());
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toMatch(reason);
  });

  it('writes the weights into the rows given and leaves the others', () => {
    const f = sheet([OUT, w(BEN, 30)]);
    const next = withConventionalWeights(f.indicators, [{ row: 0, weight: 60 }]);
    expect(next.map((i: Indicator) => i.weight)).toEqual([60, 30]);
    expect(next[1]).toBe(f.indicators[1]);
  });
});

describe('unitWeightRows', () => {
  it.each<[string, Array<Partial<Indicator>>, number[]]>([
    ['a target without a 权重 column: every indicator', [{ name: '培训场次' }, { name: '满意度' }], [0, 1]],
    ['a target with weights: none', [{ name: '培训场次', weight: 50 }, { name: '满意度', weight: 40 }], []],
    ['only the rows without one', [{ name: '培训场次', weight: 50 }, { name: '满意度' }], [1]],
    // Guard: rows that take no share of the points are no one's to weigh.
    ['not a row whose name states its points', [{ name: '宣讲场次（5分）' }, { name: '满意度' }], [1]],
    ['not a 合计 row, a 扣分项 or a blank row', [{ name: '培训场次' }, { name: '合计' }, { name: '违规扣分', level1: '扣分项' }, { name: '' }], [0]],
  ])('%s', (_label, rows, expected) => {
    const indicators = rows.map((r) => ({ level1: null, level2: null, weight: null, ...r }) as Indicator);
    expect(unitWeightRows(indicators)).toEqual(expected);
  });
});
