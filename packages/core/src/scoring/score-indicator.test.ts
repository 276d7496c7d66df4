import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Comparator, type Indicator } from '../forms/forms-schema';
import { makePolicy } from '../policy/policy';
import { actualMeetsTarget, bandOf, scoreIndicator } from './score-indicator';
import { formatNumber, gradeOf, roundScore } from './round-score';

function ind(over: Partial<Indicator>): Indicator {
  return { ...emptyIndicator('测试指标'), ...over };
}

describe('scoreIndicator quantitative', () => {
  const cases: Array<[string, Comparator, string, string, number, number]> = [
    // label, comparator, target, actual, weight, expected
    ['>= met', '>=', '12', '12', 10, 10],
    ['>= above', '>=', '12', '20', 10, 10],
    ['>= below', '>=', '40', '30', 10, 7.5],
    ['>= actual with sign', '>=', '12', '≥12', 10, 10],
    ['>= percent actual', '>=', '95', '90%', 20, 18.95],
    ['> below', '>', '8', '6', 10, 7.5],
    ['>= negative actual counts as 0', '>=', '10', '-5', 10, 0],
    ['>= T=0', '>=', '0', '0', 10, 10],
    ['= met', '=', '1', '1', 30, 30],
    ['= below', '=', '4', '3', 10, 7.5],
    ['= T=0 hit', '=', '0', '0', 10, 10],
    ['= T=0 miss', '=', '0', '2', 10, 0],
    ['<= met', '<=', '48', '40', 10, 10],
    ['<= equal', '<=', '48', '48', 10, 10],
    ['<= between', '<=', '40', '50', 10, 7.5],
    ['<= exactly 2T', '<=', '40', '80', 10, 0],
    ['<= beyond 2T', '<=', '40', '100', 10, 0],
    ['< between', '<', '100', '150', 8, 4],
    ['<= T=0 hit', '<=', '0', '0', 5, 5],
    ['<= T=0 miss', '<=', '0', '1', 5, 0],
    ['<= negative actual', '<=', '10', '-3', 5, 5],
    ['rounding to 2 decimals', '>=', '3', '1', 10, 3.33],
    ['rounding half up', '>=', '200', '201', 1, 1],
    ['rounding 2/3', '>=', '3', '2', 10, 6.67],
    ['actual reported after a lead', '>=', '15', '已完成12次', 10, 8],
    ['<= actual as an average', '<=', '48', '平均36小时', 10, 10],
    // 「未发生」「无」 where a count is due say 0 (held-out set 6).
    ['= T=0 said in words', '=', '0', '未发生', 10, 10],
    ['<= T=0 said as 无', '<=', '0', '无', 5, 5],
    ['= T=0 said in a sentence', '=', '0', '全年未发生安全责任事故', 10, 10],
    ['>= target, nothing happened', '>=', '5', '无', 10, 0],
    ['= T=0 said as 零起', '=', '0', '零起', 10, 10],
    ['= T=0 said as 无安全事故', '=', '0', '无安全事故', 10, 10],
    ['<= a ceiling on complaints, 零投诉', '<=', '2', '零投诉', 10, 10],
    ['>= nothing happened said as 未发生', '>=', '5', '未发生', 10, 0],
  ];
  it.each(cases)('%s', (_label, comparator, target, actual, weight, expected) => {
    const r = scoreIndicator(ind({ comparator, target, actual, weight }));
    expect(r.status).toBe('computed');
    expect(r.score).toBe(expected);
    expect(r.derivation.arithmetic).toContain('→');
    expect(r.derivation.rule.length).toBeGreaterThan(0);
  });

  it('writes the arithmetic', () => {
    const r = scoreIndicator(ind({ comparator: '>=', target: '40', actual: '30', weight: 10 }));
    expect(r.derivation.arithmetic).toBe('A=30, T=40, w=10 → 30/40×10 = 7.5');
  });

  it('flags a document score that differs', () => {
    const r = scoreIndicator(ind({ comparator: '>=', target: '40', actual: '30', weight: 10, score: 10 }), { row: 3 });
    expect(r.issues.map((i) => i.code)).toEqual(['score_mismatch']);
    expect(r.issues[0]!.row).toBe(3);
  });
});

