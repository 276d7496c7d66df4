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

// 合格率百分之九十七, 达到百分之九十五: the row's measure named again (a word ending in 率/度/比例), or a verb of reaching,
// before a share in words. A bound (不足, 超过) or an estimate (约, 近) is no lead: the share is then not the value.
const SHARE_LEAD = /^(?:[\u4e00-\u9fff]{0,10}?(?:率|度|比例|占比|比重))?(?:已|已经|累计|目前|当前|均)?(?:完成|达到|实现|为|是|保持在?)?了?(?=百分之)/;

/**
 * The percentage a progress value in a row measured in % states in words after such a lead (合格率百分之九十七 → 97);
 * null when it states none, or states a bound or an estimate.
 */
export function percentAfterLead(actual: string): number | null {
  const folded = foldWidth(actual).replace(/[\s\u3000]+/g, '');
  if (hasDigit(folded) || !folded.includes('百分之')) return null;
  const lead = SHARE_LEAD.exec(folded);
  if (lead == null) return null;
  const v = percentInWords(folded.slice(lead[0].length));
  return v === v && v >= 0 ? v : null;
}

// 已实现全覆盖, 全省16个市均已全覆盖, 实现应保尽保全覆盖: the whole, reached; a negation anywhere (尚未全覆盖, 未实现) says otherwise.
const FULL_COVERAGE = /(?:实现|达到|已|均已|已经)(?:全部|全面)?全?覆盖$|^全覆盖$/;
// A negation, a part (基本, 部分) or work still under way or planned (正在推进, 力争, 预计年底) is not the whole reached.
const NEGATION = /[未不没无将]|基本|部分|大部|逐步|正在|推进|力争|计划|预计|争取|年底前?/;

/** Whether a progress value says a share reached the whole (全覆盖): 100% under a row measured in %. */
export function saysFullCoverage(actual: string): boolean {
  const folded = foldWidth(actual).replace(/[\s\u3000，,。.；;！!]+/g, '');
  return folded.length <= 30 && FULL_COVERAGE.test(folded) && !NEGATION.test(folded);
}
