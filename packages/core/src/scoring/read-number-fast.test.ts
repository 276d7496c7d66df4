import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numericValue } from '../values/parse-value';
import { actualInWords, hasDigit, plainDecimal, quickNumber, readActual, readValue } from './read-number-fast';

/** 1 ≤ n ≤ 9999 in Chinese numerals, as people write a count (十二, 一百零五, 三千零二十). */
function spellSmall(n: number): string {
  const digits = '零一二三四五六七八九';
  let out = '';
  let zero = false;
  for (const [place, unit] of [[1000, '千'], [100, '百'], [10, '十'], [1, '']] as const) {
    const d = Math.floor(n / place) % 10;
    if (d === 0) { zero = out !== ''; continue; }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && place === 10 && out === '' ? '' : digits[d]!) + unit;
  }
  return out;
}

describe('fast number reading', () => {
  it.each([
    ['12', 12], ['-3', -3], ['+4', 4], ['40.73', 40.73], ['.5', 0.5], ['', NaN], ['-', NaN], ['1.2.3', NaN], ['1,000', NaN], ['12次', NaN], ['1e5', NaN],
  ] as const)('plainDecimal(%j)', (s, n) => {
    expect(plainDecimal(s)).toBe(n);
  });

  it('reads a decimal to the same double as Number', () => {
    const digits = fc.array(fc.constantFrom(...'0123456789'), { maxLength: 12 }).map((d) => d.join(''));
    fc.assert(fc.property(fc.constantFrom('', '-', '+'), digits, fc.option(digits), (sign, whole, frac) => {
      const s = sign + whole + (frac == null ? '' : `.${frac}`);
      const shaped = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s);
      expect(Object.is(plainDecimal(s), shaped ? Number(s) : NaN)).toBe(true);
    }), { numRuns: 20000 });
    for (const s of ['-0', '0.1', '0.3', '2.675', '123456789012345', '1234567890123456.5', '9007199254740993']) expect(plainDecimal(s)).toBe(Number(s));
  });

  it.each([
    ['≥12', 12], ['≤48', 48], ['>=5', 5], ['<=5', 5], ['=6', 6], ['>3', 3], ['90%', 90], ['≥95%', 95], ['≥', NaN], ['%', NaN], ['≥较好', NaN], ['12人', NaN],
  ] as const)('quickNumber(%j)', (s, n) => {
    expect(quickNumber(s)).toBe(n);
  });

  it.each([
    ['95', { kind: 'number', number: 95 }], ['≥ 12 人', { kind: 'number', number: 12 }], ['１０５５．４', { kind: 'number', number: 1055.4 }],
    ['≤预算控制数', { kind: 'reference', text: '预算控制数' }], ['有效提高', { kind: 'text', text: '有效提高' }], [null, { kind: 'empty' }], ['', { kind: 'empty' }],
  ] as const)('readValue(%j)', (s, v) => {
    expect(readValue(s)).toEqual(v);
  });

  it('agrees with the full parser whenever the fast path answers', () => {
    const glyph = fc.constantFrom('', '≥', '≤', '>', '<', '=', '>=', '<=');
    const num = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => String(Math.round(x * 100) / 100));
    fc.assert(fc.property(glyph, num, fc.constantFrom('', '%'), (g, n, pct) => {
      const s = g + n + pct;
      const q = quickNumber(s);
      return q !== q || q === numericValue(s);
    }));
  });

  it('a text without a digit is never read as a number (hasDigit guards the full parser)', () => {
    const text = fc.array(fc.constantFrom(...'已完成达到≥≤=%％．.,，一二十百万 \u3000１9a'), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (s) => {
      if (!hasDigit(s)) expect(readValue(s).kind).not.toBe('number');
      expect(hasDigit(s)).toBe(/[0-9０-９]/.test(s));
    }), { numRuns: 5000 });
  });
});

