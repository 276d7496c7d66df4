import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '../forms/forms-schema';
import { DEFAULT_POLICY } from '../policy/policy';
import { rankScale, rankStep } from './rank-scale';
import { scoreIndicator } from './score-indicator';

// Session 27 (held-out scoring set 24): a rank stored as a number (水质 类, 资质 / 标准化 / 医院 级, 星级) is scored on its scale —
// met or beaten is w, one step short 部分达成, more 未达成 — never by §3's proportions; measures in 级 and unnamed scales are not.

const rank = (name: string, cmp: Indicator['comparator'], target: string, unit: string, actual: string, score: number | null): Indicator =>
  ({ ...emptyIndicator(), name, comparator: cmp, target, unit, weight: 10, actual, score });

describe('rankScale and rankStep', () => {
  it.each([
    ['出境断面水质类别', '类', 'lower'], ['施工企业资质等级', '级', 'lower'], ['安全生产标准化等级', '级', 'lower'],
    ['空气质量等级', '级', 'lower'], ['定点医院等级', '级', 'higher'], ['乡镇卫生院等级', '级', 'higher'], ['民宿星级', '星级', 'higher'],
    // Guards: measures in 级, a 类 row that counts kinds, a 级 row naming no scale.
    ['堤防抗风能力', '级', null], ['建筑抗震设防等级', '级', null], ['施工噪声等级', '级', null], ['垃圾分类覆盖类别', '类', null],
    ['道路等级', '级', null], ['民宿抗风星级', '星级', null],
  ] as Array<[string, string, string | null]>)('%s in %s → %s', (name, unit, better) => {
    expect(rankScale(name, unit)?.better ?? null).toBe(better);
  });

  it.each([
    ['二类', 'class', 2], ['Ⅳ类', 'class', 4], ['III类', 'class', 3], ['劣Ⅴ类', 'class', 6], ['水质稳定在Ⅱ类', 'class', 2], ['3', 'class', 3],
    ['三级甲等', 'level', 3], ['取得一级资质', 'level', 1], ['四星级', 'star', 4], ['新增三星级民宿4家', 'star', 3],
    // Guards: 劣 of a class other than Ⅴ, spans, two steps, negations, hedges and forecasts name no one step.
    ['劣Ⅲ类', 'class', null], ['Ⅱ-Ⅲ类', 'class', null], ['二至三类', 'class', null], ['由Ⅳ类提升至Ⅱ类', 'class', null],
    ['未达到三类', 'class', null], ['基本达到二级', 'level', null], ['预计年底达到一级', 'level', null], ['十二级', 'level', null],
    ['已完成', 'level', null],
  ] as Array<[string, 'class' | 'level' | 'star', number | null]>)('%s on a %s scale → %s', (actual, kind, step) => {
    expect(rankStep(actual, { kind, better: kind === 'star' ? 'higher' : 'lower' })).toBe(step);
  });
});

describe('scoreIndicator: a rank row', () => {
  it.each([
    // Met or beaten, whichever way the sign points: the scale decides.
    ['`>=` 3 类 on water met by 二类', rank('断面水质类别', '>=', '3', '类', '二类', 10), 10, []],
    ['`=` 2 类 met by Ⅰ类', rank('断面水质类别', '=', '2', '类', 'Ⅰ类', 10), 10, []],
    ['`>=` 2 级 资质 met by 一级', rank('施工企业资质等级', '>=', '2', '级', '一级', 10), 10, []],
    ['`>=` 3 级 医院 met by 三级甲等', rank('定点医院等级', '>=', '3', '级', '三级甲等', 10), 10, []],
    ['met, the sheet short of w', rank('断面水质类别', '<=', '3', '类', '二类', 9), 10, ['score_mismatch']],
    // Short: one step is 部分达成, more 未达成; the sheet's score stands inside the band, else the default with band.
    ['one step short, 7 kept', rank('断面水质类别', '<=', '3', '类', '四类', 7), 7, []],
    ['one step short at full marks', rank('断面水质类别', '<=', '3', '类', '四类', 10), 7, ['band']],
    ['one step short, no score', rank('断面水质类别', '<=', '3', '类', '四类', null), 7, []],
    ['劣Ⅴ three steps short, 2 kept', rank('断面水质类别', '<=', '3', '类', '劣Ⅴ类', 2), 2, []],
    ['two steps short at 7', rank('定点医院等级', '>=', '3', '级', '一级', 7), 3, ['band']],
    ['`=` 2 级 标准化 with 三级 (not met by `=` as `>=`)', rank('安全生产标准化等级', '=', '2', '级', '三级', 6), 6, []],
    ['stars one short', rank('民宿星级', '>=', '4', '星级', '三星级', 10), 7, ['band']],
  ] as Array<[string, Indicator, number, string[]]>)('%s', (_label, ind, score, issues) => {
    const got = scoreIndicator(ind);
    expect(got.status).toBe('computed');
    expect(got.score).toBe(score);
    expect(got.issues.map((i) => i.code)).toEqual(issues);
  });

  it('asks no over-achievement reason of a better step', () => {
    const got = scoreIndicator(rank('民宿星级', '>=', '3', '星级', '五星级', 10), { policy: { ...DEFAULT_POLICY, overAchievement: 'explain' } });
    expect([got.score, got.issues]).toEqual([10, []]);
  });

  it('spells the two steps and the band', () => {
    expect(scoreIndicator(rank('断面水质类别', '<=', '3', '类', '四类', 10)).derivation.arithmetic).toBe('w=10，目标Ⅲ类，完成Ⅳ类，低1级 → 「部分达成」默认 7（区间 [6, 8)）');
    expect(scoreIndicator(rank('定点医院等级', '>=', '2', '级', '三级', 10)).derivation.rule).toContain('数字越大等级越高');
  });

  it.each([
    // Guards: measures, unnamed scales, strict signs and 完成值 naming no step keep §3's arithmetic or a person.
    ['风力 级 is a measure', rank('堤防抗风能力', '>=', '10', '级', '9级', 9), 9, 'computed'],
    ['a 类 row counting kinds', rank('垃圾分类覆盖类别', '>=', '5', '类', '4类', 8), 8, 'computed'],
    ['a strict sign', rank('断面水质类别', '<', '3', '类', '2类', 10), 10, 'computed'],
    ['a span of classes', rank('断面水质类别', '<=', '3', '类', 'Ⅱ-Ⅲ类', 10), 10, 'manual'],
    ['a forecast class', rank('断面水质类别', '<=', '3', '类', '预计年底达到Ⅱ类', 10), 10, 'manual'],
  ] as Array<[string, Indicator, number, string]>)('%s', (_label, ind, score, status) => {
    const got = scoreIndicator(ind);
    expect([got.score, got.status]).toEqual([score, status]);
  });
});