describe('over-achievement policies', () => {
  const base = ind({ comparator: '>=', target: '100', actual: '150', weight: 10 });
  const cases: Array<[string, 'none' | 'explain' | 'deduct', Partial<Indicator>, number, string[]]> = [
    ['none: full marks only', 'none', {}, 10, []],
    ['explain without reason', 'explain', {}, 10, ['over_achievement_reason']],
    ['explain with reason', 'explain', { reason: '需求增加' }, 10, []],
    // 「无」 or 「已完成」 in the reason cell gives no cause for the excess (held-out set 36F, S36-W13).
    ['explain with 「无」 for a reason', 'explain', { reason: '无' }, 10, ['over_achievement_reason']],
    ['explain with 「超额完成」 for a reason', 'explain', { reason: '超额完成。' }, 10, ['over_achievement_reason']],
    ['explain below threshold', 'explain', { actual: '120' }, 10, []],
    ['deduct beyond threshold', 'deduct', {}, 8, []],
    ['deduct at threshold', 'deduct', { actual: '130' }, 10, []],
    ['deduct far beyond', 'deduct', { actual: '300' }, 0, []],
    // θ·T in binary above the decimal product (1.3 × 3 = 3.9000000000000004): 3.9 of 3 is AT the threshold (held-out set 2, P24).
    ['explain at θ·T in binary', 'explain', { target: '3', actual: '3.9' }, 10, ['over_achievement_reason']],
    ['deduct at θ·T in binary', 'deduct', { target: '3', actual: '3.9' }, 10, []],
    ['explain at θ·T, 0.7 of 0.54', 'explain', { target: '0.54', actual: '0.702' }, 10, ['over_achievement_reason']],
    ['explain just under θ·T', 'explain', { target: '3', actual: '3.89' }, 10, []],
    ['deduct just past θ·T: 10×(1−0.01)', 'deduct', { target: '100', actual: '131' }, 9.9, []],
  ];
  it.each(cases)('%s', (_label, overAchievement, over, expected, codes) => {
    const r = scoreIndicator({ ...base, ...over }, { policy: makePolicy({ overAchievement }) });
    expect(r.score).toBe(expected);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });
});

