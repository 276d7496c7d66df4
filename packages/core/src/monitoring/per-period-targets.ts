import { foldWidth } from '../values/normalize-text';
import type { IndicatorLightInput } from './light-types';

/**
 * A target stated per month or per quarter (4 次/月, 每月巡查4次, a row named 每季度督导次数) is a year's target of 12 or
 * 4 times it, so the monitoring sheet's 1至当月 running total is measured against that year's count by the time share
 * (rules.md §4's cumulative indicator), while a figure per month (月均4.5次, 每月4次, or a bare number in a 次/月 row)
 * is a level measured against the per-month figure itself.
 */

const PER_YEAR: Record<string, number> = { 月: 12, 月度: 12, 季: 4, 季度: 4, 半年: 2 };
const PERIOD = '(月度?|季度?|半年)';
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const UNIT_PER = new RegExp(String.raw`^(.+?)[/／]每?${PERIOD}$`);
const TARGET_EACH = new RegExp(String.raw`^(?:[≥>=≧]|不少于|不低于|达到|至少)?每${PERIOD}[\u4e00-\u9fff]{0,6}?(?:不少于|不低于|至少|达到)?${NUMBER}([\u4e00-\u9fff]{1,3}?)(?:以上)?$`);
const TARGET_SLASH = new RegExp(String.raw`^(?:[≥>=≧]|不少于|不低于)?${NUMBER}([\u4e00-\u9fff]{1,3})[/／]每?${PERIOD}$`);
const NAME_EACH = new RegExp(String.raw`^(?:每${PERIOD}|(月|季)均)`);
const ACTUAL_EACH = new RegExp(String.raw`^(?:平均)?(?:每${PERIOD}(?:平均)?|(月|季)均)`);
const RUNNING = /累计|合计|共计|总计|截至|截止|以来/;
// 2次/月 as the value: a figure in the per-period unit is a level per period.
const ACTUAL_PER = new RegExp(String.raw`^(?:[≥>=≧]|不少于|不低于|达到)?\d+(?:\.\d+)?[\u4e00-\u9fff]{0,3}[/／]每?${PERIOD}$`);
// 人均月补助标准 400 元/月, 户均…: a standard or an amount per head is a level paid each month, not a count that builds up.
const LEVEL_NAME = /标准|人均|户均|均次|单价|费率|工资|薪酬/;

export interface PerPeriodReading {
  /** The row restated in a year's terms (or per period, for a value per period), for indicatorLight to judge. */
  input: IndicatorLightInput;
  lead: string;
}

const periodsPerYear = (word: string): number => PER_YEAR[word] ?? PER_YEAR[word.replace(/度$/, '')]!;
const plainNumber = (v: string | number | null): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const m = v == null ? null : /^\s*(?:[≥>=≧]\s*)?(\d+(?:\.\d+)?)\s*$/.exec(foldWidth(v));
  return m ? Number(m[1]) : null;
};

/**
 * The row read in a year's terms when its target is per month or per quarter and its unit counts things; null for any
 * other row. isCumulative says which units count up over the year (次, 户, 万元…).
 */
export function perPeriodTarget(input: IndicatorLightInput, isCumulative: (unit: string) => boolean): PerPeriodReading | null {
  if (input.choice || input.cumulative === false || input.comparator === '<=' || input.comparator === '<' || LEVEL_NAME.test(input.name ?? '')) return null;
  const unit = input.unit ? foldWidth(input.unit).replace(/\s+/g, '') : '';
  const target = typeof input.target === 'string' ? foldWidth(input.target).replace(/\s+/g, '') : input.target;
  let found: { t: number; base: string; per: string; from: 'unit' | 'target' | 'name' } | null = null;
  const inUnit = UNIT_PER.exec(unit);
  const t = plainNumber(target);
  if (inUnit && isCumulative(inUnit[1]!) && t != null) found = { t, base: inUnit[1]!, per: inUnit[2]!, from: 'unit' };
  if (!found && typeof target === 'string') {
    const each = TARGET_EACH.exec(target);
    const slash = each ? null : TARGET_SLASH.exec(target);
    const [per, n, base] = each ? [each[1]!, each[2]!, each[3]!] : slash ? [slash[3]!, slash[1]!, slash[2]!] : [];
    if (per && base && isCumulative(base) && (unit === '' || unit === base)) found = { t: Number(n), base, per, from: 'target' };
  }
  const named = NAME_EACH.exec((input.name ?? '').trim());
  if (!found && named && t != null && isCumulative(unit)) found = { t, base: unit, per: named[1] ?? named[2]!, from: 'name' };
  if (!found || !(found.t > 0)) return null;
  const { base, from } = found;
  const per = periodsPerYear(found.per);
  const word = found.per.startsWith('月') ? '月' : found.per.startsWith('季') ? '季度' : '半年';
  const comparator = input.comparator === 'qualitative' || input.comparator == null ? '>=' : input.comparator;
  const name = input.name?.trim().replace(NAME_EACH, '');
  const common = { ...input, comparator, unit: base, ...(name !== undefined ? { name } : {}) } as const;
  const actual = typeof input.actual === 'string' ? foldWidth(input.actual).trim() : input.actual;
  // 月均4.5次, 每月4次: a level per period (converted when the value's period differs from the target's).
  const each = typeof actual === 'string' && !RUNNING.test(actual) ? ACTUAL_EACH.exec(actual) : null;
  const perUnit = typeof actual === 'string' ? ACTUAL_PER.exec(actual.replace(/\s+/g, '')) : null;
  const bare = (from !== 'target' && plainNumber(actual) != null) || perUnit != null;
  if (each || bare) {
    const actualPer = each ? periodsPerYear(each[1] ?? each[2]!) : perUnit ? periodsPerYear(perUnit[1]!) : per;
    const figure = each ? actual!.toString().slice(each[0].length) : perUnit ? actual!.toString().replace(/[/／]每?(?:月度?|季度?|半年)\s*$/, '') : actual;
    return {
      input: { ...common, target: (found.t * per) / actualPer, actual: figure, cumulative: false },
      lead: `指标值为每${word}${found.t}${base}，完成值为每${actualPer === 12 ? '月' : actualPer === 4 ? '季度' : '半年'}的数，按同期目标比较；`,
    };
  }
  return {
    input: { ...common, target: found.t * per, cumulative: true },
    lead: `指标值为每${word}${found.t}${base}，即全年${found.t * per}${base}，完成值按1至当月累计数计；`,
  };
}
