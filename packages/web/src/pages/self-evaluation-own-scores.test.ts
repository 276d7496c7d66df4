import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, emptyForm, indicatorSchema, scoreSelfEvaluation, type Indicator, type ProjectSelfEvaluation } from '@jixiao/core';
import { adoptedScore, awaitingEntry, followRuleScores, ownDiffers, ownScore, ownTotal, rowSpans, scoringHints, sheetToSave } from './self-evaluation-own-scores';

const row = (patch: Partial<Indicator>): Indicator =>
  indicatorSchema.parse({ level1: '产出指标', level2: '数量指标', name: '培训场次', weight: 10, unit: '次', comparator: '>=', target: '10', ...patch });

const sheet = (indicators: Indicator[], budget: Partial<NonNullable<ProjectSelfEvaluation['budget']>> = {}): ProjectSelfEvaluation => ({
  ...(emptyForm('project_self_evaluation') as ProjectSelfEvaluation),
  project_name: '教师培训',
  budget: { initial_wan: 100, adjusted_wan: 100, executed_wan: 98, execution_rate: null, weight: 10, score: null, reason: null, ...budget },
  indicators,
});

const scored = (f: ProjectSelfEvaluation) => scoreSelfEvaluation(f, { policy: DEFAULT_POLICY });

describe('sheetToSave keeps the unit\'s 自评分', () => {
  it.each([
    // actual 9 of 10 → the rule gives 9; the unit wrote 9.5: 9.5 is saved and counted, the rule's 9 is only shown.
    ['a typed score that differs from the rule\'s is saved as typed', [row({ actual: '9', score: 9.5 })], { score: null }, [9.5], 9.8 + 9.5],
    ['a row without a score is prefilled with the rule\'s', [row({ actual: '9' })], { score: null }, [9], 9.8 + 9],
    ['the budget score the unit gave stays too', [row({ actual: '10' })], { score: 10 }, [10], 20],
    ['a hand-scored row keeps its score', [row({ target: '参照上年', comparator: null, actual: '大部分完成', score: 6 })], { score: null }, [6], 9.8 + 6],
    ['a 扣分项 takes its points off however signed', [row({ actual: '10' }), row({ level1: '扣分项', level2: null, name: '违规使用资金', comparator: null, target: '', weight: 5, score: 2 })], { score: null }, [10, 2], 9.8 + 10 - 2],
  ] as const)('%s', (_name, inds, budget, scores, total) => {
    const f = sheet([...inds], budget);
    const saved = sheetToSave(f, scored(f), DEFAULT_POLICY);
    expect(saved.indicators.map((i) => i.score)).toEqual(scores);
    expect(saved.total_score).toBeCloseTo(total, 5);
  });

  it('an imported sheet\'s own scores survive a save and a reload', () => {
    // The sheet says 9 where the rule gives 9.8 (98 of 100), total 94.5 as written.
    const imported = sheet([row({ comparator: '>=', target: '100', unit: '%', actual: '98%', score: 9 }), row({ actual: '10', score: 10 })], { score: 10 });
    const once = sheetToSave(followRuleScores(imported, scored(imported)), scored(imported), DEFAULT_POLICY);
    const again = sheetToSave(followRuleScores(once, scored(once)), scored(once), DEFAULT_POLICY);
    expect(again.indicators.map((i) => i.score)).toEqual([9, 10]);
    expect(again.total_score).toBe(29);
    expect(scored(again).total).toBe(29.6);
  });
});

describe('followRuleScores', () => {
  it.each([
    ['a score agreeing with the rule follows it again', row({ actual: '9', score: 9 }), null],
    ['a score differing from the rule is the unit\'s', row({ actual: '9', score: 8 }), 8],
    ['a hand score is the unit\'s', row({ target: '参照上年', comparator: null, actual: '大部分完成', score: 6 }), 6],
    ['a qualitative score inside its band is the unit\'s', row({ comparator: 'qualitative', target: '按时完成', actual: '按时完成', score: 9 }), 9],
  ] as const)('%s', (_name, ind, expected) => {
    const f = sheet([ind]);
    expect(followRuleScores(f, scored(f)).indicators[0]!.score).toBe(expected);
  });

  it('a budget score agreeing with the rule follows the amounts', () => {
    const f = sheet([row({ actual: '10' })], { score: 9.8 });
    expect(followRuleScores(f, scored(f)).budget?.score).toBeNull();
  });
});

