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
    // Set 25: scales the name gives — 公路技术 / 耕地 / 火险 一级 best, 预警 一级 the most severe, places first best.
    ['新改建公路技术等级', '级', 'lower'], ['项目区耕地质量等级', '等', 'lower'], ['耕地质量等级', '级', 'lower'], ['林区森林火险等级', '级', 'lower'],
    ['地质灾害预警级别', '级', 'higher'], ['森林火险预警等级', '级', 'higher'], ['全市考核名次', '名', 'lower'], ['综合排名', '位', 'lower'],
    // Guards: a change of step or place is an amount, a 名 row counting people, a measure's 预警, 等 on a row naming no 耕地.
    ['全省考核排名提升位次', '位', null], ['耕地质量等级提升', '等', null], ['水质提升类别', '类', null], ['培训人员', '名', null],
    ['暴雨预警级别', '级', null], ['产品质量等级', '等', null],
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
    // Set 25: places and 等.
    ['第3名', 'place', 3], ['名列第一', 'place', 1], ['较上年前移3位，位列第9名', 'place', 9], ['3名', 'place', 3], ['并列第2名', 'place', 2],
    ['第三季度第2名', 'place', 2], ['25', 'place', 25], ['三等', 'grade', 3], ['十等', 'grade', 10],
    // Guards: a span of places, a change alone, two places, an average grade.
    ['前三名', 'place', null], ['排名上升2位', 'place', null], ['第2名至第3名', 'place', null], ['平均4.5等', 'grade', null],
    // The session's code review: a share or a count of days at a step is no step the row reached.
    ['Ⅲ类以上水质比例达95%', 'class', null], ['空气质量达到二级标准的天数300天', 'level', null], ['申报三星级', 'star', null],
  ] as Array<[string, 'class' | 'level' | 'star' | 'grade' | 'place', number | null]>)('%s on a %s scale → %s', (actual, kind, step) => {
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
    // Set 25: places (first best, whatever the sign), 公路 / 耕地 / 火险 / 预警 scales.
    ['`>=` 3 名 met by 第1名', rank('全市考核名次', '>=', '3', '名', '第1名', 10), 10, []],
    ['two places short at full marks', rank('全市考核名次', '<=', '5', '名', '第7名', 10), 3, ['band']],
    ['`=` 1 名 with 第2名, 7 kept', rank('全市考核名次', '=', '1', '名', '第2名', 7), 7, []],
    ['`>=` 2 级 公路 met by 一级', rank('新改建公路技术等级', '>=', '2', '级', '一级', 10), 10, []],
    ['耕地 五等 one short of 四等', rank('项目区耕地质量等级', '<=', '4', '等', '五等', 10), 7, ['band']],
    ['火险四级 one above 三级', rank('林区森林火险等级', '<=', '3', '级', '四级', 10), 7, ['band']],
    ['预警二级 one more severe than 三级', rank('地质灾害最高预警级别', '>=', '3', '级', '二级', 10), 7, ['band']],
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
    expect(scoreIndicator(rank('全市考核名次', '<=', '5', '名', '第7名', 10)).derivation.arithmetic).toBe('w=10，目标第5名，完成第7名，落后2名 → 「未达成」默认 3（区间 [0, 6)）');
  });

  it.each([
    // Guards: measures, unnamed scales, strict signs and 完成值 naming no step keep §3's arithmetic or a person.
    ['风力 级 is a measure', rank('堤防抗风能力', '>=', '10', '级', '9级', 9), 9, 'computed'],
    ['a 类 row counting kinds', rank('垃圾分类覆盖类别', '>=', '5', '类', '4类', 8), 8, 'computed'],
    ['a strict sign', rank('断面水质类别', '<', '3', '类', '2类', 10), 10, 'computed'],
    ['a span of classes', rank('断面水质类别', '<=', '3', '类', 'Ⅱ-Ⅲ类', 10), 10, 'manual'],
    ['a forecast class', rank('断面水质类别', '<=', '3', '类', '预计年底达到Ⅱ类', 10), 10, 'manual'],
    ['a change of place is an amount', rank('全省考核排名提升位次', '>=', '5', '位', '3位', 6), 6, 'computed'],
    ['a span of places', rank('全市考核名次', '<=', '5', '名', '前三名', 10), 10, 'manual'],
    ['people in 名', rank('培训基层人员', '>=', '50', '名', '45名', 9), 9, 'computed'],
  ] as Array<[string, Indicator, number, string]>)('%s', (_label, ind, score, status) => {
    const got = scoreIndicator(ind);
    expect([got.score, got.status]).toEqual([score, status]);
  });
});