describe('readActual', () => {
  it.each([
    ['12', 12], ['≥12', 12], ['已完成12次', 12], ['共完成15项', 15], ['累计培训120人次', 120], ['平均36小时', 36],
    ['实际完成98%', 98], ['全年1,200人', 1200], ['完成12次（含线上）', 12],
    // Not a level the row reached: negated, estimated, a change, compared, or no single number.
    ['未完成12次', null], ['约5家', null], ['较上年增长12%', null], ['下降3个百分点', null], ['超12次', null],
    ['2024年完成12次', null], ['完成12次中的10次', null], ['已完成', null], ['12次左右', null], ['基本完成', null],
  ] as const)('%s', (raw, want) => {
    const v = readActual(raw);
    expect(v.kind === 'number' ? v.number : null).toBe(want);
  });

  it.each([
    // A numeral after a short lead, with its unit or alone, read as its digits would be.
    ['完成六次', null, 6], ['三千人', null, 3000], ['两个', null, 2], ['培训三百人次', null, 300], ['一千二百户', null, 1200],
    ['六', null, 6], ['十二次', null, 12], [' 已完成十二场 ', null, 12], ['一季度完成三次', null, 3], ['完成三次（含线上）', null, 3],
    ['不少于六次', null, 6], ['六次以上', null, 6], ['零次', null, 0], ['〇', null, 0], ['两千五', null, 2500],
    // A numeral ending in the magnitude the row's unit starts with is a number in that unit.
    ['三万人', '万人', 3], ['三万人', '人', 30000], ['三万人', null, 30000], ['三百万元', '万元', 300], ['一亿五千万元', '万元', 15000],
    ['三千米', '千米', 3], ['三千米', '米', 3000], ['五十千米', '千米', 50],
    // Negated, estimated, no unit after the numeral, a lead before a bare numeral, or no numeral at all.
    ['未完成三次', null, null], ['约五家', null, null], ['六次左右', null, null], ['一次性完成', null, null], ['统一', null, null],
    ['第一', null, null], ['已完成', null, null], ['千家万户', null, null], ['完成十四五规划', null, null], ['一般', null, null],
    ['百姓满意', null, null], ['', null, null], [null, null, null],
    // A decimal point between numerals (九十五点五分, 零点五); 点 as a word or a time is never one.
    ['九十五点五分', '分', 95.5], ['完成九十五点五分', '分', 95.5], ['零点五', null, 0.5], ['三点五万人', '万人', 3.5], ['一点五倍', '倍', 1.5],
    ['试点五个', '个', 5], ['三点钟', null, null], ['两点建议', null, null], ['三点五十分', null, null], ['两点五分', '分', null], ['重点', null, null],
    ['站点', null, null], ['点位', null, null],
    // A unit that cannot be the row's (一点五倍 under %, 三次 under %) states no number of it.
    ['一点五倍', '%', null], ['三次', '%', null],
    // The number in the row's unit, as its digits would be: a magnitude after a decimal belongs to the unit.
    ['培训一点五万人次', '人次', 15000], ['一点五万人次', '万人次', 1.5], ['三天', '小时', 72],
  ] as const)('actualInWords(%j, %j) → %s', (raw, unit, want) => {
    expect(actualInWords(raw, unit)).toBe(want);
  });

  it('actualInWords reads what readActual reads of the same text in digits', () => {
    const lead = fc.constantFrom('', '完成', '已完成', '累计培训', '未完成', '约', '共');
    const unit = fc.constantFrom('', '次', '人次', '个', '户', '左右', '次以上', '性');
    fc.assert(fc.property(lead, fc.integer({ min: 1, max: 9999 }), unit, (l, n, u) => {
      const inDigits = readActual(l + String(n) + u);
      const words = actualInWords(l + spellSmall(n) + u);
      // Words say less than digits (一次性, 共三 read as nothing), never something else.
      if (words != null) expect(inDigits).toEqual({ kind: 'number', number: words });
      if (u !== '' && u !== '性' && inDigits.kind === 'number') expect(words).toBe(n);
    }), { numRuns: 3000 });
  });

  it('reads targets as before: readValue keeps a lead in words as text', () => {
    expect(readValue('已完成12次').kind).toBe('text');
  });
});
