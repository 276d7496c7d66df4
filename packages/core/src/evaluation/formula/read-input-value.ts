import { foldWidth } from '../../values/normalize-text';

/**
 * A formula input as a clerk enters it: a number, or text such as 「95%」, 「1,200万元」, 「1.2亿元」 or 「１２００」.
 * A percentage keeps the number written (95% → 95), as forms keep 「≥95%」 as 95 with unit %, and as the
 * built-in templates' rate inputs are written in percentage points (每压减1%得0.2分 → 0.2 × 压减率). Amounts
 * are read in 万元 (the unit every amount in jixiao is kept in), so 元, 万元 and 亿元 inputs compare.
 */
export function readInputValue(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.length > 100) return null;
  const s = foldWidth(v).replace(INVISIBLE, '');
  const m = INPUT_TEXT.exec(s);
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const unit = m[2] ?? '';
  const scale = AMOUNT_SCALE[unit] ?? (unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1);
  const value = n * scale;
  return Number.isFinite(value) ? value : null;
}

// Spaces, ideographic spaces and zero-width characters (the joiner outside the class: it joins what it sits between).
const INVISIBLE = /(?:[\s\u3000\u200b\u200c\u2060\ufeff]|\u200d)+/g;

// A number (thousands separators allowed) and an optional short unit: %, ‰, 万元, 人次, 万人, 个, 分, 天…
const INPUT_TEXT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(%|‰|个百分点|百分点|[\u4e00-\u9fff]{1,4})?$/;

// A bare 万 or 亿 after an amount is 万元 or 亿元, as finance writes 「1,200万」.
const AMOUNT_SCALE: Readonly<Record<string, number>> = { 元: 1e-4, 千元: 0.1, 万元: 1, 万: 1, 亿元: 1e4, 亿: 1e4, '%': 1, '‰': 1, 个百分点: 1, 百分点: 1 };

/**
 * An input name as typed, without the spaces and full-width letters that would make it miss the formula's name; a
 * unit in full-width brackets (三公经费（万元）) is spelled as the formula reads it (三公经费(万元)).
 */
export function normalizeInputName(name: string): string {
  return foldWidth(name).replace(INVISIBLE, '').replace(/（/g, '(').replace(/）/g, ')');
}
