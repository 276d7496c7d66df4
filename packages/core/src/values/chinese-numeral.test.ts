import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNumeralCode, lastNumeral, readChineseDecimal, readChineseNumeral, readSpan } from './chinese-numeral';

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const PLACE_CHARS = ['', '十', '百', '千'];

/**
 * The standard spelling of n (0 ≤ n < 10¹²): one 零 for each run of skipped places, 十二 rather than 一十二 at the
 * start, and optionally 两 for a 2 before 百/千/万/亿 (两千, 两万) and 〇 for 零, as people write them.
 */
function spell(n: number, liang = false, circle = false): string {
  if (n === 0) return circle ? '〇' : '零';
  const zero = circle ? '〇' : '零';
  const groups: Array<[number, string]> = [[Math.floor(n / 1e8), '亿'], [Math.floor(n / 1e4) % 1e4, '万'], [n % 1e4, '']];
  let out = '';
  let gap = false;
  for (const [g, big] of groups) {
    if (g === 0) {
      if (out !== '') gap = true;
      continue;
    }
    if (out !== '' && (gap || g < 1000)) out += zero;
    out += spellGroup(g, out === '', liang && (g !== 2 || big !== ''), zero) + big;
    gap = false;
  }
  return out;
}

function spellGroup(g: number, first: boolean, liang: boolean, zero: string): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(g / 10 ** place) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += zero;
    pendingZero = false;
    // 十二, 十万: a leading 一十 drops its 一; inside a numeral it stays (一百一十, 一万零一十).
    const digit = d === 1 && place === 1 && out === '' && first ? '' : d === 2 && liang && (place >= 2 || g === 2) ? '两' : DIGIT_CHARS[d]!;
    out += digit + PLACE_CHARS[place]!;
  }
  return out;
}

