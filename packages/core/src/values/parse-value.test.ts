import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseValue, parseValueWithNumerals, parseAmount, isPlausibleUnit, isFractionUnit, numericValue, readRange, readSign } from './parse-value';
import { foldWidth } from './normalize-text';
import { deriveTarget } from './derive-target';

describe('parseValue', () => {
  it.each([
    ['≥95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥0.2个百分点', { kind: 'number', sign: '>=', number: 0.2, unit: '个百分点' }],
    ['1.5百分点', { kind: 'number', sign: null, number: 1.5, unit: '百分点' }],
    ['=6 人', { kind: 'number', sign: '=', number: 6, unit: '人' }],
    ['74 人', { kind: 'number', sign: null, number: 74, unit: '人' }],
    ['≤48 小时', { kind: 'number', sign: '<=', number: 48, unit: '小时' }],
    // Measures in Latin letters and symbols are units too.
    ['≤50mg/L', { kind: 'number', sign: '<=', number: 50, unit: 'mg/L' }],
    ['≤35μg/m³', { kind: 'number', sign: '<=', number: 35, unit: 'μg/m³' }],
    ['≤70dB(A)', { kind: 'number', sign: '<=', number: 70, unit: 'dB' }],
    ['≤1NTU', { kind: 'number', sign: '<=', number: 1, unit: 'NTU' }],
    ['≤60km/h', { kind: 'number', sign: '<=', number: 60, unit: 'km/h' }],
    ['≥100Mbps', { kind: 'number', sign: '>=', number: 100, unit: 'Mbps' }],
    ['≥5 hello', { kind: 'reference', sign: '>=', text: '5 hello' }],
    // A rate per population base: the base is the unit.
    ['≤10/10万', { kind: 'number', sign: '<=', number: 10, unit: '/10万' }],
    ['≤5例/万人', { kind: 'number', sign: '<=', number: 5, unit: '例/万人' }],
    ['≤3/千', { kind: 'number', sign: '<=', number: 3, unit: '/千' }],
    ['≤16.5/10万活产', { kind: 'number', sign: '<=', number: 16.5, unit: '/10万活产' }],
    ['1,055.4', { kind: 'number', sign: null, number: 1055.4, unit: null }],
    ['≧1', { kind: 'number', sign: '>=', number: 1 }],
    ['＝100', { kind: 'number', sign: '=', number: 100 }],
    ['不低于90%', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['≥12', { kind: 'number', sign: '>=', number: 12 }],
    ['９５％', { kind: 'number', sign: null, number: 95, unit: '%' }],
    ['95%以上', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['控制在48小时以内', { kind: 'number', sign: '<=', number: 48, unit: '小时' }],
    ['大于等于3次', { kind: 'number', sign: '>=', number: 3, unit: '次' }],
    ['不超过 10 万元', { kind: 'number', sign: '<=', number: 10, unit: '万元' }],
    ['-5', { kind: 'number', sign: null, number: -5 }],
    ['15个工作日', { kind: 'number', number: 15, unit: '个工作日' }],
    ['10元/月', { kind: 'number', number: 10, unit: '元/月' }],
    ['≥5（个）', { kind: 'number', sign: '>=', number: 5, unit: '个' }],
    ['100（%）', { kind: 'number', sign: null, number: 100, unit: '%' }],
    ['≥320万头（只）', { kind: 'number', sign: '>=', number: 320, unit: '万头（只）' }],
    ['≥320 万头(只)', { kind: 'number', sign: '>=', number: 320, unit: '万头（只）' }],
    ['≤3天/次', { kind: 'number', sign: '<=', number: 3, unit: '天/次' }],
    ['≤预算控制数', { kind: 'reference', sign: '<=', text: '预算控制数', known: true }],
    ['≥较好', { kind: 'reference', sign: '>=', text: '较好', known: false }],
    ['100%完成', { kind: 'number', number: 100, unit: '%完成' }],
    ['98%合格', { kind: 'number', number: 98, unit: '%合格' }],
    ['3个工作日内', { kind: 'number', sign: '<=', number: 3, unit: '个工作日' }],
    ['24小时内', { kind: 'number', sign: '<=', number: 24, unit: '小时' }],
    ['收到资金后10个工作日内', { kind: 'text', text: '收到资金后10个工作日内' }],
    ['预算范围内', { kind: 'text', text: '预算范围内' }],
    ['≤预算范围内', { kind: 'reference', sign: '<=', text: '预算范围内' }],
    ['12月底前', { kind: 'text', text: '12月底前' }],
    ['5家左右', { kind: 'text', text: '5家左右' }],
    ['100完成', { kind: 'text', text: '100完成' }],
    ['有效提高', { kind: 'text', text: '有效提高' }],
    // Two bounds: text as written (forms.md has no range form).
    ['3-5次', { kind: 'text', sign: null, text: '3-5次' }],
    ['90%-95%', { kind: 'text', sign: null, text: '90%-95%' }],
    ['90％～95％', { kind: 'text', sign: null, text: '90％～95％' }],
    ['1.5至2万元', { kind: 'text', sign: null, text: '1.5至2万元' }],
    ['在80%到90%之间', { kind: 'text', sign: null, text: '在80%到90%之间' }],
    ['不少于3次且不多于5次', { kind: 'text', sign: null, text: '不少于3次且不多于5次' }],
    ['不低于90%，不高于95%', { kind: 'text', sign: null, text: '不低于90%，不高于95%' }],
    ['2025-06-30', { kind: 'text', text: '2025-06-30' }],
    ['≥-5%', { kind: 'number', sign: '>=', number: -5, unit: '%' }],
    ['> = 95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥5000卷', { kind: 'number', sign: '>=', number: 5000, unit: '卷' }],
    ['≥30万页', { kind: 'number', sign: '>=', number: 30, unit: '万页' }],
    ['新打机井12眼', { kind: 'text' }],
    ['12眼', { kind: 'number', number: 12, unit: '眼' }],
    ['＜ ＝ 3天', { kind: 'number', sign: '<=', number: 3, unit: '天' }],
    // A bracketed remark after a value is neither the number nor the unit.
    ['≥95%（含）', { kind: 'number', sign: '>=', number: 95, unit: '%', text: '95' }],
    ['≥95%(含)', { kind: 'number', sign: '>=', number: 95, unit: '%', text: '95' }],
    ['不少于30个（含本数）', { kind: 'number', sign: '>=', number: 30, unit: '个' }],
    ['4次（暂定）', { kind: 'number', sign: null, number: 4, unit: '次' }],
    ['95%（以上）', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['5家（左右）', { kind: 'text', text: '5家（左右）' }],
    ['  ', { kind: 'empty' }],
  ])('%s', (input, want) => {
    expect(parseValue(input)).toMatchObject(want);
  });

  it('never throws and numbers print back to themselves', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseValue(s); }));
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const printed = String(Math.round(n * 1000) / 1000);
        const p = parseValue(printed);
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(p.number).toBe(Number(printed));
      }),
    );
  });
});

