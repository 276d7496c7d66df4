import type { Comparator } from '../forms/forms-schema';
import { foldWidth, trimText } from './normalize-text';
import { canonicalNumber, hasPeriodLead, isFractionUnit, isPlausibleUnit, isRangeValue, parseValueWithNumerals, readSign, withoutLineBreaks, withoutPeriodLead, type ParsedValue, type Sign } from './parse-value';

export interface TargetCells {
  /** 指标性质 column: a sign, 定性 / 定量, 正向 / 反向, or a comparator word. */
  nature?: string | null;
  /** 指标值 as written. */
  value?: string | null;
  /** 计量单位 column. */
  unit?: string | null;
}

export interface DerivedTarget {
  comparator: Comparator | null;
  target: string;
  unit: string | null;
}

/** What the 指标性质 column says: a sign, qualitative, or nothing usable. */
export function parseNature(raw: string | null | undefined): Sign | 'qualitative' | 'quantitative' | null {
  if (raw == null) return null;
  const s = foldWidth(trimText(raw)).replace(/\s+/g, '');
  if (s === '') return null;
  if (/^定性/.test(s)) return 'qualitative';
  if (/^(定量|量化)/.test(s)) return 'quantitative';
  if (/^正向/.test(s)) return '>=';
  if (/^(反向|逆向)/.test(s)) return '<=';
  const { sign, rest } = readSign(s);
  if (sign && rest === '') return sign;
  return null;
}

/**
 * Comparator, target and unit of one indicator row from its cells, in forms.md's order:
 * a sign in 指标性质 or in front of the value wins; else 定性 → qualitative; else a bare
 * number (with unit) → `=`; else qualitative; null when there is no value at all.
 */
export function deriveTarget(cells: TargetCells): DerivedTarget {
  let unitColumn = unitCell(cells.unit);
  let nature = parseNature(cells.nature);
  // A sign typed into the 计量单位 column (≥, ≥%) is the comparator when neither 指标性质 nor the value has one,
  // and what follows it the unit; 定量 there says the row's nature, no unit. (定性 stays: the review names a
  // 定性 unit beside a sign.)
  let unitSign: Sign | null = null;
  if (unitColumn != null && isNatureInUnit(unitColumn)) {
    const { sign, rest } = readSign(unitColumn);
    if (sign) unitSign = sign;
    else if (nature == null) nature = 'quantitative';
    unitColumn = sign && rest !== '' ? rest : null;
  }
  const read = periodInColumnUnit(moneyNotDate(parseValueWithNumerals(cells.value), cells.value, unitColumn), cells.value, unitColumn);
  // 3/4, 2/3: a fraction states no one number to compare with; as written (≥3/4 a reference).
  const parsed: ParsedValue = read.kind !== 'number' || !isFractionUnit(read.unit)
    ? read
    : read.sign
      ? { kind: 'reference', sign: read.sign, text: `${read.text}${read.unit!}`, known: false }
      : { kind: 'text', sign: null, text: trimText(cells.value!) };
  if (parsed.kind === 'empty') {
    return { comparator: null, target: '', unit: unitColumn };
  }
  const natureSign = nature && nature !== 'qualitative' && nature !== 'quantitative' ? nature : null;
  if (parsed.kind === 'number') {
    // 定性 with 每月一次 or 每季度不少于2次: the clerk set a frequency as a standard; kept as written, the review
    // weighs the contradiction (a sign in front of the value would win, one after its period does not).
    if (nature === 'qualitative' && hasPeriodLead(cells.value!)) return { comparator: 'qualitative', target: trimText(cells.value!), unit: unitColumn };
    const unit = numberUnit(parsed.unit, unitColumn);
    const target = inColumnMagnitude(parsed.number, parsed.unit, unit) ?? parsed.text;
    if (natureSign) return { comparator: natureSign, target, unit };
    if (parsed.sign) return { comparator: parsed.sign, target, unit };
    if (unitSign && nature !== 'qualitative') return { comparator: unitSign, target, unit };
    if (nature === 'qualitative') return { comparator: 'qualitative', target: qualitativeText(cells.value!, parsed.unit, unitColumn), unit };
    return { comparator: '=', target, unit };
  }
  if (parsed.kind === 'reference') {
    return { comparator: natureSign ?? parsed.sign, target: parsed.text, unit: unitColumn };
  }
  // A range (parsed as text) states both bounds itself: a one-sided sign in 指标性质 (≥, 正向) cannot hold it.
  if (natureSign && !isRangeValue(cells.value)) return { comparator: natureSign, target: parsed.text, unit: unitColumn };
  return { comparator: 'qualitative', target: parsed.text, unit: unitColumn };
}

