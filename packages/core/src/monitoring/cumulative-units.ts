import { foldWidth } from '../values/normalize-text';

/** Units counted up over the year (次, 人, 个…): progress compares with the time-share of the target. */
const CUMULATIVE_UNITS = new Set([
  '次', '人', '个', '户', '家', '件', '项', '场', '台', '套', '篇', '份', '本', '册', '期', '批', '所', '座', '辆', '处', '条', '宗', '起', '例', '名', '位',
  '张', '盏', '棵', '株', '头', '只', '亩', '米', '公里', '千米', '平方米', '立方米', '吨', '千克', '公斤', '人次', '户次', '场次', '批次', '班次', '家次',
  '课时', '学时', '人日', '台套', '票', '万人', '万户', '万人次', '万册', '万亩', '公顷', '元', '万元', '亿元', '千元', '村', '所学校', '间', '栋', '幢', '组', '笔',
  // Measure words of things installed or bought one by one (加装电梯 30部, 渔船 5艘, 无人机 2架, 机井 10眼, 路灯杆 200根,
  // 标识牌 40块), counted up over the year like 台 and 辆.
  '部', '艘', '架', '眼', '根', '块',
]);

const UNIT_REMARK = /[（(][^）)]*[）)]/g;
const MAGNITUDE = /^[万亿千百十]/;
const PER_YEAR = /^(.+?)(?:\/年|\/年度|每年|\/全年)$/;
// 次/人, 学时/人, 次/库点: times done per head or per place add up over the year like the times themselves (round 8 reads
// 人均培训学时 so); a quantity per head (吨/亩, 元/吨) is a yield or a price, and a time after the slash a rate per period.
const EVENTS_PER_HEAD = /^(?:次|人次|场|期|学时|课时)\/(?!.*(?:年|季|月|周|日|天|时))[\u4e00-\u9fff]{1,3}$/;

/**
 * True when the unit is a count that accumulates over the year (not a rate such as %). Written variants
 * count as their base unit: 次（场）, 万株, 次/年 (a yearly total); 次/月 or 元/人 are rates per period or head.
 */
export function isCumulativeUnit(unit: string | null | undefined): boolean {
  if (!unit || unit === '%') return false;
  if (CUMULATIVE_UNITS.has(unit)) return true;
  let u = foldWidth(unit).replace(UNIT_REMARK, '').replace(/\s+/g, '');
  if (CUMULATIVE_UNITS.has(u)) return true;
  const yearly = PER_YEAR.exec(u);
  if (yearly) u = yearly[1]!;
  else if (u.includes('/')) return EVENTS_PER_HEAD.test(u);
  return CUMULATIVE_UNITS.has(u) || (MAGNITUDE.test(u) && CUMULATIVE_UNITS.has(u.slice(1)));
}

// A name for a level rather than a running total: a standard (…标准) or an average per day, week or 旬 (日均, 平均每日).
// 月均/季均 rows are per-period targets (per-period-targets.ts), read before this.
const LEVEL_NAME = /标准$|^[\u4e00-\u9fff]{0,8}?(?:[日周旬]均(?![衡匀等])|平均每?[日天周旬]|每[日天周]平均)/;

/**
 * Whether a row's count builds up over the year (rules.md §4's cumulative indicator): as stated, else by its unit, unless its
 * name is a level (a standard, an average per day).
 */
export function countsUp(row: { unit?: string | null; name?: string; cumulative?: boolean }): boolean {
  return row.cumulative ?? (isCumulativeUnit(row.unit ?? null) && !LEVEL_NAME.test((row.name ?? '').trim()));
}