describe('ownDiffers and adoptedScore', () => {
  it.each([
    ['own 9.5 against the rule\'s 9', row({ actual: '9', score: 9.5 }), true, null],
    ['no own score: the prefill agrees', row({ actual: '9' }), false, null],
    ['half a cent is rounding', row({ actual: '9', score: 9.004 }), false, null],
    ['a 扣分项 written positive agrees with its negative part', row({ level1: '扣分项', level2: null, name: '违规使用资金', comparator: null, target: '', weight: 5, score: 2 }), false, -2],
    ['a row the rules leave unscored differs from nothing', row({ target: '参照上年', comparator: null, actual: null }), false, null],
  ] as const)('%s', (_name, ind, differs, adopted) => {
    const s = scoreSelfEvaluation(sheet([ind]), { policy: DEFAULT_POLICY }).indicators[0];
    expect(ownDiffers(ind, s)).toBe(differs);
    expect(adoptedScore(s)).toBe(adopted);
  });

  it('ownScore prefers the unit\'s score and ownTotal counts it', () => {
    const f = sheet([row({ actual: '9', score: 9.5 }), row({ actual: '5' })]);
    const r = scored(f);
    expect(ownScore(f.indicators[0]!, r.indicators[0])).toBe(9.5);
    expect(ownScore(f.indicators[1]!, r.indicators[1])).toBe(5);
    expect(ownTotal(f, r)).toBe(24.3);
    expect(r.total).toBe(23.8);
  });
});

describe('awaitingEntry', () => {
  it.each([
    ['a new sheet from its target', [row({}), row({ name: '培训人次' })], true],
    ['one 完成值 typed', [row({ actual: '3' }), row({ name: '培训人次' })], false],
    ['an imported score without 完成值', [row({ score: 8 })], false],
    ['a 合计 row alone does not count as entered', [row({}), row({ level1: null, level2: null, name: '合计', comparator: null, target: '', score: 90, weight: 100 })], true],
  ] as const)('%s', (_name, inds, expected) => {
    expect(awaitingEntry(inds)).toBe(expected);
  });
});

describe('rowSpans', () => {
  it.each([
    [[0], '第 1 行'], [[0, 1], '第 1、2 行'], [[0, 1, 2, 3, 4, 5, 6, 7], '第 1—8 行'], [[4, 0, 2, 1], '第 1—3、5 行'], [[1, 1, 5], '第 2、6 行'],
  ] as const)('%j → %s', (rows, want) => expect(rowSpans(rows)).toBe(want));
});

describe('scoringHints', () => {
  it('a new sheet gets one hint per row, naming the row once', () => {
    const f = sheet([row({}), row({ name: '培训人次' })], { executed_wan: 98 });
    const hints = scoringHints(scored(f).issues);
    expect(hints).toHaveLength(2);
    for (const [i, h] of hints.entries()) {
      expect(h).toMatch(new RegExp(`^第${i + 1}行`));
      expect(h).toContain('请填写完成值');
      expect(h).not.toContain('需人工评分但没有得分');
    }
  });

  it.each([
    ['a message naming its row is kept as written', [{ row: 0, message: '第1行「培训」未填写完成值' }], ['第1行「培训」未填写完成值']],
    ['a message without its row gets it', [{ row: 2, message: '得分超出范围' }], ['第 3 行：得分超出范围']],
    ['sheet notes stay, a row\'s second note goes', [{ row: null, message: '缺少执行数' }, { row: 0, message: '第1行甲' }, { row: 0, message: '第1行乙' }], ['缺少执行数', '第1行甲']],
    ['the loaded total\'s mismatch is the page\'s own banner', [{ row: null, code: 'total_mismatch', message: '自评总分94.5与规则计算的99.06不一致' }], []],
    // An unweighted target's rows: one note where the first stood, saying where the score goes instead of 请补填权重.
    ['rows without a weight are one note', [{ row: null, message: '缺少执行数' }, ...[0, 1, 2, 4].map((row) => ({ row, code: 'weight_missing', message: `第${row + 1}行没有有效的指标权重，无法按规则计分；请补填权重。` })), { row: 3, message: '第4行未填写完成值' }],
      ['缺少执行数', '第 1—3、5 行没有分值（分值是绩效目标的内容，本页不能修改），系统无法按规则计分；请在「自评分」栏填写这些行的得分。', '第4行未填写完成值']],
    ['one row without a weight says 该行', [{ row: 6, code: 'weight_missing', message: '第7行没有有效的指标权重' }], ['第 7 行没有分值（分值是绩效目标的内容，本页不能修改），系统无法按规则计分；请在「自评分」栏填写该行的得分。']],
  ] as const)('%s', (_name, issues, expected) => {
    expect(scoringHints(issues)).toEqual(expected);
  });

  // Rows 0–2 got no 分值 from the approved target: the unit sets them in the 分值 column; row 4's is the target's to miss.
  it('rows whose 分值 the unit sets are sent to the 分值 column, the others keep their note', () => {
    const issues = [0, 1, 2, 4].map((row) => ({ row, code: 'weight_missing', message: `第${row + 1}行没有有效的指标权重` }));
    expect(scoringHints(issues, [0, 1, 2])).toEqual([
      '第 1—3 行还没有分值（已批复的绩效目标未设分值，由本单位填写），系统无法按规则计分；请在「分值」栏填写，或点击「按常规分配分值」。',
      '第 5 行没有分值（分值是绩效目标的内容，本页不能修改），系统无法按规则计分；请在「自评分」栏填写该行的得分。',
    ]);
  });
});
