import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';

/**
 * Progress values that state a change or a date rather than a level (rules.md §4 reads levels): 已提高1.5个百分点,
 * 较年初减少3户, 由85%提高到86.5%, 已于6月全部完成, 计划11月开展.
 */

const MONTH = String.raw`(?:\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const WHEN_END = String.raw`(?:份|底|末|中旬|上旬|下旬|初|中)?(?:前|以前|之前)?`;
const WHEN = String.raw`(?:\d{4}年)?${MONTH}月${WHEN_END}`;
// 已于6月全部完成, 6月已全部完成, 已在8月通过验收: when the work was done, said before the words of done.
const DONE_WHEN = new RegExp(String.raw`^(?:(?:已|已经|均已)(?:于|在)(?:\d{4}年)?(${MONTH})月${WHEN_END}|(?:于|在)?(?:\d{4}年)?(${MONTH})月${WHEN_END}(?:即|就)?(?:已|已经|均已))(?=[\u4e00-\u9fff])`);

/**
 * The value without the month it names as done (已于6月全部完成 → 已全部完成), or null when it names none or a month after
 * the report's. The words of done are judged the same whenever in 1..m they came true; a deadline row reads the month
 * itself first.
 */
export function withoutDoneDate(actual: string | number | null, month: number): string | null {
  if (typeof actual !== 'string') return null;
  const s = foldWidth(actual).trim().replace(/\s+/g, '');
  const m = DONE_WHEN.exec(s);
  if (!m || m[0].length >= s.length) return null;
  const named = m[1] ?? m[2]!;
  const done = /^\d+$/.test(named) ? Number(named) : readChineseNumeral(named);
  return done != null && done <= month ? `已${s.slice(m[0].length)}` : null;
}

// 计划11月开展, 拟于11月组织, 满意度调查计划11月开展: work planned for a later month, nothing done yet.
const PLANNED = new RegExp(String.raw`^(?:[\u4e00-\u9fff]{0,8}?(?:尚未开展|未开展)[，,]?)?[\u4e00-\u9fff]{0,8}?(?:计划|拟|拟于|计划于|将于|定于|预计)(?:于|在)?${WHEN}(?:委托第三方)?(?:开展|组织|举办|实施|启动|进行)[\u4e00-\u9fff]{0,8}$`);

/** True when the value only says the work is planned for a month (计划11月开展): not begun. */
export function saysPlannedLater(actual: string | number | null): boolean {
  return typeof actual === 'string' && actual.length <= 30 && PLANNED.test(foldWidth(actual).trim().replace(/\s+/g, ''));
}

const UP = '提高|提升|增加|增长|上升|新增|扩大';
const DOWN = '下降|减少|降低|减|回落|下滑|缩减|压减';
const FROM = String.raw`(?:较|比)(?:年初|上年|去年|上年同期|同期|上月|上季度|基期|基线|年初水平)`;
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const CHANGE = new RegExp(String.raw`^(?:${FROM})?(?:已|已经|累计|共|全年|净)*(${UP}|${DOWN})了?(?:约|近)?${NUMBER}([\u4e00-\u9fff%]{0,4})$`);
const FROM_TO = new RegExp(String.raw`^(?:已)?由${NUMBER}(%?)(?:${UP}|${DOWN})(?:到|至)${NUMBER}(%?)$`);
// An indicator named for a fall (发生率下降幅度, 危房减少户数): a decrease of 3 is 3 done.
const NAMED_FOR_FALL = /下降|减少|降低|压减|缩减|减幅|降幅/;
const NAMED_FOR_CHANGE = /新增|净增|增加|增长|提高|提升|增幅|下降|减少|降低|压减|缩减|减幅|降幅/;

/**
 * The figure a change states, in the row's unit, signed against the row's direction: under a target that asks for a
 * rise (提高2个百分点, 新增50户) a fall is negative; under one whose name states a fall it is the figure. A change from
 * one level to another (由85%提高到86.5%) is the difference, in percentage points. Null when the value is no change,
 * or names another unit (较年初下降1.2个百分点 under a level in %: no level is stated).
 */
export function changeValue(actual: string | number | null, unit: string | null, name: string): number | null {
  if (typeof actual !== 'string' || !unit) return null;
  const s = foldWidth(actual).trim().replace(/[\s，,。；;]+/g, '');
  const u = foldWidth(unit).trim();
  const fall = NAMED_FOR_FALL.test(name);
  const points = /^个?百分点$/.test(u);
  // A change is the figure only where the row counts a change: in percentage points, or named for one (新增户数,
  // 危房减少户数). Under a level (≥95%, 12次) 较上年增长10% states no level.
  if (!points && !NAMED_FOR_CHANGE.test(name)) return null;
  if (points && /^(?:基本)?(?:持平|与上年持平|无变化|未变化)$/.test(s)) return 0;
  const ft = FROM_TO.exec(s);
  if (ft) {
    if (!points || ft[2] !== ft[4]) return null;
    const d = Number(ft[3]) - Number(ft[1]);
    return fall ? -d : d;
  }
  const m = CHANGE.exec(s);
  if (!m) return null;
  const written = m[3]!;
  if (written !== '' && written !== u && !(points && /^个?百分点$/.test(written))) return null;
  const n = Number(m[2]);
  const down = new RegExp(`^(?:${DOWN})$`).test(m[1]!);
  return down !== fall ? -n : n;
}
