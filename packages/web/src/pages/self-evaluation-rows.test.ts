import { describe, expect, it } from 'vitest';
import { indicatorSchema, scoreIndicator, type Indicator } from '@jixiao/core';
import { handScoreRange, hasNoIndicators, rowsMissingReason, shortOfWeight, submitBlockReason, typedScoreProblem } from './self-evaluation-rows';
import { emptyForm, scoreSelfEvaluation, type ProjectSelfEvaluation } from '@jixiao/core';

const row = (patch: Partial<Indicator>): Indicator =>
  indicatorSchema.parse({ level1: '产出指标', level2: '数量指标', name: '培训场次', weight: 10, unit: '次', comparator: '>=', target: '12', ...patch });

describe('handScoreRange', () => {
  it.each([
    ['an actual in words on a numeric row is typed by hand', row({ actual: '大部分完成', score: 10 }), { min: 0, max: 10 }],
    ['a hand row without a score yet still takes one', row({ actual: '已完成', score: null }), { min: 0, max: 10 }],
    ['a reference target is typed by hand', row({ target: '参照上年', comparator: '>=', actual: '13', score: 8 }), { min: 0, max: 10 }],
    ['a numeric actual is scored by the rules', row({ actual: '10', score: null }), null],
    ['a qualitative row takes its band pick instead', row({ comparator: 'qualitative', target: '优', actual: '良', score: 7 }), null],
    ['a 合计 row is no indicator', row({ level1: null, level2: null, name: '合计', comparator: null, target: '', score: 90, weight: 100 }), null],
    ['a 扣分项 takes its deduction as written', row({ level1: '扣分项', level2: null, name: '违规使用资金', comparator: null, target: '', score: 2, weight: 5 }), null],
    ['no weight: nothing to hold the score to', row({ weight: null, actual: '大部分完成', score: 5 }), null],
  ] as const)('%s', (_name, ind, expected) => {
    expect(handScoreRange(ind, scoreIndicator(ind))).toEqual(expected);
  });
});

describe('rowsMissingReason', () => {
  it.each([
    ['a hand score below the weight needs a reason', [row({ actual: '大部分完成', score: 6 })], { 0: 6 }, [0]],
    ['a hand score at full weight needs none', [row({ actual: '已完成', score: 10 })], {}, []],
    ['a reason given clears the row', [row({ actual: '大部分完成', score: 6, reason: '部分培训推迟至次年' })], {}, []],
    ['a rule score below the weight needs a reason', [row({ actual: '6' }), row({ actual: '12' })], {}, [0]],
    ['a typed hand score replaces the document one', [row({ actual: '大部分完成', score: 10 })], { 0: 7.5 }, [0]],
    ['a 合计 row is never asked for one', [row({ level1: null, level2: null, name: '合计', comparator: null, target: '', score: 60, weight: 100 })], {}, []],
  ] as const)('%s', (_name, inds, manual, expected) => {
    const scores = inds.map((ind, i) => scoreIndicator(ind, { row: i, manualScore: (manual as Record<number, number>)[i] }));
    expect(rowsMissingReason(inds, scores)).toEqual(expected);
  });

  it('shortOfWeight ignores half a cent of rounding', () => {
    expect(shortOfWeight({ weight: 10, score: 9.996 })).toBe(false);
    expect(shortOfWeight({ weight: 10, score: 9.99 })).toBe(true);
    expect(shortOfWeight({ weight: 10, score: null })).toBe(false);
    expect(shortOfWeight(undefined)).toBe(false);
  });
});

describe('hasNoIndicators', () => {
  it.each([
    ['a new sheet', [], true],
    ['a 合计 row alone', [row({ level1: null, level2: null, name: '合计', comparator: null, target: '' })], true],
    ['one indicator', [row({})], false],
  ] as const)('%s', (_name, inds, expected) => {
    expect(hasNoIndicators(inds)).toBe(expected);
  });
});

describe('submitBlockReason', () => {
  it.each([
    ['what the server refuses comes first', { blocker: '表单内容不完整', missingReasons: 1, reviewErrors: 1 }, '表单内容不完整'],
    ['missing reasons come before review errors', { blocker: null, missingReasons: 2, reviewErrors: 1 }, '有 2 项未满分未填写偏差原因，补齐后才能提交'],
    ['review errors block', { blocker: null, missingReasons: 0, reviewErrors: 1 }, '自动审核发现 1 个错误（见页面下方），修正后才能提交'],
    ['errors the clerk can fix are counted apart from the target\'s', { blocker: null, missingReasons: 0, reviewErrors: 2, targetErrors: 1 }, '自动审核发现 1 个错误（见页面下方），修正后才能提交'],
    ['errors of the approved target alone do not hold the sheet back', { blocker: null, missingReasons: 0, reviewErrors: 1, targetErrors: 1 }, null],
    ['nothing left: submit', { blocker: null, missingReasons: 0, reviewErrors: 0 }, null],
  ] as const)('%s', (_name, p, expected) => {
    expect(submitBlockReason(p)).toBe(expected);
  });
});

describe('typedScoreProblem', () => {
  // A qualitative row of weight 30 picked 部分达成 ([18, 24)) and a row the rules cannot score (weight 10).
  const form = emptyForm('project_self_evaluation') as ProjectSelfEvaluation;
  form.indicators = [
    indicatorSchema.parse({ name: '工作成效', weight: 30, comparator: 'qualitative', target: '明显提升', actual: '有所提升' }),
    indicatorSchema.parse({ name: '覆盖率', weight: 10, unit: '%', comparator: '>=', target: '95', actual: '已完成' }),
  ];
  it.each<[string, Record<number, number>, number, RegExp | null]>([
    ['a score inside the band picked', { 0: 20 }, 0, null],
    ['a score above the band picked', { 0: 25 }, 0, /25.*不在「部分达成」区间/],
    ['a hand score above the weight', { 1: 60 }, 1, /60.*超出 \[0, 10\]/],
    ['a hand score within the weight', { 1: 8 }, 1, null],
  ])('%s', (_, manualScores, row, problem) => {
    const result = scoreSelfEvaluation(form, { choices: { 0: '部分达成' }, manualScores });
    const found = typedScoreProblem(result.issues, row, manualScores[row]);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });

  it('says nothing of a score the clerk did not type', () => {
    const result = scoreSelfEvaluation(form, { choices: { 0: '部分达成' }, manualScores: { 0: 25 } });
    expect(typedScoreProblem(result.issues, 0, undefined)).toBeNull();
  });
});
