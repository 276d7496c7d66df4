import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actualInWords } from '../scoring/read-number-fast';
import { withFinancialNumerals } from './chinese-numeral';
import { deriveTarget } from './derive-target';
import { withoutTypingSlips } from './normalize-text';
import { parseValue, parseValueWithNumerals } from './parse-value';

// Session 14 (held-out value cells set 5): slips of typing, comparator leads, 大写 numerals, a value in another
// magnitude than its unit column. Each row says what a clerk typed and what it means.

describe('withoutTypingSlips', () => {
  it.each([
    ['≥95%%', '≥95%'],
    ['≥99。5%', '≥99.5%'],
    ['≥ 9 8 %', '≥ 98 %'],
    ['（≥95%）', '≥95%'],
    ['(≤3天)', '≤3天'],
    ['≥95%）', '≥95%'],
    ['（≥95%', '≥95%'],
    // Left alone: thousands, a number and its unit, a remark with both brackets, a sentence's 。.
    ['≥ 1 500 人', '≥ 1 500 人'],
    ['3 个 工作日', '3 个 工作日'],
    ['95（%）', '95（%）'],
    ['≥95%（含）', '≥95%（含）'],
    ['（一）（二）', '（一）（二）'],
    ['完成。2次', '完成。2次'],
    // Set 6: 【】 and [] around the whole cell, a point before % with no digit after it, a blank beside a point.
    ['【≥95%】', '≥95%'],
    ['[≤10天]', '≤10天'],
    ['≥95.%', '≥95%'],
    ['≥ 98 .5%', '≥ 98.5%'],
    ['【定性】优', '【定性】优'],
    ['1.加强管理', '1.加强管理'],
    // Set 7: 《》 around the whole cell; OCR O/o for 0 and l/I for 1 inside a digit run, never inside a word or at a
    // run's end (5l is five litres, H2O and ISO9001 are names).
    ['《≥95%》', '≥95%'],
    ['执行《安全生产法》', '执行《安全生产法》'],
    ['≥9O%', '≥90%'],
    ['≤1o天', '≤10天'],
    ['≥1l0人', '≥110人'],
    ['≤5l', '≤5l'],
    ['H2O', 'H2O'],
    ['ISO9001认证', 'ISO9001认证'],
    ['≥10lx', '≥10lx'],
    // Set 8: a thousands comma inside the run keeps it one number; a comma before other than three is no grouping.
    ['≥1,OOO人', '≥1,000人'],
    ['≥2,5OO.5万元', '≥2,500.5万元'],
    ['1,O次', '1,O次'],
  ])('%s → %s', (raw, want) => expect(withoutTypingSlips(raw)).toBe(want));
});

describe('parseValue: slips of typing and comparator leads', () => {
  it.each<[string, string | null, number, string | null]>([
    ['≥98％%', '>=', 98, '%'],
    ['≤=5天', '<=', 5, '天'],
    ['≥=90%', '>=', 90, '%'],
    ['>/=90%', '>=', 90, '%'],
    ['</=10天', '<=', 10, '天'],
    ['98。6%', null, 98.6, '%'],
    ['（96%）', null, 96, '%'],
    ['95%（含）以上', '>=', 95, '%'],
    ['5个工作日（含）以内', '<=', 5, '个工作日'],
    ['3次(含本数)以上', '>=', 3, '次'],
    ['最高不超过5%', '<=', 5, '%'],
    ['最低不低于90%', '>=', 90, '%'],
    ['均达到100%', '>=', 100, '%'],
    ['在95%以上', '>=', 95, '%'],
    ['在30分钟内', '<=', 30, '分钟'],
    ['至少为3次', '>=', 3, '次'],
    ['30个自然日内', '<=', 30, '个自然日'],
    ['≥800元/人•年', '>=', 800, '元/人•年'],
    ['≥1.5m³/s', '>=', 1.5, 'm³/s'],
    // Set 6: two comparisons joined by 或, 及其以上 / 及以内, 最低 / 最高 before a figure, 严格 before a comparator.
    ['高于或等于95%', '>=', 95, '%'],
    ['达到或超过98%', '>=', 98, '%'],
    ['低于或等于3天', '<=', 3, '天'],
    ['不超过或等于5%', '<=', 5, '%'],
    ['95%及其以上', '>=', 95, '%'],
    ['3天及以内', '<=', 3, '天'],
    ['最低95%', '>=', 95, '%'],
    ['最高5%', '<=', 5, '%'],
    ['严格控制在5%以内', '<=', 5, '%'],
    ['≥90%（以第三方评估为准）', '>=', 90, '%'],
    // Set 8: a strict comparison run into 等于 is the bound included; 要 / 要求 before a comparator (or between two
    // words for the same bound) add nothing.
    ['高于等于90%', '>=', 90, '%'],
    ['低于等于2天', '<=', 2, '天'],
    ['至少要达到90%', '>=', 90, '%'],
    ['要达到95%', '>=', 95, '%'],
    ['要求不低于85%', '>=', 85, '%'],
    ['不超过应控制在5%', '<=', 5, '%'],
  ])('%s', (raw, sign, number, unit) => {
    expect(parseValue(raw)).toMatchObject({ kind: 'number', sign, number, unit });
  });

  it.each([
    // 在 with no bound after the number is a sentence; 为 before words is no figure.
    ['在规定时限内完成', 'text'],
    ['在3个工作日内完成', 'text'],
    ['至少为一般水平', 'reference'],
    // Two clauses with figures of their own: no one bound.
    ['不少于3次，每次不少于50人', 'text'],
    ['≥95%，较上年提高1个百分点', 'text'],
    ['不少于2人，且具备相应资质', 'text'],
    // 最低 / 最高 before words name a thing; 力争 is an aim (set 3), no bound; 估 alone still makes an estimate.
    ['最低生活保障标准', 'text'],
    ['力争达到98%', 'text'],
    // 要 alone is no sign; 要求 before words stays text.
    ['要95%', 'text'],
    ['要求全覆盖', 'text'],
    ['95%（估算）', 'text'],
    // A reference with a year stays one (README: ≥2024年水平).
    ['≥2024年水平', 'reference'],
  ])('%s is %s', (raw, kind) => expect(parseValue(raw).kind).toBe(kind));
});

