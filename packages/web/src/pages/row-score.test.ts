import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, emptyForm, indicatorSchema, scoreSelfEvaluation, type Indicator, type ProjectSelfEvaluation } from '@jixiao/core';
import { rowScoreText, scoresDiffer } from './row-score';
import { computedBeside } from './review-self-evaluation';
import { ownTotal } from './self-evaluation-own-scores';

const row = (patch: Partial<Indicator>): Indicator =>
  indicatorSchema.parse({ level1: '产出指标', level2: '数量指标', name: '培训场次', weight: 10, unit: '次', comparator: '>=', target: '10', ...patch });
const deduction = (score: number | null) => row({ level1: '扣分项', level2: null, name: '违规使用资金', comparator: null, target: '', weight: 5, score });

describe('rowScoreText', () => {
  it.each([
    ['an indicator prints as stated', row({}), 9.5, '9.5'],
    ['a 扣分项 written 2 prints as a deduction', deduction(null), 2, '-2'],
    ['a 扣分项 written −2 prints the same', deduction(null), -2, '-2'],
    ['no score is a dash', deduction(null), null, '—'],
  ] as const)('%s', (_name, ind, score, text) => {
    expect(rowScoreText(ind, score)).toBe(text);
  });
});

describe('scoresDiffer', () => {
  it.each([
    ['a 扣分项 of 2 agrees with the system\'s −2', deduction(2), 2, -2, false],
    ['a 扣分项 of 3 differs from the system\'s −2', deduction(3), 3, -2, true],
    ['equal scores agree', row({}), 9, 9, false],
    ['half a cent is no difference', row({}), 9, 9.004, false],
    ['a stated none differs from a computed score', row({}), null, 9, true],
    ['a row the rules leave unscored differs from nothing', row({}), 9, null, false],
    ['a 合计 row differs from nothing', row({ level1: null, level2: null, name: '合计' }), 90, 80, false],
  ] as const)('%s', (_name, ind, own, computed, differs) => {
    expect(scoresDiffer(ind, own, computed)).toBe(differs);
  });
});

describe('the reviewer\'s page and the unit\'s read a 扣分项 alike', () => {
  const sheet = (indicators: Indicator[]): ProjectSelfEvaluation => ({
    ...(emptyForm('project_self_evaluation') as ProjectSelfEvaluation),
    budget: { initial_wan: 100, adjusted_wan: 100, executed_wan: 100, execution_rate: null, weight: 10, score: null, reason: null },
    indicators,
  });
  it.each([
    ['written 2', 2],
    ['written −2', -2],
  ] as const)('a deduction %s: not marked as differing, and the unit\'s total subtracts it as core scoring does', (_name, written) => {
    const form = sheet([row({ actual: '10', score: 10 }), deduction(written)]);
    const score = scoreSelfEvaluation(form, { policy: DEFAULT_POLICY });
    expect(score.indicators[1]?.score).toBe(-2);
    expect(computedBeside(form, score)[1]?.differs).toBe(false);
    expect(rowScoreText(form.indicators[1]!, form.indicators[1]!.score)).toBe(rowScoreText(form.indicators[1]!, score.indicators[1]!.score));
    expect(ownTotal(form, score)).toBe(score.total);
    expect(score.total).toBe(10 + 10 - 2);
  });
});
