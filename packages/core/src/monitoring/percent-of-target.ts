import type { Comparator } from '../forms/forms-schema';
import { hasDigit } from '../scoring/read-number-fast';
import { percentInWords, readActualInUnit } from '../scoring/read-actual-in-unit';
import { foldWidth } from '../values/normalize-text';

// 已完成百分之五十, 完成了百分之四十点五: a short lead of what was done, then the share in words.
const LEAD_IN_WORDS = /^(?:已|累计|共|目前|当前)?(?:完成|达到|实现)?了?(?=百分之)/;

/**
 * The percentage a progress value states when it is written as a share (50%, 完成50%, 百分之五十) under a row that
 * counts something else (栋, 个): the clerk's share of the target, in percent; null when the value states a count
 * of the row's unit (完成12栋，完成率50%), an estimate (约50%), or no percentage at all.
 */
export function percentOfTarget(actual: string, unit: string, name: string, comparator: Exclude<Comparator, 'qualitative'>): number | null {
  const folded = foldWidth(actual).trim();
  if (!hasDigit(folded)) {
    if (!folded.includes('百分之')) return null;
    const v = percentInWords(folded.replace(LEAD_IN_WORDS, ''));
    return v === v ? v : null;
  }
  if (!folded.includes('%')) return null;
  // Read in the row's unit first: only a value whose one figure is in % (a clash with 栋) is a share.
  const inUnit = readActualInUnit(folded, unit, name, comparator);
  if (inUnit.clash !== '%') return null;
  const share = readActualInUnit(folded, '%', name, comparator);
  return share.value === share.value && share.value >= 0 ? share.value : null;
}
