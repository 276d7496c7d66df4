import { describe, expect, it } from 'vitest';
import { listedByPeriod, partOfWhole, roughFigure } from './period-lists';

describe('listedByPeriod', () => {
  it.each<[string, string, boolean, number, number | null]>([
    ['一季度3次，二季度4次', '次', true, 7, 7],
    ['1-3月120人次，4-6月90人次', '人次', true, 7, 210],
    ['一季度完成投资120万元，二季度完成投资150万元', '万元', true, 7, 270],
    ['1月96%、2月97%、3月98%', '%', false, 3, 98],
    ['一季度5.8%，二季度5.6%', '%', false, 7, 5.6],
    ['一季度3次，三季度4次', '次', true, 6, null], // a period after month m
    ['二季度3次，一季度4次', '次', true, 7, null], // out of order
    ['一季度3次，累计7次', '次', true, 7, null], // not every clause a period
    ['1-6月完成6次', '次', true, 6, null], // one period: not a list
  ])('%s (%s, month %d)', (actual, unit, cumulative, month, value) => {
    expect(listedByPeriod(actual, unit, '', '>=', cumulative, month)?.value ?? null).toBe(value);
  });
});

describe('partOfWhole', () => {
  it.each<[string, number | null]>([
    ['已覆盖38个村（共40个）', 95],
    ['检测120批次，合格119批次', (119 / 120) * 100],
    ['应参保1,200人，已参保900人', 75],
    ['已覆盖38/40个村', 95],
    ['培训120人次，覆盖30个村', null], // different measure words
    ['完成12个，占计划80%', null], // a percent stated
    ['7月完成38个', null], // a month is no count
  ])('%s', (actual, rate) => {
    expect(partOfWhole(actual)).toBe(rate);
  });
});

describe('roughFigure', () => {
  it.each<[string, boolean, string]>([
    ['约二十次', true, '二十次'],
    ['约二十次', false, '约二十次'],
    ['两千余册', false, '两千册'],
    ['已完工3座，在建2座', true, '已完工3座'],
    ['应参保1,200人，已参保900人', true, '应参保1,200人，已参保900人'],
  ])('%s (before year end: %s)', (actual, before, read) => {
    expect(roughFigure(actual, before)).toBe(read);
  });
});