describe('parseAmount', () => {
  it.each([
    ['1,055.4', 1055.4], [' 39.34', 39.34], ['100.00%', 100], ['', null], ['/', null], ['abc', null], ['１２', 12],
    // Full-width thousands: `，` before groups of three digits; a comma elsewhere (a list, a short group) is no separator.
    ['１，０５６．００', 1056], ['1，280，500', 1280500], ['1，2', null], ['12，34', null], ['1,280，500', null],
  ])('%s', (input, want) => expect(parseAmount(input)).toBe(want));
});

describe('isPlausibleUnit', () => {
  it.each([['%', true], ['个工作日', true], ['元/月', true], ['元/生·天', true], ['万羽', true], ['斤', true], ['万斤', true], ['完成', false], ['%完成', false], ['生效', false],
    // Pieces sharing a first char, read longest first: 万人次, 平方公里, 千瓦时, mwh, km2; and letters read lower-cased.
    ['万人次', true], ['亿粒', true], ['平方公里', true], ['千瓦时/人', true], ['MWh', true], ['km2', true], ['元/人/月', true], ['123', false], ['人次数', false],
    // Farmland quality grades (耕地质量等级提升≥0.5等, 1个等级); a word after 等 is still no unit.
    ['等', true], ['个等级', true], ['等同', false]])('%s', (u, want) =>
    expect(isPlausibleUnit(u)).toBe(want));
});

