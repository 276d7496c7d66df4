import { describe, expect, it } from 'vitest';
import { deriveTarget } from './derive-target';

// Session 21 (held-out value cells set 15): targets as written in 2026 申报 systems' free-text 指标值 boxes. Each row says
// what the cell held and what it means.

describe('deriveTarget on average, total and per-head leads', () => {
  it.each([
    // 月均 / 日均 / 季均 / 年均 before a count: the count per that period, as 每月 gives it.
    ['月均≥20人次', null, '>=', '20', '人次/月'],
    ['日均不低于500人次', null, '>=', '500', '人次/日'],
    ['季均≥5场', null, '>=', '5', '场/季'],
    ['年均≥4次', null, '>=', '4', '次/年'],
    // 人均 / 户均 / 每千名… before a figure: per head or household, as 每千人口 gives it.
    ['人均≥2.5平方米', null, '>=', '2.5', '平方米/人'],
    ['户均≥1.5万元', null, '>=', '1.5', '万元/户'],
    ['每千名老年人≥35张', null, '>=', '35', '张/千名老年人'],
    // The unit column names the unit a figure after such a lead lacks, and wins as always.
    ['月均≥20', '人次', '>=', '20', '人次'],
    ['人均≥2.5', '平方米/人', '>=', '2.5', '平方米/人'],
    ['人均≥2.5平方米', '平方米', '>=', '2.5', '平方米'],
    // A change or a verb after the lead keeps the cell words; a percent per period is no frequency.
    ['年均增长≥8%', null, 'qualitative', '年均增长≥8%', null],
    ['人均培训≥10学时', null, 'qualitative', '人均培训≥10学时', null],
    ['月均≥95%', null, 'qualitative', '月均≥95%', null],
    ['每月≥95', '%', 'qualitative', '每月≥95', '%'],
    // 全年累计 / 累计 name the year's total as 全年 does; a month span stays words.
    ['全年累计≥240人次', null, '>=', '240', '人次'],
    ['累计≥240人次', null, '>=', '240', '人次'],
    ['1-10月累计≥200人次', null, 'qualitative', '1-10月累计≥200人次', null],
    ['每年度≥2次', null, '>=', '2', '次/年度'],
    // A named error of four characters before the bound: the bound is on it.
    ['预算执行偏差率≤5%', null, '<=', '5', '%'],
    // 12 of 12: a fraction, whatever unit follows; a base of a power of ten stays a rate.
    ['12/12个', null, 'qualitative', '12/12个', null],
    ['≥3/100人', null, '>=', '3', '/100人'],
    // Two scale words, each with its digit: one figure.
    ['1万2千人次', null, '=', '12000', '人次'],
    ['≥3千5百册', null, '>=', '3500', '册'],
  ] as Array<[string, string | null, string, string, string | null]>)('%s under %s', (value, unit, comparator, target, expectedUnit) => {
    expect(deriveTarget({ value, unit })).toEqual({ comparator, target, unit: expectedUnit });
  });
});
