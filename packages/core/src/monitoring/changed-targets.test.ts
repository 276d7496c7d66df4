import { describe, expect, it } from 'vitest';
import { changedTarget, plainerValue, shareInOtherWords } from './changed-targets';

describe('changedTarget', () => {
  it.each([
    ['指标已调整为8个，已完成6个', { target: 8, comparator: null, actual: '已完成6个' }],
    ['目标调整为600户，已完成320户', { target: 600, comparator: null, actual: '已完成320户' }],
    ['指标值调整为≥90%，完成92%', { target: 90, comparator: '>=', actual: '完成92%' }],
    ['已完成800户（指标已调整为1500户）', { target: 1500, comparator: null, actual: '已完成800户' }],
    ['原指标10个，调整为6个，完成3个', { target: 6, comparator: null, actual: '完成3个' }],
    ['指标调整为≤8个工作日，平均6个工作日', { target: 8, comparator: '<=', actual: '平均6个工作日' }],
    ['已按调整后指标完成8个', null],
    ['指标已调整为8个', null],
    ['因政策调整取消', null],
    ['完成6个', null],
  ] as const)('%s', (actual, want) => expect(changedTarget(actual)).toEqual(want));
});

describe('plainerValue', () => {
  it.each([
    ['已全部完成（5月）', 9, '已全部完成'],
    ['提前4个月完成', 9, '已提前完成'],
    ['全年任务已于一季度完成', 6, '已完成全年任务'],
    ['全年任务已于三季度完成', 6, '全年任务已于三季度完成'],
    ['完成12个（5月）', 9, '完成12个（5月）'],
    ['已完成', 9, '已完成'],
  ] as const)('%s in month %i', (actual, month, want) => expect(plainerValue(actual, month)).toBe(want));
});

describe('shareInOtherWords', () => {
  it.each([
    ['完成年度目标的1.2倍', 120],
    ['已完成目标任务的一半以上', 50],
    ['全年目标已完成九成以上', 90],
    ['完成年度目标值的45%', 45],
    ['完成率达年度目标的60%', 60],
    ['目标完成度45%', 45],
    ['完成45个', null],
    ['合格率96%', null],
  ] as const)('%s', (actual, want) => expect(shareInOtherWords(actual)).toBe(want));
});
