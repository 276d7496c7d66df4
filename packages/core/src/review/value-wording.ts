import { isRangeValue } from '../values/parse-value';
import type { Level2 } from './indicator-framework';

/**
 * How a 定性 target value is worded: vague promises, deadlines, named standards, ranges, directions. Read
 * by the value checks of check-indicators.ts; regexes compiled once.
 */
// Values that promise without measuring: 100%完成, 及时保障, 有效提高, 按要求适时完成.
export const VAGUE = /(完成|及时|有效|提高|提升|保障|按时|按期|按要求|适时|较好|良好|明显|显著|进一步|逐步|确保|保证|满足|符合|达到要求|按规定|按合同|合格|落地|生效|正常|顺利)/;
// A deadline or time limit is a measurable 时效 value, however it is worded: 年底前完成, 2024年6月底前, 3个工作日内.
export const DEADLINE = /(\d{4}年|\d{1,2}月|\d{1,2}日|年底|年末|年内|年中|当年|本年度?|月底|月末|季度末|季末|上半年|下半年|工作日|小时|\d+天)/;
// A quality value that names its standard (符合国家标准, 达到二类公厕标准, 符合《…》) is a measurable 质量 value.
const NAMED_STANDARD = /(《|GB|国标|国家|行业|部颁|省级|设计要求|设计标准|设计规范|[一二三四五六七八九十\d][级类星])/;
// A calendar date (2025年11月30日前, 2025-06-30): a deadline, measurable whatever sign stands before it.
export const DATE = /\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
// A change by a stated amount (较上年下降10%, 提高5个百分点, 同比增长8%): measurable against last year's figure.
const CHANGE_BY = /^(?:较上年|比上年|较上一年|同比|环比|年均)?(?:下降|降低|减少|压减|提高|提升|增长|增加|上升)\s*\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|百分点)?(?:以上|以内|左右)?$/;

/** A two-sided range or a change by a stated amount: a 定性 value that still states a number to meet. */
export function statesAmount(target: string): boolean {
  return (DIGIT.test(target) && CHANGE_BY.test(target)) || isRangeValue(target);
}

const DIGIT = /\d/;

/** A 定性 value that can still be checked: a deadline under any output 二级, a named standard under 质量. */
export function measurableText(target: string, l2: Level2 | null): boolean {
  return DEADLINE.test(target) || (l2 === 'quality' && NAMED_STANDARD.test(target));
}

// A value that states only which way a quantity moves (逐年下降, 稳步增长, 有所减少), with nothing to measure against.
export const DIRECTION_ONLY = /^(逐年|逐步|稳步|持续|不断|有所|明显|显著|大幅|进一步|较上年|比上年|同比)?(下降|降低|减少|提高|提升|增长|增加|上升|扩大|缩小)$/;

export const FALLING = /(下降|降低|减少|缩小)$/;
const SHARE_END = /(比例|比率|占比|比重|百分比|[^效频功汇税利概]率)[。.；;]?$/;

export function describesShare(description: string): boolean {
  return SHARE_END.test(description.trim());
}

// …率 names that are not a share of a whole: 资金使用效率, 服务频率.
export const NOT_A_SHARE = /(效率|频率|功率|汇率|税率|利率|概率)$/;