describe('大写 numerals and numerals written one per place', () => {
  it.each<[string, number, string | null]>([
    ['叁次', 3, '次'],
    ['伍拾万元', 50, '万元'],
    ['壹佰人', 100, '人'],
    ['不少于贰拾次', 20, '次'],
    ['一〇〇%', 100, '%'],
    ['万分之五', 5, '‱'],
  ])('%s', (raw, number, unit) => expect(parseValueWithNumerals(raw)).toMatchObject({ kind: 'number', number, unit }));

  it.each(['陆续完成', '队伍建设', '伍拾', '二〇二五年底', '一二次'])('%s states no number of a unit', (raw) => {
    const p = parseValueWithNumerals(raw);
    expect(p.kind === 'number' && p.unit != null).toBe(false);
  });

  it('folds only a leading run of 大写', () => {
    expect(withFinancialNumerals('叁拾伍次')).toBe('三十五次');
    expect(withFinancialNumerals('队伍建设')).toBe('队伍建设');
    expect(withFinancialNumerals('培训叁次')).toBe('培训叁次');
  });

  it.each<[string, string | null, number | null]>([
    ['叁次', '次', 3],
    ['陆续完成三次', '次', 3], // 陆续 (one after another) is a lead, not 6 folded from 陆
    ['完成三次', '次', 3],
    // Set 7: a share in words read whole, in the row's unit; a clash states none.
    ['千分之三点五', '‰', 3.5],
    ['千分之五', '‰', 5],
    ['千分之五', '人', null],
  ])('完成值 %s under %s', (raw, unit, want) => expect(actualInWords(raw, unit)).toBe(want));
});

describe('deriveTarget: a value in another magnitude than its unit column', () => {
  it.each<[string, string, string, string]>([
    ['1.8亿元', '万元', '18000', '万元'],
    ['3000万元', '亿元', '0.3', '亿元'],
    ['50000元', '万元', '5', '万元'],
    ['≥3000万', '亿元', '0.3', '亿元'],
    ['500米', '千米', '0.5', '千米'],
    ['12,000元', '万元', '1.2', '万元'],
    // Unchanged: a magnitude the column lacks stays with the unit (README), the same unit, units of other things.
    ['5万元', '元', '5', '万元'],
    ['1.2万', '人次', '1.2', '万人次'],
    ['≥50万', '万元', '50', '万元'],
    ['1.2万人次', '万人', '1.2', '万人'],
    ['95%', '%', '95', '%'],
  ])('%s under %s', (value, unit, target, wantUnit) => {
    const d = deriveTarget({ value, unit });
    expect([d.target, d.unit]).toEqual([target, wantUnit]);
  });

  it('converts back and forth without changing the amount', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000_000 }), (yuan) => {
      const wan = Number(deriveTarget({ value: `${yuan}元`, unit: '万元' }).target);
      return Math.abs(wan * 10_000 - yuan) < 1e-6;
    }), { numRuns: 300 });
  });
});
