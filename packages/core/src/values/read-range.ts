import { foldWidth, trimText, withoutLineBreaks } from './normalize-text';
import { isPlausibleUnit } from './plausible-unit';
import { readNumber } from './read-number';
import { readSign, type Sign } from './read-sign';

// A value with two bounds (3-5次, 不少于3次且不多于5次), kept apart from parseValue: forms.md has no range form, so
// parseValue only asks whether a value is one; the review, scoring and monitoring read its bounds.

const RANGE_DASH = /^\s*(?:-|－|—|–|~|～|〜|至|到)\s*/;
// A comma may stand before the conjunction (≥98%，且≤100%) as well as instead of it.
const RANGE_JOIN = /^\s*(?:[,，、;；]\s*)?(?:且|并且|而且|同时)?\s*/;
// 保持在90%—95%之间, 控制在10%至20%之间: a verb holding the value inside the band, as 在 alone does.
const RANGE_AROUND = /^(?:(?:保持|维持|控制|稳定)?在|介于)\s*/;
const HAS_DIGIT = /\d/;
const RANGE_TAIL = /\s*(?:之间|区间|范围内|以内)?$/;

/** The two bounds of a range value, each with the unit written after it (null when none). */
export interface ValueRange {
  low: number;
  lowUnit: string | null;
  high: number;
  highUnit: string | null;
}

/**
 * The bounds of a value that states two: `3-5次`, `90%～95%`, `1.5至2万元`, `在80%到90%之间`,
 * `不少于3次且不多于5次`, `不多于5次且不少于3次`; null for anything else. forms.md has no range form:
 * such a value is qualitative text, and the review reads its bounds from here.
 */
export function readRange(raw: string | null | undefined): ValueRange | null {
  if (raw == null) return null;
  const folded = foldWidth(withoutLineBreaks(trimText(raw)));
  // Both bounds are numbers: most values parseValue sees (有效提高, 按时完成) have no digit at all.
  if (!HAS_DIGIT.test(folded)) return null;
  const s = folded.replace(/\s+/g, ' ').replace(RANGE_AROUND, '').replace(RANGE_TAIL, '');
  const first = readSign(s);
  const low = readBound(first.rest);
  if (!low) return null;
  const dash = RANGE_DASH.exec(low.rest);
  if (dash) {
    const high = readBound(low.rest.slice(dash[0].length));
    return high != null && high.rest === '' ? { low: low.number, lowUnit: low.unit, high: high.number, highUnit: high.unit } : null;
  }
  // 不少于3次且不多于5次: a second comparator word pointing the other way.
  if (first.sign == null) return null;
  const joined = low.rest.slice(RANGE_JOIN.exec(low.rest)![0].length);
  const second = readSign(joined);
  if (second.sign == null || direction(second.sign) === direction(first.sign) || direction(second.sign) === 0) return null;
  const other = readBound(second.rest);
  if (other == null || other.rest !== '') return null;
  // The bound after ≥ / 不少于 is the lower one, whichever is written first.
  return direction(first.sign) > 0
    ? { low: low.number, lowUnit: low.unit, high: other.number, highUnit: other.unit }
    : { low: other.number, lowUnit: other.unit, high: low.number, highUnit: low.unit };
}

/** Whether a value states two bounds (readRange). */
export function isRangeValue(raw: string | null | undefined): boolean {
  return readRange(raw) != null;
}

function direction(sign: Sign): number {
  return sign === '>=' || sign === '>' ? 1 : sign === '<=' || sign === '<' ? -1 : 0;
}

// A number and the unit right after it (if any): one end of a range.
function readBound(text: string): { number: number; unit: string | null; rest: string } | null {
  const num = readNumber(text.trimStart());
  if (!num) return null;
  const rest = num.rest;
  for (let cut = Math.min(rest.length, 10); cut >= 1; cut--) {
    const unit = rest.slice(0, cut);
    if (isPlausibleUnit(unit)) return { number: num.number, unit, rest: rest.slice(cut).trim() };
  }
  return { number: num.number, unit: null, rest: rest.trim() };
}