// A unit column that a year and month can stand under (the value is then a date).
const CALENDAR_UNIT = /^(?:年|月|月份|日期|时间|时限)$/;

/**
 * 2026.10 under 万元: parseValue reads a year and month written with a dot as a date; a unit column of another kind
 * says the figure is an amount of it, so the value is read again with that unit written after it.
 */
function moneyNotDate(read: ParsedValue, value: string | null | undefined, unitColumn: string | null): ParsedValue {
  if ((read.kind !== 'text' && read.kind !== 'reference') || unitColumn == null || value == null) return read;
  const date = read.text;
  if (date.length !== 7 || date.charCodeAt(4) !== 46 || CALENDAR_UNIT.test(unitColumn)) return read;
  const again = parseValueWithNumerals(`${value}${unitColumn}`);
  return again.kind === 'number' ? again : read;
}

const ENDS_IN_DIGIT = /\d$/;
const SHARE_COLUMN = /[%‰‱]/;

/**
 * 月均≥20 / 人均≥2.5 under a unit column: a count per period or per head read without a unit is text (每年95% is no
 * frequency), but the column names the unit the figure is counted in, so the value is read again with it written after.
 */
function periodInColumnUnit(read: ParsedValue, value: string | null | undefined, unitColumn: string | null): ParsedValue {
  // A share per period (每月≥95 under %) stays words, as 每年95% does.
  if (read.kind !== 'text' || unitColumn == null || value == null || !ENDS_IN_DIGIT.test(value.trim()) || SHARE_COLUMN.test(unitColumn)) return read;
  const rest = withoutPeriodLead(value);
  if (rest == null) return read;
  const again = parseValueWithNumerals(rest);
  return again.kind === 'number' && again.unit == null ? again : read;
}

const BRACKETED_UNIT = /^[（(]\s*([^（()）]+?)\s*[）)]$/;
// A dash or slash typed into an empty 计量单位 cell, or 空 / 空白 (README): no unit.
const UNIT_PLACEHOLDER = /^(?:[-—–/\\_]+|空|空白)$/;

/** The 计量单位 column as a unit: trimmed, full-width forms folded (％ is %), placeholders none. */
function unitCell(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  // 万\n元: a unit wrapped in a narrow PDF column is one unit.
  const t = withoutLineBreaks(trimText(raw));
  if (t === '') return null;
  const folded = foldWidth(t);
  if (UNIT_PLACEHOLDER.test(folded)) return null;
  // （%）, (天), （万元）: a unit column that prints its unit in brackets, as a header does.
  const c = folded.charCodeAt(0);
  if (c === 0xff08 || c === 40) {
    const inner = BRACKETED_UNIT.exec(folded);
    if (inner && isPlausibleUnit(inner[1]!)) return inner[1]!;
  }
  return folded;
}

// A unit cell that opens with a sign glyph (≥, ≥%, <=) or says 定量: the nature typed one column over.
const UNIT_AS_NATURE = /^(?:[<>=≥≤⩾⩽]|(?:定量|量化)(?:指标)?$)/;

function isNatureInUnit(unit: string): boolean {
  const c = unit.charCodeAt(0);
  // Units start with a letter or ideograph; only these glyphs (and 定 / 量) can open a nature.
  return (c < 0x80 || c === 0x2265 || c === 0x2264 || c === 0x2a7e || c === 0x2a7d || c === 0x5b9a || c === 0x91cf) && UNIT_AS_NATURE.test(unit);
}

const MAGNITUDE = /^(?:十|百|千|万|十万|百万|千万|亿|万亿)$/;
const SCALED = /^[十百千万亿]/;
const NOT_SCALABLE = /^(?:%|％|‰|‱|百分比|百分点|个百分点|分|级|星|倍)$/;