describe('deriveTarget', () => {
  it.each([
    [{ nature: '≥', value: '100', unit: '%' }, { comparator: '>=', target: '100', unit: '%' }],
    [{ nature: '＝', value: '100', unit: '%' }, { comparator: '=', target: '100', unit: '%' }],
    [{ nature: '定性', value: '100', unit: '%' }, { comparator: 'qualitative', target: '100', unit: '%' }],
    [{ value: '=6 人' }, { comparator: '=', target: '6', unit: '人' }],
    [{ value: '74 人' }, { comparator: '=', target: '74', unit: '人' }],
    // The answer keys read a unit followed by an outcome word as part of the unit (forms.md's
    // example says qualitative; the keys are what the importer must produce).
    [{ value: '100%完成' }, { comparator: '=', target: '100', unit: '%完成' }],
    // Doses and pairs are units (a vaccination row's ≥500剂 is no reference to 剂).
    [{ value: '≥500剂' }, { comparator: '>=', target: '500', unit: '剂' }],
    [{ value: '≥12000剂次' }, { comparator: '>=', target: '12000', unit: '剂次' }],
    [{ value: '100副' }, { comparator: '=', target: '100', unit: '副' }],
    [{ value: '2025年12月底前' }, { comparator: 'qualitative', target: '2025年12月底前', unit: null }],
    [{ value: '≤预算控制数' }, { comparator: '<=', target: '预算控制数', unit: null }],
    [{ nature: '定性', value: '落地生效' }, { comparator: 'qualitative', target: '落地生效', unit: null }],
    [{ nature: '=', value: '优', unit: '定性' }, { comparator: '=', target: '优', unit: '定性' }],
    [{ value: '' }, { comparator: null, target: '', unit: null }],
    [{ value: '≥95%' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ value: '≥0.2个百分点' }, { comparator: '>=', target: '0.2', unit: '个百分点' }],
    [{ value: '不少于3次且不多于5次' }, { comparator: 'qualitative', target: '不少于3次且不多于5次', unit: null }],
    [{ value: '3-5次' }, { comparator: 'qualitative', target: '3-5次', unit: null }],
    [{ nature: '正向', value: '90%-95%' }, { comparator: 'qualitative', target: '90%-95%', unit: null }],
    [{ nature: '≥', value: '90-95', unit: '%' }, { comparator: 'qualitative', target: '90-95', unit: '%' }],
    [{ value: '≥95%（含）' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ nature: '≥', value: '30（含本数）', unit: '个' }, { comparator: '>=', target: '30', unit: '个' }],
    // An order of magnitude in the value that the unit column lacks stays with the number.
    [{ nature: '≥', value: '1.2万', unit: '人次' }, { comparator: '>=', target: '1.2', unit: '万人次' }],
    [{ nature: '≥', value: '3千', unit: '人' }, { comparator: '>=', target: '3', unit: '千人' }],
    [{ value: '1.2万人次', unit: '人次' }, { comparator: '=', target: '1.2', unit: '万人次' }],
    [{ nature: '≤', value: '5万元', unit: '元' }, { comparator: '<=', target: '5', unit: '万元' }],
    [{ nature: '≥', value: '2亿', unit: '元' }, { comparator: '>=', target: '2', unit: '亿元' }],
    [{ nature: '≥', value: '1.2万', unit: '万人次' }, { comparator: '>=', target: '1.2', unit: '万人次' }],
    [{ nature: '≥', value: '1.5', unit: '万元' }, { comparator: '>=', target: '1.5', unit: '万元' }],
    [{ nature: '≥', value: '95%', unit: '百分比' }, { comparator: '>=', target: '95', unit: '百分比' }],
    [{ nature: '≥', value: '6人', unit: '名' }, { comparator: '>=', target: '6', unit: '名' }],
  ])('%j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});

describe('readRange', () => {
  it.each([
    ['3-5次', { low: 3, lowUnit: null, high: 5, highUnit: '次' }],
    ['90%-95%', { low: 90, lowUnit: '%', high: 95, highUnit: '%' }],
    ['85-90%', { low: 85, lowUnit: null, high: 90, highUnit: '%' }],
    ['在80%到90%之间', { low: 80, lowUnit: '%', high: 90, highUnit: '%' }],
    ['１.５至２万元', { low: 1.5, lowUnit: null, high: 2, highUnit: '万元' }],
    ['不少于3次且不多于5次', { low: 3, lowUnit: '次', high: 5, highUnit: '次' }],
    // Upper bound written first: the bound after 不少于 is still the lower one.
    ['不多于5次且不少于3次', { low: 3, lowUnit: '次', high: 5, highUnit: '次' }],
    ['≥95%', null],
    ['不少于3次且不少于5次', null],
    ['2025年6月30日前', null],
    ['有效提高', null],
  ])('%s', (input, want) => expect(readRange(input)).toEqual(want));
});

describe('parseValue: separators, leads and years', () => {
  it.each([
    // Thousands typed with the full-width comma or spaces.
    ['1，200', { kind: 'number', sign: null, number: 1200, unit: null }],
    ['１，２００万元', { kind: 'number', number: 1200, unit: '万元' }],
    ['1 200.50', { kind: 'number', number: 1200.5, unit: null }],
    ['≥ 1 000 人', { kind: 'number', sign: '>=', number: 1000, unit: '人' }],
    ['1，2345', { kind: 'text' }],
    // The minus sign of formula editors.
    ['−5%', { kind: 'number', number: -5, unit: '%' }],
    // A count per period.
    ['每月1次', { kind: 'number', sign: null, number: 1, unit: '次/月' }],
    ['每季度不少于2次', { kind: 'number', sign: '>=', number: 2, unit: '次/季度' }],
    ['全年12期', { kind: 'number', sign: null, number: 12, unit: '期' }],
    ['每年95%', { kind: 'text', text: '每年95%' }],
    ['每月3-5次', { kind: 'text', text: '每月3-5次' }],
    ['全年完成', { kind: 'text', text: '全年完成' }],
    // A level held within a bound.
    ['保持在95%以上', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['保持在95%', { kind: 'text', text: '保持在95%' }],
    // A year is a date.
    ['2025年', { kind: 'text', text: '2025年' }],
    ['3年', { kind: 'number', number: 3, unit: '年' }],
    ['≥98%【含】', { kind: 'number', sign: '>=', number: 98, unit: '%' }],
    // Without a digit parseValue reads no number: numerals are parseValueWithNumerals'.
    ['三次', { kind: 'text', text: '三次' }],
  ])('%s', (input, want) => expect(parseValue(input)).toMatchObject(want));
});

describe('parseValueWithNumerals', () => {
  it.each([
    ['三次', { kind: 'number', sign: null, number: 3, unit: '次', text: '3' }],
    ['两千', { kind: 'number', number: 2000, unit: null }],
    ['不少于三家', { kind: 'number', sign: '>=', number: 3, unit: '家' }],
    ['十个工作日内', { kind: 'number', sign: '<=', number: 10, unit: '个工作日' }],
    ['三百万元', { kind: 'number', number: 300, unit: '万元' }],
    ['两万人次以上', { kind: 'number', sign: '>=', number: 2, unit: '万人次' }],
    ['百分之九十五', { kind: 'number', number: 95, unit: '%' }],
    ['百分之百', { kind: 'number', number: 100, unit: '%' }],
    ['千分之五', { kind: 'number', number: 5, unit: '‰' }],
    ['每月一次', { kind: 'number', number: 1, unit: '次/月' }],
    ['零', { kind: 'number', number: 0, unit: null }],
    // A decimal point between numerals; 点 as a time or a word is no point.
    ['九十五点五分', { kind: 'number', number: 95.5, unit: '分' }], ['百分之四十三点二', { kind: 'number', number: 43.2, unit: '%' }],
    ['零点五', { kind: 'number', number: 0.5, unit: null }], ['三点五万人', { kind: 'number', number: 3.5, unit: '万人' }],
    ['≥一点五倍', { kind: 'number', sign: '>=', number: 1.5, unit: '倍' }],
    ['三点钟', { kind: 'text' }], ['两点建议', { kind: 'text' }], ['三点五十分', { kind: 'text' }], ['两点五分', { kind: 'text' }],
    // Words that start with a numeral are words.
    ['一次性完成', { kind: 'text', text: '一次性完成' }],
    ['十分满意', { kind: 'text', text: '十分满意' }],
    ['一般', { kind: 'text', text: '一般' }],
    ['零投诉', { kind: 'text', text: '零投诉' }],
    ['十四五规划', { kind: 'text', text: '十四五规划' }],
    ['千家万户', { kind: 'text', text: '千家万户' }],
    ['≥一次性', { kind: 'reference', sign: '>=', text: '一次性' }],
    ['一1次', { kind: 'text' }],
  ])('%s', (input, want) => expect(parseValueWithNumerals(input)).toMatchObject(want));

  it('reads as parseValue whatever does not start with a numeral after its sign', () => {
    const text = fc.array(fc.constantFrom(...'≥≤=<>不少于以上内每月全年次人%，, .-95１二十百万元'), { maxLength: 10 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (s) => {
      const { rest } = readSign(foldWidth(s).replace(/\s+/g, ' ').trim());
      // A sign typed in two parts with a blank between (> =十) is one sign to the parsers: look past the second part too.
      const past = readSign(rest).rest;
      if ([rest, past].some((r) => /^[零〇一二两三四五六七八九十百千万亿]/.test(r) || /^(?:每|全年)/.test(r))) return;
      expect(parseValueWithNumerals(s)).toEqual(parseValue(s));
    }), { numRuns: 3000 });
  });
});

describe('fractions', () => {
  it.each([['3/4', null], ['2/3', null], ['10/12', null], ['≤10/10万', 10], ['≤3/千', 3], ['12', 12]])('numericValue(%s)', (raw, want) =>
    expect(numericValue(raw)).toBe(want));
  it.each([['/4', true], ['/12', true], ['/10', false], ['/100', false], ['/10万', false], ['%', false], [null, false]])('isFractionUnit(%s)', (unit, want) =>
    expect(isFractionUnit(unit)).toBe(want));
});

describe('deriveTarget: unit column, numerals, frequencies, fractions', () => {
  it.each([
    [{ value: '95%', unit: '/' }, { comparator: '=', target: '95', unit: '%' }],
    [{ value: '3', unit: '—' }, { comparator: '=', target: '3', unit: null }],
    [{ value: '≥９５', unit: '％' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ value: '三次' }, { comparator: '=', target: '3', unit: '次' }],
    [{ value: '两千', unit: '人' }, { comparator: '=', target: '2000', unit: '人' }],
    [{ value: '每季度不少于2次' }, { comparator: '>=', target: '2', unit: '次/季度' }],
    // 定性 with a frequency: kept as written, the review weighs it.
    [{ nature: '定性', value: '每月一次' }, { comparator: 'qualitative', target: '每月一次', unit: null }],
    [{ nature: '定性', value: '每季度不少于2次', unit: '次' }, { comparator: 'qualitative', target: '每季度不少于2次', unit: '次' }],
    [{ value: '3/4' }, { comparator: 'qualitative', target: '3/4', unit: null }],
    [{ value: '≥3/4' }, { comparator: '>=', target: '3/4', unit: null }],
    [{ value: '≤10/10万' }, { comparator: '<=', target: '10', unit: '/10万' }],
  ])('%j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});

describe('parseValue: currency, dates written as numbers, remarks', () => {
  it.each([
    // The sign is the only unit such an amount states: 元 (read as null before session 19, ¥550,000 under a 万元 row
    // scored as 550000 万元).
    ['￥50,000', { kind: 'number', sign: null, number: 50000, unit: '元' }],
    ['¥ 35,000.00', { kind: 'number', sign: null, number: 35000, unit: '元' }],
    ['≤¥50万', { kind: 'number', sign: '<=', number: 50, unit: '万元' }],
    ['人民币20万元', { kind: 'number', sign: null, number: 20, unit: '万元' }],
    ['≤￥30万元', { kind: 'number', sign: '<=', number: 30, unit: '万元' }],
    ['≤5‱', { kind: 'number', sign: '<=', number: 5, unit: '‱' }],
    ['完成2次（上下半年各1次）', { kind: 'text', text: '完成2次（上下半年各1次）' }],
    ['2次（上下半年各1次）', { kind: 'number', sign: null, number: 2, unit: '次' }],
    ['95%（上下）', { kind: 'text', text: '95%（上下）' }],
    // A year and month with slashes is a date; a year with 年度 is a year.
    ['2025/12', { kind: 'text', text: '2025/12' }],
    ['2025年度', { kind: 'text', text: '2025年度' }],
    ['12/2025', { kind: 'number', number: 12, unit: '/2025' }],
    // No amount after the currency: words.
    ['￥', { kind: 'text', text: '￥' }],
    ['人民币', { kind: 'text', text: '人民币' }],
    ['人次500', { kind: 'text', text: '人次500' }],
  ])('%s', (raw, want) => expect(parseValue(raw)).toMatchObject(want));
});

describe('deriveTarget: a sign or 定量 typed into the unit column', () => {
  it.each([
    [{ value: '95%', unit: '≥' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ value: '90', unit: '≥%' }, { comparator: '>=', target: '90', unit: '%' }],
    [{ value: '90', unit: '＞＝' }, { comparator: '>=', target: '90', unit: null }],
    [{ value: '≤5%', unit: '≥' }, { comparator: '<=', target: '5', unit: '%' }],
    [{ nature: '定性', value: '100', unit: '≥' }, { comparator: 'qualitative', target: '100', unit: null }],
    [{ value: '≥90%', unit: '定量' }, { comparator: '>=', target: '90', unit: '%' }],
    [{ value: '好', unit: '定量' }, { comparator: 'qualitative', target: '好', unit: null }],
    // 定性 stays the unit: the review names a 定性 unit beside a sign.
    [{ value: '=优', unit: '定性' }, { comparator: '=', target: '优', unit: '定性' }],
    [{ value: '优良', unit: '定性' }, { comparator: 'qualitative', target: '优良', unit: '定性' }],
    [{ value: '3', unit: '次/年' }, { comparator: '=', target: '3', unit: '次/年' }],
  ])('%j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});

describe('parseValue: wrapped cells, modal and emphatic comparators, estimates and dates after a number', () => {
  it.each([
    // A line break is where a PDF or Word column wrapped the cell: the lines are one text.
    ['≥\n95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['1,\n200', { kind: 'number', sign: null, number: 1200, unit: null }],
    ['1, 200人', { kind: 'number', sign: null, number: 1200, unit: '人' }],
    ['1，\r\n234.5万元', { kind: 'number', number: 1234.5, unit: '万元' }],
    ['≥9\n5%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['不低\n于90%', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['1200\n万元', { kind: 'number', number: 1200, unit: '万元' }],
    ['详见\n附件', { kind: 'text', text: '详见\n附件' }],
    // A comma and a space before other than three digits is a list, not thousands.
    ['1, 20', { kind: 'text', text: '1, 20' }],
    // A modal before a negated comparison; emphasis before a comparator; 最少 / 至多.
    ['不得低于90%', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['不应超过5天', { kind: 'number', sign: '<=', number: 5, unit: '天' }],
    ['不能少于3次', { kind: 'number', sign: '>=', number: 3, unit: '次' }],
    ['确保达到95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['必须≤2%', { kind: 'number', sign: '<=', number: 2, unit: '%' }],
    ['确保95%', { kind: 'text', text: '确保95%' }],
    ['应收尽收', { kind: 'text', text: '应收尽收' }],
    ['最少3个', { kind: 'number', sign: '>=', number: 3, unit: '个' }],
    ['至多5次', { kind: 'number', sign: '<=', number: 5, unit: '次' }],
    // 上下 after an amount is an estimate; 上下半年 names the halves of a year.
    ['100万元上下', { kind: 'text', text: '100万元上下' }],
    ['2次上下半年各1次', { kind: 'text' }],
    // A year, month or day followed by words is a date, not a count of 年 or 月.
    ['≥2024年水平', { kind: 'reference', sign: '>=', text: '2024年水平' }],
    ['2025年完成', { kind: 'text', text: '2025年完成' }],
    ['12月完成', { kind: 'text', text: '12月完成' }],
    ['5日完成', { kind: 'text', text: '5日完成' }],
    ['100%完成', { kind: 'number', number: 100, unit: '%完成' }],
    ['30天完成', { kind: 'number', number: 30, unit: '天完成' }],
  ])('%j', (raw, want) => expect(parseValue(raw)).toMatchObject(want));

  it.each([
    [{ value: '300', unit: '万\n元' }, { comparator: '=', target: '300', unit: '万元' }],
    [{ nature: '≥', value: '9\n0', unit: '%' }, { comparator: '>=', target: '90', unit: '%' }],
    [{ value: '90%-\n95%' }, { comparator: 'qualitative', target: '90%-\n95%', unit: null }],
  ])('deriveTarget %j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});

describe('parseValue: decoration around a value, spaced and bracketed units, repeated and short comparators', () => {
  it.each([
    // Quotes, footnote marks, end punctuation and invisible characters are no part of the value (held-out set 4).
    ['≥95%。', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['12次；', { kind: 'number', sign: null, number: 12, unit: '次' }],
    ['≤5天.', { kind: 'number', sign: '<=', number: 5, unit: '天' }],
    ['“≥95%”', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥90%*', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['※≥85%', { kind: 'number', sign: '>=', number: 85, unit: '%' }],
    ['≥9\u00ad5%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥90%\u200b', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['“有效提升”', { kind: 'text', text: '“有效提升”' }],
    ['。', { kind: 'text', text: '。' }],
    // A unit a PDF spaced out; a unit in 【】 or [] as in （）.
    ['≤ 3 个 工作日', { kind: 'number', sign: '<=', number: 3, unit: '个工作日' }],
    ['≥2【次】', { kind: 'number', sign: '>=', number: 2, unit: '次' }],
    ['≥6[个]', { kind: 'number', sign: '>=', number: 6, unit: '个' }],
    // A second word for the same bound; 达 right before a figure is 达到.
    ['至少达到90%', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['达95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['达标', { kind: 'text', text: '达标' }],
  ])('%j', (raw, want) => expect(parseValue(raw)).toMatchObject(want));

  it.each([
    [{ value: '≥95', unit: '（%）' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ value: '≤10', unit: '(天)' }, { comparator: '<=', target: '10', unit: '天' }],
    [{ value: '好', unit: '（说明）' }, { comparator: 'qualitative', target: '好', unit: '（说明）' }],
  ])('deriveTarget %j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});
