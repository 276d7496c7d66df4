import { canonicalNumber } from '../values/parse-value';
import type { Policy } from '../policy/policy';
import type { Grade } from './score-types';

/**
 * Rounds half away from zero to 2 decimals. The tiny relative nudge keeps binary
 * fractions such as 1.005 (stored as 1.00499999…) rounding the way people expect.
 */
export function roundScore(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const y = x * 100 * (1 + 1e-12);
  const r = x > 0 ? Math.round(y) : -Math.round(-y);
  return r / 100 || 0;
}

/**
 * A reported score or total differs from the computed one when |a − b| > 0.005 (issue 3). In binary, 60 − 59.995
 * is 0.005000000000002558: the 1e-9 slack keeps a difference of exactly half a cent, as written, no mismatch.
 * Compare `Math.abs(a - b) > HALF_CENT` (a constant, so the per-row check stays one subtraction and one compare).
 */
export const HALF_CENT = 0.005 + 1e-9;

const SMALL_INTS: string[] = Array.from({ length: 1001 }, (_, i) => String(i));

/**
 * One spelling per number in derivations: 40.730 → 40.73, 10.0 → 10. Scoring formats
 * several numbers per indicator, so the common shapes (small integers, short decimals)
 * skip the general path.
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) {
    if (n >= 0 && n <= 1000) return SMALL_INTS[n]!;
    if (Math.abs(n) < 1e15) return Object.is(n, -0) ? '0' : String(n);
  }
  // Two-decimal values (scores, amounts) are spelled from their integer hundredths.
  const h = n * 100;
  const r = Math.round(h);
  if (Math.abs(h - r) < 1e-7 * Math.max(1, Math.abs(h)) && Math.abs(r) < 1e12) {
    const neg = r < 0;
    const abs = neg ? -r : r;
    const whole = Math.floor(abs / 100);
    const frac = abs - whole * 100;
    const w = whole <= 1000 ? SMALL_INTS[whole]! : String(whole);
    const fs = frac % 10 === 0 ? SMALL_INTS[frac / 10]! : frac < 10 ? '0' + SMALL_INTS[frac]! : SMALL_INTS[frac]!;
    return (neg ? '-' : '') + w + '.' + fs;
  }
  const s = String(n);
  return s.length <= 10 ? s : canonicalNumber(n);
}

/**
 * String(Math.round(n * 100) / 100), the review's spelling of weights, scores and amounts, through
 * formatNumber's fast path: below 1e9 a number of whole hundredths spells the same either way.
 */
export function formatHundredths(n: number): string {
  const x = Math.round(n * 100) / 100;
  return x < 1e9 && x > -1e9 ? formatNumber(x) : String(x);
}

/**
 * A string built by concatenation is a tree of pieces until something reads it; reading one char
 * makes V8 copy it into one block. A derivation spelled for display is kept with its score, so it holds
 * one string instead of a dozen small ones. Messages of findings and score issues are not flattened: most
 * die with the check that made them, and copying each cost ~5% of check + score (in-process A/B).
 */
export function flatten(s: string): string {
  if (s.length > 0) s.charCodeAt(0);
  return s;
}

/** 等级 by the policy's cut-offs: 优 ≥ excellent, 良 ≥ good, 中 ≥ pass, else 差. */
export function gradeOf(total: number, policy: Policy): Grade {
  const t = roundScore(total);
  if (t >= policy.grades.excellent) return '优';
  if (t >= policy.grades.good) return '良';
  if (t >= policy.grades.pass) return '中';
  return '差';
}
