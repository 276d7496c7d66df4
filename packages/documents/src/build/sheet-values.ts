import { classifyName } from '@jixiao/core';

/**
 * What a spreadsheet's own mechanics leave in a cell where a figure belongs: an error value a formula shows
 * (or its result pasted as values), a date kept as its serial number once its date format was lost, and a
 * percentage kept as the fraction Excel stores (0.98 for 98%) once its 0% format was lost.
 */

/** #DIV/0!, #N/A, #REF! …: the sheet could not work the figure out. */
export const SHEET_ERROR = /^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** A cell that shows only an error value (no figure, no words of the clerk's own). */
export function isSheetError(text: string | null | undefined): boolean {
  return text != null && SHEET_ERROR.test(text.replace(/[\s\u3000\u00a0]+/g, ''));
}

// Serial numbers of 2000-01-01 … 2060-12-31 in Excel's 1900 date system.
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 58806;
const SERIAL = /^\d{5}$/;
// A row that states a point in time: 时效 / 进度 level 2, or a name ending in a time word (完成时间, 拨付时限).
const TIME_LEVEL = /时效|进度/;
const TIME_NAME = /(?:时间|日期|时限|期限|时点|节点)$/;
const DAY_MS = 86_400_000;

/**
 * 46295 as the value of a 完成时间 row with no unit: a date a lookup or a paste brought over as its serial number
 * into a 常规 cell (Excel shows the bare number). Read as the ISO date it stands for (2026-09-30), as a date cell
 * in a format other than the 年月日 ones reads; null when the row states no time or the value is no such serial.
 */
export function serialDateValue(value: string | null, unit: string | null, level2: string | null, name: string): string | null {
  if (value == null || unit != null) return null;
  const t = value.trim();
  if (!SERIAL.test(t)) return null;
  const n = Number(t);
  if (n < FIRST_SERIAL || n > LAST_SERIAL) return null;
  if (!TIME_LEVEL.test(level2 ?? '') && !TIME_NAME.test(name.trim())) return null;
  return new Date(Date.UTC(1899, 11, 30) + n * DAY_MS).toISOString().slice(0, 10);
}

// What Excel stores for a percentage of at most 100%: the fraction (0.962, 1) with no sign and no unit.
const FRACTION = /^(?:0?\.\d+|1(?:\.0+)?)$/;
const PERCENT_UNIT = /^[%％]$/;

const percentOf = (fraction: string) => String(Number((Number(fraction) * 100).toPrecision(12)));

// The share of cases that came up and were dealt with (问题食品控制处置率, 投诉处理率, 污水处理率): all of them, or
// nearly, when things go well — a target of 1% or 0.9% for it is no reading a finance reviewer would take.
const HANDLED_RATE = /(?:处置|处理)率$/;

/** A rate that is near 100% when things go well (覆盖率, 办结率, 满意度): a target of 1% for it can only be a lost format. */
function nearFullRate(name: string): boolean {
  const facts = classifyName(name);
  return facts.highRate || facts.satisfaction || (!facts.change && HANDLED_RATE.test(facts.core));
}

/**
 * 0.98 as the 指标值 of a near-full rate whose 计量单位 column says %: the fraction of a percentage cell read
 * without its format (a script's dump, a paste of values) — 98. Null when the value is anything else, the
 * row writes a sign of its own (≥ or ≤ beside the figure), or the name is not such a rate (an accident rate of 0.5% is written so).
 */
export function fractionPercentTarget(value: string | null, unit: string | null, nature: string | null, name: string): string | null {
  if (value == null || unit == null || !PERCENT_UNIT.test(unit.trim())) return null;
  const t = value.trim();
  if (!FRACTION.test(t) || Number(t) === 0) return null;
  // A figure beside a sign the row writes (≥ | 0.5 | %, as this system's own export lays a target out) is the figure that
  // sign bounds; only a bare figure with no sign anywhere in the row is the percentage a dump printed as a fraction.
  if (nature != null && nature.trim() !== '') return null;
  return nearFullRate(name) ? percentOf(t) : null;
}

/**
 * 0.962 as the 实际完成值 of a row whose target is a percentage of 50% or more (or a near-full rate): the
 * fraction of a percentage cell read without its format — 96.2%. Null for anything else; a low target
 * (发现率 ≥3%) leaves a bare 0.035 as written, since either reading could be meant.
 */
export function fractionPercentActual(actual: string | null, unit: string | null, target: string, name: string): string | null {
  if (actual == null || unit == null || !PERCENT_UNIT.test(unit.trim())) return null;
  const t = actual.trim();
  if (!FRACTION.test(t) || Number(t) === 0) return null;
  const floor = Number(target);
  return (Number.isFinite(floor) && target.trim() !== '' && floor >= 50) || nearFullRate(name) ? `${percentOf(t)}%` : null;
}