describe('readChineseNumeral', () => {
  it.each([
    ['零', 0], ['〇', 0], ['一', 1], ['两', 2], ['九', 9], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一十二', 12],
    ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['一百〇五', 105], ['三百五十', 350], ['一千二百', 1200], ['一千零五十', 1050],
    ['一千零二', 1002], ['两千', 2000], ['三千', 3000], ['一万', 10000], ['十万', 100000], ['二十五万', 250000], ['一万五千', 15000],
    ['一万零五百', 10500], ['一百万', 1e6], ['一千二百万', 12e6], ['一亿', 1e8], ['十亿', 1e9], ['一亿零五万', 100050000],
    ['一亿五千万', 1.5e8], ['九千九百九十九万九千九百九十九', 99999999],
    // A digit closing the numeral after 百 and above is one place lower; after 十 or 零 it is the ones.
    ['两千五', 2500], ['三百五', 350], ['一千二', 1200], ['一万五', 15000], ['一亿五', 1.5e8], ['三千五万', 35e6], ['一万五千五', 15500],
    ['二十五', 25], ['一千零五', 1005], ['一万零五', 10005],
  ] as const)('%s → %s', (s, want) => expect(readChineseNumeral(s)).toBe(want));

  it.each([
    // Names, lists, years and words that only contain numeral chars.
    '十四五', '一二', '二〇二四', '千家万户', '百姓', '百', '千', '万', '亿', '千万', '百万', '万一',
    // Places out of order or doubled, units without their digit inside a numeral.
    '十百', '百十', '一百十', '一千百', '一万万', '一万亿', '一万一千万', '十十',
    // 零 misplaced: first, last, doubled, after a digit, before a unit.
    '零五', '一百零', '一千零零五', '一零五', '一百零十', '零零',
    // Not numerals at all.
    '', '三次', '5', '三5', '一.五',
  ])('%j is not a numeral', (s) => expect(readChineseNumeral(s)).toBeNull());

  it('reads back every number the reference speller writes, 0 to 99,999,999', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.boolean(), fc.boolean(), (n, liang, circle) => {
      expect(readChineseNumeral(spell(n, liang, circle))).toBe(n);
    }), { numRuns: 20000 });
    for (const n of [0, 1, 10, 11, 20, 101, 110, 1000, 1001, 1010, 10001, 10010, 100000, 100010, 1000001, 10000000, 10010000, 99999999]) {
      expect(readChineseNumeral(spell(n))).toBe(n);
    }
    expect([spell(10010), spell(100000), spell(1000001), spell(20000, true)]).toEqual(['一万零一十', '十万', '一百万零一', '两万']);
  });

  it('reads numbers up to 亿 groups as spelled', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 99_999_999 }), (yi, rest) => {
      const n = yi * 1e8 + rest;
      expect(readChineseNumeral(spell(n))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('never reads a shuffled string of numeral chars as something it did not spell', () => {
    // Whatever it accepts, it accepts as the one value that string can stand for: spell(value) reads the same.
    const chars = fc.array(fc.constantFrom(...'零一二两三四五六七八九十百千万亿'), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(fc.property(chars, (s) => {
      const v = readChineseNumeral(s);
      if (v == null) return;
      expect(Number.isInteger(v) && v >= 0 && v < 1e12).toBe(true);
      expect(readChineseNumeral(spell(v))).toBe(v);
    }), { numRuns: 20000 });
  });

  it('reads a span in place', () => {
    expect(readSpan('完成三百人次', 2, 4)).toBe(300);
    expect(readSpan('完成三百人次', 2, 2)).toBeNull();
  });
});

describe('readChineseDecimal', () => {
  it.each([
    ['四十三点二', 43.2], ['九十五点五', 95.5], ['零点五', 0.5], ['〇点二五', 0.25], ['一点五', 1.5], ['一百点零五', 100.05],
    ['十点〇一', 10.01], ['三千点五', 3000.5], ['九十五', 95], ['零', 0],
  ] as const)('%s → %s', (s, want) => expect(readChineseDecimal(s)).toBe(want));

  it.each([
    // 两点 is o'clock or "two points", not 2.; a fraction is digits only (三点五十 is a time); a point needs both sides.
    '两点五', '三点五十', '三点两', '三点', '点五', '三点五点五', '十四五点二', '重点', '三点钟', '一.五',
  ])('%j is not a decimal', (s) => expect(readChineseDecimal(s)).toBeNull());

  it('reads a spelled whole number, 点 and spelled digits as the decimal they write', () => {
    const fraction = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999 }), fraction, fc.boolean(), (n, digits, circle) => {
      const words = spell(n, false, circle) + '点' + digits.map((d) => (d === 0 && circle ? '〇' : DIGIT_CHARS[d]!)).join('');
      expect(readChineseDecimal(words)).toBe(Number(`${n}.${digits.join('')}`));
    }), { numRuns: 3000 });
  });
});

describe('lastNumeral', () => {
  it.each([
    ['完成六次', { start: 2, end: 3, value: 6 }],
    ['培训三百人次', { start: 2, end: 4, value: 300 }],
    ['一千二百户', { start: 0, end: 4, value: 1200 }],
    ['一季度完成三次', { start: 5, end: 6, value: 3 }],
    ['三万人', { start: 0, end: 2, value: 30000 }],
    ['已完成', null], ['千家万户', null], ['完成十四五规划', null], ['', null],
    // A decimal point between two numerals joins them (九十五点五分); a magnitude after the fraction starts the unit.
    ['九十五点五分', { start: 0, end: 5, value: 95.5 }], ['百分之四十三点二', { start: 3, end: 8, value: 43.2 }],
    ['零点五', { start: 0, end: 3, value: 0.5 }], ['一点五倍', { start: 0, end: 3, value: 1.5 }], ['三点五万人', { start: 0, end: 3, value: 3.5 }],
    // 点 after a word is a place (试点, 网点), not a point: the numeral after it stands alone.
    ['试点五个', { start: 2, end: 3, value: 5 }], ['网点三个', { start: 2, end: 3, value: 3 }],
    // Numerals either side of a 点 that is no decimal point (a time, 两点) are no number, never the part after it.
    ['三点五十分', null], ['两点五分', null], ['十四五点二', null],
  ] as const)('%s', (s, want) => expect(lastNumeral(s)).toEqual(want));

  it('knows the numeral chars', () => {
    expect([...'零〇一二两三四五六七八九十百千万亿'].every((c) => isNumeralCode(c.charCodeAt(0)))).toBe(true);
    expect([...'完成次人5个'].some((c) => isNumeralCode(c.charCodeAt(0)))).toBe(false);
  });
});
