import { isPlausibleUnit } from './plausible-unit';

// What may follow a comparator word without being one reference amount (≤预算控制数, 不低于上年水平), kept apart from
// parseValue: each wording a sentence takes adds a test here.

const SEVERAL_CLAUSES = /^[\d.]+[^，,；;]*[，,；;]/;
// A sign after the first char of the words (上年水平，且≥95%): a second bound. A sign right at the start
// (=≤预算控制数) is a doubled sign, not a second value.
const SECOND_SIGN = /^.[^≥≤<>=⩾⩽]*[≥≤<>=⩾⩽]/;
const HAS_DIGIT = /\d/;
// A figure in the words and what follows it, where a unit would stand (2个百分点, 3次, 95%).
const MEASURED_FIGURE = /(\d+(?:\.\d+)?)\s*([^\d\s，,；;、。（）()]{1,6})/g;
const CALENDAR_PART = /^[年月日号]/;
const LATIN_PAIR = /^[A-Za-z]{2}$/;

/**
 * Whether the words after a sign are a sentence rather than one reference: a figure then a clause of its own
 * (不少于3次，每次不少于50人), a second sign for a second value (≥95%/≥90%, 上年水平，且≥95%), or a figure with a unit of
 * measure that states an amount the reference does not name (高于全省平均2个百分点, 至少开展3次, 95%或上年水平). A date's
 * parts (≥2025年水平, ≤2026年11月30日) name no amount: those stay references.
 */
export function isSentenceAfterSign(words: string): boolean {
  return SEVERAL_CLAUSES.test(words) || SECOND_SIGN.test(words) || holdsMeasuredFigure(words);
}

function holdsMeasuredFigure(words: string): boolean {
  if (!HAS_DIGIT.test(words)) return false;
  for (const m of words.matchAll(MEASURED_FIGURE)) {
    const after = m[2]!;
    if (CALENDAR_PART.test(after)) continue;
    // A unit in Latin letters must end its word (5 hello is no 5 h).
    // A slash right after the figure parts a date's fields (≤2026/10/31) or a fraction's, and is no unit alone.
    if (after === '/') continue;
    for (let cut = after.length; cut >= 1; cut--) {
      if (isPlausibleUnit(after.slice(0, cut)) && !LATIN_PAIR.test(after.slice(cut - 1, cut + 1))) return true;
    }
  }
  return false;
}
