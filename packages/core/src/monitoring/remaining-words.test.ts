import { describe, expect, it } from 'vitest';
import { indicatorLight } from './monitoring-lights';
import { saysUnfinished } from './progress-words';
import { remainingOfTarget, saysSomeLeft } from './remaining-words';

describe('remainingOfTarget', () => {
  it.each<[string, { amount: number; unit: string } | null]>([
    ['剩余15户未完成', { amount: 15, unit: '户' }], ['还差6个点位未建成', { amount: 6, unit: '个点位' }],
    ['剩余资金120万元未拨付', { amount: 120, unit: '万元' }], ['尚有300万元未支付', { amount: 300, unit: '万元' }],
    ['距目标还差3个百分点', { amount: 3, unit: '个百分点' }], ['剩余工程量约30%', { amount: 30, unit: '%' }],
    ['剩余3次待下半年开展', { amount: 3, unit: '次' }], ['还差 1,200 人', { amount: 1200, unit: '人' }],
    // A done figure first is the value (round 7); a bare 有 is no remainder; words without a figure state no amount.
    ['已完成90户，剩余30户', null], ['有3户', null], ['尚有部分未完成', null], ['剩余资金', null],
  ])('%s', (text, want) => expect(remainingOfTarget(text)).toEqual(want));

  it.each<[string, boolean]>([['剩余2户未完成', true], ['剩余0户', false], ['还差3个点位', true], ['已全部完成', false]])('saysSomeLeft(%s) = %s', (text, want) => {
    expect(saysSomeLeft(text)).toBe(want);
    if (want) expect(saysUnfinished(text)).toBe(true);
  });

  it.each<[string, string, string | null, number, string, number | null]>([
    ['60', '剩余15户未完成', '户', 8, 'green', 112.5],
    ['120', '剩余96,000元', '万元', 8, 'blue', 138],
    ['95', '距目标还差3个百分点', '%', 10, 'green', 96.84],
    ['30', '剩余工程量约30%', '公里', 10, 'green', 84],
    ['4', '还有3户', '次', 8, 'none', null],
  ])('indicatorLight %s %s under %s at %i', (target, actual, unit, month, light, progress) => {
    const r = indicatorLight({ comparator: '>=', target, actual, unit, month });
    expect([r.light, r.progress]).toEqual([light, progress]);
  });
});
