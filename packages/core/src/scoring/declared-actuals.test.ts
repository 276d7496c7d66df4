import { describe, expect, it } from 'vitest';
import { actualInWords } from './read-number-fast';
import { readActualInUnit } from './read-actual-in-unit';

// Session 21 (held-out value cells set 15): 完成值 as clerks type them in 自评 columns. Each row says what the cell held
// and what it states in the row's unit (null: no number, left to a person).

describe('readActualInUnit on 自评 完成值', () => {
  it.each([
    // 余 / 多 after a magnitude: more than the figure, read as the figure.
    ['1.2万余人', '人', 12000],
    ['3千余人', '人', 3000],
    ['1千余人次', '人次', 1000],
    // 百 before a unit scales it; 百分 / 百米 do not.
    ['6百人次', '人次', 600],
    ['2百万元', '万元', 200],
    // Two scale words with their digits.
    ['1万2千人次', '人次', 12000],
    // An attachment's number and a ± band state no figure of the row.
    ['详见附件1', '个', null],
    ['见附表2', '%', null],
    ['±0.3℃', '℃', null],
    // What the count counts, then that all was done; a negation keeps it no number.
    ['12个乡镇全部覆盖', '个', 12],
    ['12个乡镇未覆盖', '个', null],
  ] as Array<[string, string, number | null]>)('%s under %s', (actual, unit, expected) => {
    const v = readActualInUnit(actual, unit, '', '>=').value;
    expect(Number.isNaN(v) ? null : v).toBe(expected);
  });
});

describe('actualInWords with 余 / 多', () => {
  it.each([
    ['三千余册', '册', 3000],
    ['二十余场', '场', 20],
    ['共计二十多场', '场', 20],
    ['约二十余场', '场', null],
  ] as Array<[string, string, number | null]>)('%s under %s', (actual, unit, expected) => {
    expect(actualInWords(actual, unit)).toBe(expected);
  });
});