describe('qualitative bands', () => {
  const q = ind({ comparator: 'qualitative', target: '按时完成', actual: '部分完成', weight: 10 });
  const choiceCases: Array<[string, '达成' | '部分达成' | '未达成', number | undefined, number, string[]]> = [
    ['达成 default', '达成', undefined, 10, []],
    ['部分达成 default', '部分达成', undefined, 7, []],
    ['未达成 default', '未达成', undefined, 3, []],
    ['达成 at lower edge 0.8w', '达成', 8, 8, []],
    ['达成 below edge', '达成', 7.99, 10, ['band']],
    ['部分达成 at 0.6w', '部分达成', 6, 6, []],
    ['部分达成 at 0.8w is outside', '部分达成', 8, 7, ['band']],
    ['未达成 just below 0.6w', '未达成', 5.99, 5.99, []],
    ['未达成 at 0.6w is outside', '未达成', 6, 3, ['band']],
  ];
  it.each(choiceCases)('%s', (_label, choice, manualScore, expected, codes) => {
    const r = scoreIndicator(q, { choice, manualScore });
    expect(r.status).toBe('qualitative');
    expect(r.score).toBe(expected);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  const textCases: Array<[string, string, string, number | null, number | null, string[]]> = [
    ['equal text → 达成', '落地生效', '落地生效', null, 10, []],
    ['actual contains target', '合格', '全部合格', null, 10, []],
    // 不合格 is one step below 合格 on the verdict scale: 部分达成, so 9 is out of band (set 25's step rule; was kept).
    // 不合格 fails a 合格 target outright (未达成: a second code review of session 27).
    ['negated actual', '合格', '不合格', 9, 3, ['band']],
    ['negated actual, score in 部分达成', '合格', '不合格', 6.5, 3, ['band']],
    ['negated actual, score in 未达成', '合格', '不合格', 5, 5, []],
    ['no match, document score in band', '按时交货', '按时', 10, 10, []],
    ['no match, document score outside', '按时交货', '延迟', 12, null, ['band']],
    ['no match, no score', '按时交货', '延迟', null, null, ['score_missing']],
    // A 完成值 that names the band is the sheet's own pick: the document score must lie in that band.
    ['actual names 部分达成, score in band', '明显改善', '部分达成', 7.5, 7.5, []],
    ['actual names 部分达成, score above band', '明显改善', '部分达成', 9.5, 7, ['band']],
    ['actual names 未完成, no score', '明显改善', '未完成', null, 3, []],
    ['actual names 达成 with blanks and 。', '明显改善', ' 达成。', 8.5, 8.5, []],
    ['actual names 达成, score in 未达成 band', '明显改善', '达成', 4, 10, ['band']],
    // A deadline (held-out set 19): a date on or before it is 达成; after it, full marks are out of band, while a score
    // the sheet lowered for the delay (8 of 10, as real sheets do) is its own call.
    ['date before the deadline', '2025年9月底前', '2025年9月28日', 10, 10, []],
    ['date after the deadline, full score', '2025年9月底前', '2025年11月20日', 10, 7, ['band']],
    ['date after the deadline, points taken off', '2025年9月底前', '2025年10月8日', 8, 8, []],
    ['date after the deadline, scored 部分达成', '2025年9月底前', '2025年11月20日', 7.5, 7.5, []],
    ['date after the deadline, scored 未达成', '2025年9月底前', '2026年2月1日', 3, 3, []],
    // A late date written 次年… (held-out set 4, P10); a remark after the date is left out.
    ['次年 after a bare month deadline, full score', '12月底前完成', '次年1月完成', 10, 7, ['band']],
    ['a date with a remark, on time', '12月底前完成', '12月20日（提前完成）', null, 10, []],
    // A range target (qualitative text, README): an actual inside it meets it; outside it the sheet decides.
    ['inside a range target, no score', '90%-95%', '92%', null, 10, []],
    ['inside a range target, sheet in band', '90%-95%', '达标（93.5%）', 8.5, 8.5, []],
    ['inside a range target, sheet below the band', '90%-95%', '92%', 6, 10, ['band']],
    ['a range actual inside a range target', '3-5天', '3-4天', null, 10, []],
    ['a range actual reaching out of the range', '90%-95%', '88%-92%', null, null, ['score_missing']],
    ['below a range target, sheet in 部分达成', '90%-95%', '88%', 7, 7, []],
    ['below a range target, no score', '90%-95%', '88%', null, null, ['score_missing']],
    ['above a range target, no score', '90%-95%', '97%', null, null, ['score_missing']],
    // The actual meeting the target fixes 达成: the sheet's score inside [0.8w, w] stands (held-out set 2).
    ['equal text, document score in 达成 band', '落地生效', '落地生效', 9, 9, []],
    ['equal text, document score below the band', '落地生效', '落地生效', 5, 10, ['band']],
  ];
  it.each(textCases)('%s', (_label, target, actual, score, expected, codes) => {
    const r = scoreIndicator(ind({ comparator: 'qualitative', target, actual, weight: 10, score }));
    expect(r.score).toBe(expected);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  // An editor's pick fixes the band; the sheet's own score inside it stands, outside it the default (held-out set 2, P48).
  const pickCases: Array<[string, '达成' | '部分达成' | '未达成', number | null, number | undefined, number, string[]]> = [
    ['pick 未达成, sheet 5 in band', '未达成', 5, undefined, 5, []],
    ['pick 部分达成, sheet 10 above band', '部分达成', 10, undefined, 7, ['band']],
    ['pick 达成, sheet 8 at the edge', '达成', 8, undefined, 8, []],
    ['pick 部分达成, no sheet score', '部分达成', null, undefined, 7, []],
    ['pick 部分达成, hand score wins over sheet', '部分达成', 6.5, 7.5, 7.5, []],
    ['pick 达成, hand score outside: the default, and the sheet\'s 9 differs from it', '达成', 9, 7, 10, ['band', 'score_mismatch']],
  ];
  it.each(pickCases)('%s', (_label, choice, score, manualScore, expected, codes) => {
    const r = scoreIndicator(ind({ comparator: 'qualitative', target: '明显改善', actual: '有所改善', weight: 10, score }), { choice, manualScore });
    expect(r.status).toBe('qualitative');
    expect(r.score).toBe(expected);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  it('bandOf edges', () => {
    const p = makePolicy();
    expect([bandOf(10, 10, p), bandOf(8, 10, p), bandOf(7.99, 10, p), bandOf(6, 10, p), bandOf(5.99, 10, p), bandOf(0, 10, p), bandOf(10.1, 10, p), bandOf(-1, 10, p)])
      .toEqual(['达成', '达成', '部分达成', '部分达成', '未达成', '未达成', null, null]);
  });

  it('text match ignores width and spaces', () => {
    expect(actualMeetsTarget('≥ 较满意', '≥较满意')).toBe(true);
    expect(actualMeetsTarget('按时完成', '未按时完成')).toBe(false);
    expect(actualMeetsTarget('', '')).toBe(false);
  });
});

describe('actuals in Chinese numerals', () => {
  // label, comparator, target, unit, actual, expected score (weight 10), or the issue when it stays unscored.
  const cases: Array<[string, Comparator, string, string | null, string, number | 'actual_not_numeric']> = [
    ['a count after a lead', '>=', '12', '次', '完成六次', 5],
    ['a count and its unit', '>=', '3000', '人', '三千人', 10],
    ['两 as 2', '>=', '4', '个', '两个', 5],
    ['a numeral alone', '>=', '12', '次', '十二', 10],
    ['一千二百 with 户', '>=', '1500', '户', '一千二百户', 8],
    ['an abbreviated thousand', '>=', '3000', '人次', '培训两千五人次', 8.33],
    ['a sign word before the numeral', '>=', '6', '次', '不少于六次', 10],
    ['the row unit 万人 holds the 万', '>=', '4', '万人', '三万人', 7.5],
    ['30000 people in 人', '>=', '40000', '人', '三万人', 7.5],
    ['万元 rows read the amount in 万元', '<=', '300', '万元', '二百五十万元', 10],
    ['零 where none is due', '<=', '0', '起', '零起', 10],
    ['a bracketed remark after the unit', '>=', '4', '次', '完成四次（含线上）', 10],
    // Not a level the row reached, or no numeral at all: unscored as before.
    ['negated', '>=', '6', '次', '未完成六次', 'actual_not_numeric'],
    ['estimated', '>=', '6', '家', '约五家', 'actual_not_numeric'],
    ['words that are no unit', '>=', '1', '次', '一次性完成', 'actual_not_numeric'],
    ['a numeral that is a name', '>=', '1', '项', '完成十四五规划', 'actual_not_numeric'],
    ['a word ending in a numeral', '>=', '1', '个', '统一', 'actual_not_numeric'],
    ['words made of numeral chars', '>=', '100', '户', '千家万户', 'actual_not_numeric'],
    ['an estimate after the unit', '>=', '6', '次', '六次左右', 'actual_not_numeric'],
    // A none-phrase naming a bad event answers another question under a row that wants some of a good thing.
    ['零投诉 under a satisfaction floor', '>=', '90', '%', '零投诉', 'actual_not_numeric'],
    ['no accident under a count of people', '>=', '100', '人', '全年未发生安全事故', 'actual_not_numeric'],
  ];
  it.each(cases)('%s', (_label, comparator, target, unit, actual, want) => {
    const r = scoreIndicator(ind({ comparator, target, unit, actual, weight: 10, score: 9 }));
    if (want === 'actual_not_numeric') {
      expect(r.status).toBe('manual');
      expect(r.issues.map((i) => i.code)).toEqual(['actual_not_numeric']);
    } else {
      expect(r.status).toBe('computed');
      expect(r.score).toBe(want);
    }
  });
});

describe('hand-scored rows', () => {
  const cases: Array<[string, Partial<Indicator>, number | undefined, number | null, string[]]> = [
    ['reference target uses document score', { comparator: '<=', target: '预算控制数', actual: '40', score: 9 }, undefined, 9, ['manual_score']],
    ['non-numeric actual', { comparator: '>=', target: '95', actual: '较好', score: 8 }, undefined, 8, ['actual_not_numeric']],
    ['manual score wins', { comparator: '>=', target: '95', actual: '较好', score: 8 }, 7, 7, ['actual_not_numeric']],
    ['a completion word for a count', { comparator: '>=', target: '120', actual: '已完成', score: 10 }, undefined, 10, ['actual_not_numeric']],
    ['a word that is no nil phrase', { comparator: '=', target: '0', actual: '无法统计', score: 10 }, undefined, 10, ['actual_not_numeric']],
    ['blank actual is only unscored', { comparator: '>=', target: '95', actual: ' ', score: 8 }, undefined, 8, ['manual_score']],
    ['nothing to use', { comparator: '>=', target: '95', actual: null, score: null }, undefined, null, ['manual_score', 'score_missing']],
    ['no weight', { comparator: '>=', target: '95', actual: '95', weight: null, score: 5 }, undefined, 5, ['weight_missing']],
    ['no target', { comparator: null, target: '', actual: '5', score: 4 }, undefined, 4, ['manual_score']],
    // rules.md §3: clamped to [0, 分值], the written score reported (set 26 I05: a score sheet's 12 of 10 counts 10).
    ['score above weight', { comparator: '>=', target: '预算', actual: 'x', score: 12 }, undefined, 10, ['manual_score', 'band']],
    ['score below zero', { comparator: null, target: '', actual: null, score: -2 }, undefined, 0, ['manual_score', 'band']],
    ['score at its weight', { comparator: null, target: '', actual: null, score: 10 }, undefined, 10, ['manual_score']],
  ];
  it.each(cases)('%s', (_label, over, manualScore, expected, codes) => {
    const r = scoreIndicator(ind({ weight: 10, ...over }), { manualScore });
    expect(r.status).toBe('manual');
    expect(r.score).toBe(expected);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
    for (const i of r.issues) expect(i.message).toMatch(/请/);
  });

  it('derives the comparator when missing', () => {
    expect(scoreIndicator(ind({ comparator: null, target: '10', actual: '5', weight: 10 })).score).toBe(5);
  });

  // No comparator stored (正向/反向 not read): forms.md's order, a sign or comparator word in the value wins.
  it.each([
    ['≤ in the value', '≤5', '%', '6%', 8, 'computed', '<='],
    ['full-width ≦ and actual', '≦10', '%', '１２％', 8, 'computed', '<='],
    ['comparator word', '不超过48', '小时', '60小时', 7.5, 'computed', '<='],
    ['≥ in the value', '≥95%', '%', '90%', 9.47, 'computed', '>='],
    ['< in the value', '<2', '%', '3%', 5, 'computed', '<'],
    ['bare number is =', '200', '人', '190人', 9.5, 'computed', '='],
    ['sign before a reference: hand, not qualitative', '≤预算控制数', '万元', '40万元', 9, 'manual', null],
    ['words stay qualitative', '有效提升', null, '有效提升', 10, 'qualitative', null],
  ] as Array<[string, string, string | null, string, number, string, string | null]>)('comparator null: %s', (_label, target, unit, actual, want, status, cmp) => {
    const r = scoreIndicator(ind({ comparator: null, target, unit, actual, weight: 10, score: status === 'manual' ? 9 : null }));
    expect(r.score).toBe(want);
    expect(r.status).toBe(status);
    if (cmp) expect(r.derivation.inputs.comparator).toBe(cmp);
  });
});

describe('round and grade', () => {
  it.each([[1.005, 1.01], [2.675, 2.68], [-1.005, -1.01], [0, 0], [7.499999, 7.5], [33.333333, 33.33]])('roundScore(%s) = %s', (x, y) => {
    expect(roundScore(x)).toBe(y);
  });
  const p = makePolicy();
  it.each([[100, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], [0, '差']] as const)('grade(%s) = %s', (t, g) => {
    expect(gradeOf(t, p)).toBe(g);
  });
});

describe('properties', () => {
  const weight = fc.integer({ min: 1, max: 100 });
  const value = fc.double({ min: -1000, max: 100000, noNaN: true, noDefaultInfinity: true });
  const target = fc.double({ min: 0.01, max: 10000, noNaN: true, noDefaultInfinity: true });
  const cmp = fc.constantFrom<Comparator>('>=', '>', '=', '<=', '<');
  const s = (n: number) => String(Math.round(n * 1000) / 1000);

  it('0 ≤ score ≤ weight for every comparator and policy', () => {
    fc.assert(fc.property(cmp, target, value, weight, fc.constantFrom('none', 'explain', 'deduct'), (c, t, a, w, oa) => {
      const r = scoreIndicator(ind({ comparator: c, target: s(t), actual: s(a), weight: w }), { policy: makePolicy({ overAchievement: oa }) });
      return r.score !== null && r.score >= 0 && r.score <= w;
    }));
  });

  it('non-decreasing in A for >=', () => {
    fc.assert(fc.property(target, value, value, weight, (t, a1, a2, w) => {
      const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
      const at = (a: number) => scoreIndicator(ind({ comparator: '>=', target: s(t), actual: s(a), weight: w })).score!;
      return at(lo) <= at(hi);
    }));
  });

  it('non-increasing in A for <=', () => {
    fc.assert(fc.property(target, value, value, weight, (t, a1, a2, w) => {
      const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
      const at = (a: number) => scoreIndicator(ind({ comparator: '<=', target: s(t), actual: s(a), weight: w })).score!;
      return at(lo) >= at(hi);
    }));
  });

  it('qualitative picks stay inside their band', () => {
    fc.assert(fc.property(weight, fc.constantFrom('达成', '部分达成', '未达成'), (w, choice) => {
      const r = scoreIndicator(ind({ comparator: 'qualitative', target: 'x', actual: 'y', weight: w }), { choice });
      return bandOf(r.score!, w, makePolicy()) === choice;
    }));
  });
});

describe('formatNumber', () => {
  it.each([[0, '0'], [-0, '0'], [10, '10'], [1000, '1000'], [123456, '123456'], [40.73, '40.73'], [7.5, '7.5'], [0.05, '0.05'], [-1.01, '-1.01'],
    [1055.4, '1055.4'], [0.1 + 0.2, '0.3'], [1 / 3, '0.3333333333'], [2.675, '2.675'], [1e-7, '1e-7']] as const)('formatNumber(%s) = %s', (n, s) => {
    expect(formatNumber(n)).toBe(s);
  });
});

describe('完成值 wording (held-out actuals set 1)', () => {
  // label, row fields (weight 10 unless given), expected score, or the issue when it stays with a person
  const cases: Array<[string, Partial<Indicator>, number | 'actual_not_numeric' | 'manual_score' | 'score_missing']> = [
    ['万 scales to the row unit', { comparator: '>=', target: '15000', unit: '人次', actual: '1.2万人次' }, 8],
    ['万元 into 亿元', { comparator: '>=', target: '1.5', unit: '亿元', actual: '12000万元' }, 8],
    ['a range at its cautious end', { comparator: '<=', target: '5', unit: '天', actual: '4-6天' }, 8],
    ['the achieved clause', { comparator: '>=', target: '15', unit: '个', actual: '计划15个，完成12个' }, 8],
    ['余 after the number', { comparator: '>=', target: '3000', unit: '户', actual: '2400多户' }, 8],
    ['a decrease of a decrease indicator', { name: '刑事案件发案率下降', comparator: '>=', target: '5', unit: '%', actual: '较上年下降3%' }, 6],
    ['a bare negative of a decrease indicator', { name: '化肥使用量降低率', comparator: '>=', target: '5', unit: '%', actual: '-4%' }, 8],
    ['a negative elsewhere counts as 0', { name: '收入增长率', comparator: '>=', target: '5', unit: '%', actual: '-4%' }, 0],
    ['a fraction under %', { comparator: '>=', target: '95', unit: '%', actual: '0.95' }, 10],
    ['百分之 in words', { comparator: '>=', target: '100', unit: '%', actual: '百分之百' }, 10],
    ['a weight in the name when the cell is empty', { name: '宣讲场次（5分）', weight: null, comparator: '>=', target: '20', unit: '场', actual: '18' }, 4.5],
    ['a date deadline met', { comparator: '<=', target: '2024年12月底', actual: '2024年11月' }, 10],
    ['a date deadline missed stays with a person', { comparator: '<=', target: '2024年12月底', actual: '2025年3月' }, 'manual_score'],
    ['a qualitative deadline met', { comparator: 'qualitative', target: '2024年12月底前', actual: '2024年11月完成' }, 10],
    ['a qualitative deadline missed', { comparator: 'qualitative', target: '2024年6月底前', actual: '2024年8月完成' }, 'score_missing'],
    ['提前完成 reaches 按期完成', { comparator: 'qualitative', target: '按期完成', actual: '提前完成' }, 10],
    ['基本完成 is the partial band', { comparator: 'qualitative', target: '建成投用', actual: '基本完成' }, 7],
    ['a % actual under a count', { comparator: '>=', target: '12', unit: '套', actual: '100%' }, 'actual_not_numeric'],
    ['a score under %', { comparator: '>=', target: '95', unit: '%', actual: '10分' }, 'actual_not_numeric'],
    ['a % actual under a row unit nobody reads', { comparator: '>=', target: '95', unit: '百分比', actual: '96%' }, 10],
    // The target in another magnitude than the row unit (brief D: 「3200」 under 万元 against 0.32亿元).
    ['a target in 亿元 on a 万元 row', { comparator: '<=', target: '0.32亿元', unit: '万元', actual: '3200' }, 10],
    ['a target in 亿元 on a 万元 row, overspent', { comparator: '<=', target: '0.32亿元', unit: '万元', actual: '3520' }, 9],
    ['a target in 万 on a 人次 row', { comparator: '>=', target: '1.5万', unit: '人次', actual: '12000' }, 8],
    ['a target written with the row unit', { comparator: '<=', target: '20个工作日', unit: '个工作日', actual: '15个工作日' }, 10],
    ['a target in % on a count row', { comparator: '>=', target: '95%以上', unit: '个', actual: '12' }, 'manual_score'],
  ];
  it.each(cases)('%s', (_label, over, want) => {
    const r = scoreIndicator(ind({ weight: 10, ...over }));
    if (typeof want === 'number') {
      expect(r.score).toBe(want);
      expect(r.status).not.toBe('manual');
      expect(r.derivation.arithmetic.length).toBeGreaterThan(0);
    } else {
      expect(r.score).toBeNull();
      expect(r.issues.map((i) => i.code)).toContain(want);
      for (const i of r.issues) expect(i.message).toMatch(/请/);
    }
  });

  it('says why a unit clash is left to a person, and how to fix the cell', () => {
    const r = scoreIndicator(ind({ name: '培训人数', comparator: '>=', target: '400', unit: '人', actual: '400%', weight: 8, score: 8 }));
    expect(r.status).toBe('manual');
    expect(r.score).toBe(8);
    expect(r.issues[0]!.message).toBe('第1行「培训人数」的完成值「400%」以「%」计，计量单位却是「人」，不能自动计分，已采用人工/填报得分；请按计量单位填写完成值。');
  });

  // A date deadline (<= a date) by the README: on time → w; late with full marks → 部分达成's default, flagged band;
  // late with points already off → the sheet's score stands (hand); late with no score → unscored, hand.
  it.each([
    ['on time', '2024年6月28日', 10, undefined, 10, 'computed', []],
    ['late, full marks', '2024年7月15日', 10, undefined, 7, 'computed', ['band']],
    ['late, full marks by hand', '2024年7月15日', null, 10, 7, 'computed', ['band']],
    ['late, points off', '2024年7月15日', 6, undefined, 6, 'manual', ['manual_score']],
    ['late, no score', '2024年7月15日', null, undefined, null, 'manual', ['manual_score', 'score_missing']],
    ['not a date', '已完成', 10, undefined, 10, 'manual', ['manual_score']],
  ] as Array<[string, string, number | null, number | undefined, number | null, string, string[]]>)('<= a date: %s', (_label, actual, score, manualScore, want, status, codes) => {
    const r = scoreIndicator(ind({ name: '完工时间', comparator: '<=', target: '2024年6月30日', actual, weight: 10, score }), { manualScore });
    expect(r.score).toBe(want);
    expect(r.status).toBe(status);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  // `=` on a date names the same deadline as `<=`: by then is met; late with full marks is 部分达成's default.
  it.each([
    ['same month', '2024年12月', '2024年12月', 10, undefined, 10, 'computed', []],
    ['before a bare month end', '12月底', '11月25日', 10, undefined, 10, 'computed', []],
    ['late, full marks', '2024年6月30日', '2024年7月15日', 10, undefined, 7, 'computed', ['band']],
    ['late, points off', '2024年6月30日', '2024年7月15日', 6, undefined, 6, 'manual', ['manual_score']],
  ] as Array<[string, string, string, number | null, number | undefined, number | null, string, string[]]>)('= a date: %s', (_label, target, actual, score, manualScore, want, status, codes) => {
    const r = scoreIndicator(ind({ name: '项目完成时间', comparator: '=', target, actual, weight: 10, score }), { manualScore });
    expect(r.score).toBe(want);
    expect(r.status).toBe(status);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
  });

  // A target below zero is a signed change (增长率 ≤−5%): A is compared as written; a miss has no §3 proportion.
  it.each([
    ['<=', '-6%', 10, 'computed', [], 'A=-6, T=-5, w=10 → 目标为负（变化幅度），A≤T → 10'],
    ['<=', '-5%', 10, 'computed', [], 'A=-5, T=-5, w=10 → 目标为负（变化幅度），A≤T → 10'],
    ['<=', '-3%', 4, 'manual', ['manual_score'], null],
    ['<', '2%', null, 'manual', ['manual_score', 'score_missing'], null],
    ['>=', '-3%', 10, 'computed', [], 'A=-3, T=-5, w=10 → 目标为负（变化幅度），A≥T → 10'],
    ['>=', '2%', 10, 'computed', [], 'A=2, T=-5, w=10 → 目标为负（变化幅度），A≥T → 10'],
    ['>=', '-8%', 4, 'manual', ['manual_score'], null],
  ] as Array<[Comparator, string, number | null, string, string[], string | null]>)('target −5%% %s, actual %s', (comparator, actual, want, status, codes, arithmetic) => {
    const r = scoreIndicator(ind({ name: '能耗增长率', comparator, target: '-5', unit: '%', actual, weight: 10, score: want }));
    expect(r.score).toBe(want);
    expect(r.status).toBe(status);
    expect(r.issues.map((i) => i.code)).toEqual(codes);
    if (arithmetic) expect(r.derivation.arithmetic).toBe(arithmetic);
  });

  it('spells a late deadline given full marks', () => {
    const r = scoreIndicator(ind({ name: '完工时间', comparator: '<=', target: '2024年6月30日', actual: '2024年7月15日', weight: 10, score: 10 }));
    expect(r.derivation.arithmetic).toBe('w=10，完成「2024年7月15日」晚于期限「2024年6月30日」，逾期不得满分 → 部分达成默认 7');
    expect(r.issues[0]!.message).toMatch(/晚于期限.*请/);
  });

  it('spells a met deadline', () => {
    const r = scoreIndicator(ind({ comparator: '<=', target: '2024年6月30日', actual: '2024年6月28日', weight: 5 }));
    expect(r.derivation.arithmetic).toBe('完成「2024年6月28日」不晚于期限「2024年6月30日」 → 5');
    const q = scoreIndicator(ind({ comparator: 'qualitative', target: '2024年12月底前', actual: '2024年11月完成', weight: 5 }));
    expect(q.derivation.arithmetic).toBe('w=5，完成时间「2024年11月完成」不晚于「2024年12月底前」，视为达成 → 默认 5（区间 [4, 5]）');
  });
});