/**
 * The unit of a number row. The unit column wins, except where the value carries an order of
 * magnitude the column lacks: 「≥1.2万」 or 「1.2万人次」 under 人次 is 1.2 万人次, and 「5万元」 under
 * 元 is 5 万元 — the number is kept as written, so its unit must keep the 万.
 */
function numberUnit(valueUnit: string | null, unitColumn: string | null): string | null {
  if (unitColumn == null) return valueUnit;
  if (valueUnit == null || valueUnit === unitColumn || SCALED.test(unitColumn) || NOT_SCALABLE.test(unitColumn)) return unitColumn;
  if (MAGNITUDE.test(valueUnit)) return valueUnit + unitColumn;
  if (valueUnit.endsWith(unitColumn) && MAGNITUDE.test(valueUnit.slice(0, valueUnit.length - unitColumn.length))) return valueUnit;
  // 1.2万㎡ under 平方米: the column's name for the same unit, with the magnitude the column lacks.
  const [factor, base] = splitMagnitude(valueUnit);
  if (factor !== 1 && sameUnit(base, unitColumn)) return valueUnit.slice(0, valueUnit.length - base.length) + unitColumn;
  return unitColumn;
}

// One unit under its symbol and its name (㎡ / 平方米, km / 公里): the column may name what the value writes as a symbol.
const SAME_UNITS: ReadonlyArray<readonly string[]> = [
  ['平方米', '㎡', 'm²', 'm2'], ['平方公里', 'km²', 'km2'], ['公里', '千米', 'km'], ['米', 'm'], ['立方米', 'm³', 'm3'],
  ['公斤', '千克', 'kg'], ['小时', 'h'], ['分钟', 'min'], ['厘米', 'cm'], ['毫米', 'mm'],
];
const UNIT_NAME = new Map<string, string>(SAME_UNITS.flatMap((names) => names.map((n) => [n, names[0]!] as const)));

function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const na = UNIT_NAME.get(a);
  return na !== undefined && na === UNIT_NAME.get(b);
}

// 定性 with value "100" and unit column "%" stays "100"; with "100%" and no unit column it
// keeps the number only when the unit moved to the unit field.
function qualitativeText(raw: string, parsedUnit: string | null, unitColumn: string | null): string {
  const p = parseValueWithNumerals(raw);
  if (p.kind !== 'number') return trimText(raw);
  if (parsedUnit && unitColumn && parsedUnit !== unitColumn) return trimText(raw);
  return p.text;
}

const MAGNITUDES: ReadonlyArray<[string, number]> = [['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['千', 1e3]];

function splitMagnitude(unit: string): [number, string] {
  for (const [prefix, m] of MAGNITUDES) if (unit.startsWith(prefix) && unit.length > prefix.length) return [m, unit.slice(prefix.length)];
  return [1, unit];
}

/**
 * The number written in the value, in the row's unit when the value wrote the same unit at another order of magnitude
 * (1.8亿元 under 万元 is 18000, 50000元 under 万元 is 5): the unit column wins (forms.md), so keeping the digits as
 * written would change the amount ten-thousandfold. Null when no conversion is due (same unit, none written, a
 * magnitude the column lacks — which numberUnit keeps with the unit — or units of different things).
 */
function inColumnMagnitude(n: number, valueUnit: string | null, rowUnit: string | null): string | null {
  if (valueUnit == null || rowUnit == null || valueUnit === rowUnit) return null;
  const [to, rowBase] = splitMagnitude(rowUnit);
  // 3000万 under 亿元: a magnitude written alone counts the row's own unit.
  const alone = MAGNITUDES.find(([prefix]) => prefix === valueUnit);
  const [from, base] = alone ? [alone[1], rowBase] : splitMagnitude(valueUnit);
  if (from === to || !sameUnit(base, rowBase) || NOT_SCALABLE.test(base)) return null;
  // Integer magnitudes multiply before they divide: 3000 × 10⁴ ÷ 10⁸ is 0.3, not 0.30000000000000004.
  return canonicalNumber((n * from) / to);
}
