import { describe, expect, it } from 'vitest';
import type { Comparator } from '../forms/forms-schema';
import type { QualitativeChoice } from '../scoring/score-types';
import { indicatorLight, judgedByPick, type IndicatorLightInput, type Light } from './monitoring-lights';

function row(comparator: Comparator | null, target: string, unit: string | null, actual: string | null, choice: QualitativeChoice | null = null): IndicatorLightInput {
  return { comparator, target, unit, actual, choice, month: 6 };
}

// rules.md §4: a progress value typed as a share of the target under a count target is that share of the target.
describe('a percentage progress value under a count target', () => {
  it.each([
    ['50% of ≥196栋 by June: on plan', row('>=', '196', '栋', '50%'), 'green', 100],
    ['完成50%', row('>=', '196', '栋', '完成50%'), 'green', 100],
    ['已完成计划的60%', row('>=', '196', '栋', '已完成计划的60%'), 'blue', 120],
    ['25% of the count by June: behind', row('>=', '196', '栋', '25%'), 'red', 50],
    ['in words', row('>=', '200', '户', '百分之四十点五'), 'green', 81],
    ['the count unit written with the target', row('>=', '≥196栋', null, '50%'), 'green', 100],
    ['= count target', row('=', '12', '次', '已完成50%'), 'green', 100],
    // A rate stays a rate: 50% under ≥95% is 50%.
    ['% under a % target', row('>=', '95', '%', '50%'), 'red', 52.63],
  ] as const)('%s', (_, input, light: Light, progress) => {
    const r = indicatorLight(input);
    expect(r.light).toBe(light);
    expect(r.progress).toBe(progress);
  });

  it('says the share was read as a share of the target', () => {
    const r = indicatorLight(row('>=', '196', '栋', '50%'));
    expect(r.explanation).toContain('按年度目标196栋的50%计');
  });

  it('leaves a ceiling on a count to the count (a share of a limit says nothing of it)', () => {
    expect(indicatorLight(row('<=', '5', '起', '50%')).light).not.toBe('green');
  });
});

// A `=` row whose target is words (有所提升, unit 定性) is judged as a qualitative row: by the expected-completion pick.
describe('a `=` row with a target in words', () => {
  it.each([
    ['达成 under 定性', row('=', '有所提升', '定性', null, '达成'), 'green'],
    ['部分达成 without a unit', row('=', '有所提升', null, '按计划推进', '部分达成'), 'yellow'],
    ['未达成', row('=', '明显改善', '定性', '', '未达成'), 'red'],
    // No pick: what the progress words say, as for a qualitative row.
    ['no pick, progress on plan', row('=', '有所提升', '定性', '按计划推进'), 'green'],
    ['no pick, no words', row('=', '有所提升', '定性', null), 'none'],
    // A number target keeps its arithmetic.
    ['a number target', row('=', '12', '次', '6次', '未达成'), 'green'],
  ] as const)('%s', (_, input, light: Light) => {
    expect(indicatorLight(input).light).toBe(light);
  });

  it('asks for the pick when there is none', () => {
    expect(indicatorLight(row('=', '有所提升', '定性', null)).explanation).toContain('请选择');
  });
});

describe('judgedByPick', () => {
  it.each([
    ['qualitative', '明显提升', true], [null, '有所提升', true], ['=', '有所提升', true], ['=', '12', false], ['=', '≥12次', false],
    ['=', '', false], ['>=', '上年水平', false], ['>=', '95', false],
    // A date to meet is judged by the completion date or the period; a number with no comparator by arithmetic.
    ['=', '6月30日前完成', false], ['=', '年底前完成', false], [null, '≥95%', false], [null, '120', false],
  ] as const)('%s %j → %s', (cmp, target, want) => expect(judgedByPick(cmp, target)).toBe(want));
});

describe('a deadline row under = is lit by its date, whatever the pick says', () => {
  it.each([
    ['6月30日前完成', '2024年7月15日', 9, 'red'],
    ['6月底前完成', '尚未完成', 9, 'red'],
    ['6月30日前完成', '2024年6月20日', 9, 'green'],
  ] as const)('%s, %s at month %i → %s', (target, actual, month, want) => {
    const input: IndicatorLightInput = { name: '项目完成时间', comparator: '=', target, unit: null, actual, month, choice: '达成' };
    expect(indicatorLight(input).light).toBe(want);
  });
});
