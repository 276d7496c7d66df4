import { describe, expect, it } from 'vitest';
import { inRowUnit, readActualInUnit } from './read-actual-in-unit';

// Session 23 (held-out value cells set 17, sheets set 18): a figure inside the indicator's name, tenths, rates per 亩.

const read = (actual: string, unit: string | null): number | null => {
  const v = readActualInUnit(actual, unit, '', '>=').value;
  return Number.isNaN(v) ? null : v;
};

describe('readActualInUnit past a figure inside a name', () => {
  it.each([
    // The first figure belongs to a name (PM2.5, 5G, 3D); the one after the name is the actual.
    ['PM2.5浓度32μg/m³', 'μg/m³', 32],
    ['5G覆盖率97%', '%', 97],
    ['3D打印机2台', '台', 2],
    // A figure that reads where it stands is the actual (COD is the name, 15 the level).
    ['COD15mg/L', 'mg/L', 15],
    ['合格率96.5%', '%', 96.5],
    // Nothing after the name: no actual.
    ['5G覆盖率', '%', null],
    // 零下 is the minus of a level below zero.
    ['零下20℃', '℃', -20],
  ] as Array<[string, string, number | null]>)('%s under %s', (actual, unit, expected) => {
    expect(read(actual, unit)).toBe(expected);
  });
});

describe('inRowUnit on tenths and rates per the same base', () => {
  it.each([
    // A figure in 成 is a share: no rate of a % row, no count, but the figure under a 成 row.
    [9, '成', '%', null],
    [9, '成', '户', null],
    [9, '成', '成', 9],
    // A rate per the same base converts as its measure does; two measures clash; other bases stay as written.
    [1050, '斤/亩', '公斤/亩', 525],
    [2, '吨/公顷', '公斤/公顷', 2000],
    [3, '公斤/亩', '天/亩', null],
    [500, '元/亩', '元/户', 500],
  ] as Array<[number, string, string, number | null]>)('%s %s under %s', (n, written, row, expected) => {
    const v = inRowUnit(n, written, row).value;
    expect(Number.isNaN(v) ? null : v).toBe(expected);
  });
});
