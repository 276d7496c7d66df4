import { readChineseDecimal } from '../values/chinese-numeral';
import { isPlausibleUnit, isRangeValue } from '../values/parse-value';
import type { Level2 } from './indicator-framework';

/**
 * How a 定性 target value is worded: vague promises, deadlines, named standards, ranges, directions. Read
 * by the value checks of check-indicators.ts; regexes compiled once.
 */
// Values that promise without measuring: 100%完成, 及时保障, 有效提高, 按要求适时完成.
export const VAGUE = /(完成|及时|有效|提高|提升|保障|按时|按期|按要求|适时|较好|良好|明显|显著|进一步|逐步|确保|保证|满足|符合|达到要求|按规定|按合同|合格|落地|生效|正常|顺利)/;
// Promises of manner rather than measure, read only for 数量/质量/时效 values (VAGUE also screens units, where these
// words never appear): 尽快修复, 快速响应, 按计划推进, 规范有序, 稳定可靠, 真实准确, 群众认可, and states described rather than
// measured (干净整洁, 美观舒适, 道路畅通). Effort promised (持续加强, 稳步推进) and a state hedged (基本建成, 基本形成) say as little.
export const VAGUE_PROMISE = /(稳步|加强|推进|基本(?:建成|建立|形成|实现|完善|满足|达到|达标)|尽快|较短|加快|快速|迅速|高效|即时|立即|第一时间|随到随办|按计划|按进度|规范|有序|可靠|稳定|认可|喜闻乐见|真实|准确|精准|无误|扎实|常态化|较高|大幅|不断|全面|积极|切实|力争|争取|优质|高标准|高质量|干净|整洁|美观|舒适|畅通|清洁|充足|充分|优化)/;
// Coverage stated whole (全覆盖, 100%覆盖): on a coverage rate (检验覆盖率) it is the target =100%, not a promise.
export const FULL_COVERAGE = /^(?:全覆盖|全面覆盖|全部覆盖|全域覆盖|100\s*[%％]\s*覆盖)$/;
// A deadline or time limit is a measurable 时效 value, however it is worded: 年底前完成, 2024年6月底前, 3个工作日内.
// A quarter or a month in words (第三季度完成, 一季度, 十二月底前) is a deadline too, and so is a date everyone knows named
// by its season or holiday (春节前完成, 汛期前, 开学前, 供暖季前, 旅游旺季前, 暑期前). A period written as a frequency (每季度, 按月, 每半年一次)
// states how often: a count per year under 数量, a cadence under 时效.
// A season's window for the work (防治适期内完成, 播种适期前, 主汛期内, 农时期间) is a dated span too: the forecast and the
// calendar fix it, as they fix 汛期前.
export const DEADLINE = /((?:春节|元旦|国庆|中秋|端午|清明|汛期|主汛期|汛|开学|秋季开学|春季开学|供暖季?|采暖季?|农忙|春耕|秋收|秋冬季|(?:旅游)?旺季|暑期|暑假|寒假|黄金周)节?(?:来临)?(?:之?前|以前)|^(?:每|按)(?:年度?|半年|季度?|月度?|周|旬)(?:一次|1次|开展|组织|报送|检查|督查)?$|\d{4}年|\d{1,2}月|\d{1,2}日|年底|年末|年内|年中|当年|本年度?|月底|月末|季度末|季末|上半年|下半年|工作日|小时|\d+天|第?[一二三四1-4]季度|[一二三四五六七八九十]{1,3}月(?:底|末|份|前|中旬|上旬|下旬)|适期(?:之?内|之?前)|(?:主?汛期|农忙季?节?|农时)(?:之?内|期间))/;
// A quality value that names its standard (符合国家标准, 达到二类公厕标准, 符合《…》) is a measurable 质量 value.
// 设计 covers 设计要求/设计标准/符合设计及施工规范要求: the drawings and specifications acceptance is held to.
// Water and soil classes are written in Roman numerals (达到Ⅲ类). A standard cited by its code (DA/T 31-2017, GB/T 19001,
// DB33/T 1004: issuer letters, /T or /Z, then its number) names it as surely as 《…》 does.
// A ministry's or a department's own code (符合财政部评价规范, 达到住建厅验收标准) names its issuer as 国家 or 行业 do; 全部, 内部, 部分, 干部 and a hall (餐厅, 大厅) are not issuers.
// A profession's code named by its field (会计准则, 档案著录规则, 审计准则), or a 规范 a verb of conforming points at (符合统计调查规范,
// 执行会计档案管理规范), is as definite: each field keeps one. 档案管理规范 or 审计程序规范有序 alone says how the work goes, no code.
const NAMED_STANDARD = /(《|GB|[A-Z]{2,4}(?:\d{2})?\s*[/／]\s*[TZ]\s*\d|国标|国家|行业|部颁|省级|设计|施工规范|技术规范|技术标准|验收规范|验收标准|规程|[一二三四五六七八九十\dⅠⅡⅢⅣⅤⅥ][级类星]|(?:会计|审计|统计|调查|评估|测评|档案|测绘|保密)[\u4e00-\u9fa5]{0,4}(?:准则|规程|规则)|(?:符合|执行|按照|依照|依据|遵循|遵守|达到)(?:国家)?(?:会计|审计|统计|调查|评估|测评|档案|测绘|保密)[\u4e00-\u9fa5]{0,4}规范|(?:(?<![全内外局大干细])部(?![分位门])|(?<![餐大客展门])厅)[\u4e00-\u9fa5]{0,6}(?:标准|规范|指引))/;

// A class, level or standard to reach (Ⅲ类, 一级A标准, 国家标准); a reference such as 行业平均水平 is not one.
const GRADE = /[一二三四五六七八九十\dⅠⅡⅢⅣⅤⅥ][级类星等]|标准$/;

/** A value naming a grade or a standard (Ⅲ类, 一级站标准, 国家标准): a level to reach, measurable after a sign. */
export function namesStandard(target: string): boolean {
  return GRADE.test(target);
}

// A standard named only by who issued it (国家标准, 行业标准, 相关标准要求): it says that a limit exists, not which grade.
const BARE_STANDARD = /^(?:国家|行业|地方|省级?|市级?|相关|有关|国家相关|国家有关)?(?:规定)?标准(?:要求|规定|限值)?$/;

// A standard no one issued (规定标准, 相关标准, 有关要求标准): the value says a limit exists somewhere, not which.
const UNNAMED_STANDARD = /^(?:达到|符合|执行)?(?:相关|有关)?(?:规定|相关|有关)标准(?:要求|规定)?$/;

/** 达到规定标准, 相关标准: a standard with neither issuer, grade nor number, under either sign a reference only. */
export function isUnnamedStandard(target: string): boolean {
  return UNNAMED_STANDARD.test(target);
}

/** 国家标准, 行业标准: a standard without its grade or number (an 一级A标准 or a GB 3838 names one). */
export function isBareStandard(target: string): boolean {
  return BARE_STANDARD.test(target);
}

// The result of a graded assessment (合格, 优良, 达标): pass or fail, read only for a 质量 row that is not a rate.
export const PASS_GRADE = /^(?:达到|评定为|评为|等级为)?(?:合格|优良|优秀|达标)(?:等级|级|以上)?$/;
// A grade reached on a scale (良好及以上, 优秀, B级以上), read only for a name that is itself a grade or rating (评价等级, 评估结果).
export const GRADE_REACHED = /^(?:达到|评定为|评为|等级为)?(?:合格|良好|优良|优秀|达标|[A-Da-d]|甲等?|乙等?)(?:等级|等次|级)?(?:及|或)?(?:以上)?$/;
// A calendar date (2025年11月30日前, 2025-06-30): a deadline, measurable whatever sign stands before it.
export const DATE = /\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
// A change by a stated amount (较上年下降10%, 提高5个百分点, 同比增长8%): measurable against last year's figure.
// The baseline may be a named year (较2020年下降10%, 比2023年增长10%) as well as last year; a place in a ranking moves by 位.
const BASELINE = '(?:较上年|比上年|较上一年|同比|环比|年均|(?:较|比)(?:上年度|去年|\\d{4}年度?|基期|基准年)(?:同期)?)';
// The amount may carry a bound of its own (同比增长不低于10%, 下降不少于0.5个百分点), and a span of time moves by days or hours as
// well as by a share (较上年缩短30天, 较上年延长5分钟).
const CHANGE_BOUND = '(?:不低于|不少于|不小于|至少|不高于|不超过|不大于|不多于|最多)?';
const CHANGE_BY = new RegExp(`^${BASELINE}?(?:下降|降低|减少|压减|缩短|提高|提升|增长|增加|上升|延长)\\s*${CHANGE_BOUND}\\s*\\d+(?:\\.\\d+)?\\s*(?:%|％|‰|个百分点|百分点|位|个位次|个?工作日|天|日|小时|分钟)?(?:以上|以内|左右)?$`);

// The two halves of CHANGE_BY, for the name's direction: a rise or a fall by an amount (较上年上升5%, 下降2个百分点).
const RISE_BY = new RegExp(`^${BASELINE}?(?:提高|提升|增长|增加|上升|延长)\\s*${CHANGE_BOUND}\\s*\\d`);
const FALL_BY = new RegExp(`^${BASELINE}?(?:下降|降低|减少|压减|缩短)\\s*${CHANGE_BOUND}\\s*\\d`);

/** A change by an amount the wrong way for a name that is good or bad when high (发病率 较上年上升5%). */
export function movesWrongWay(target: string, direction: 'good' | 'bad'): boolean {
  if (!DIGIT.test(target)) return false;
  return direction === 'bad' ? RISE_BY.test(target) : FALL_BY.test(target);
}

const POINTS_MOVED = new RegExp(`^${BASELINE}?(?:下降|降低|减少|压减|提高|提升|增长|增加|上升)\\s*${CHANGE_BOUND}\\s*(\\d+(?:\\.\\d+)?)\\s*个?百分点`);

/** The percentage points a change moves by (较上年提高2个百分点 → 2), or null when it is not stated in points. */
export function pointsMoved(target: string): number | null {
  const m = POINTS_MOVED.exec(target);
  return m ? Number(m[1]) : null;
}

// No change at all (同比持平, 与上年持平): a change of zero, as measurable as 较上年下降10%.
const LEVEL_WITH = /^(?:较上年|比上年|较上一年|与上年|同比|环比)?(?:基本)?持平$/;

// Last year's level named alone (上年水平, 上年同期水平), as a 持平 指标性质 leaves it once the import has read the cell: held
// level, as measurable as 与上年持平. After a sign (≤上年水平) it stays a reference (rules.md §1), so this is asked only of a
// 定性 value.
const BASELINE_LEVEL = /^(?:保持|维持)?(?:在)?(?:上年|上年度|去年|上年同期)的?水平$/;

/** 上年水平 as a whole 定性 value: a level held (持平), not a vague promise. */
export function holdsLevel(target: string): boolean {
  return BASELINE_LEVEL.test(target);
}

/** A two-sided range or a change by a stated amount: a 定性 value that still states a number to meet. */
export function statesAmount(target: string): boolean {
  return (DIGIT.test(target) ? CHANGE_BY.test(target) || FREQUENCY_TEXT.test(target) : LEVEL_WITH.test(target)) || isRangeValue(target);
}

// A money figure stated in words with what it is paid per (每孩每年3600元, 每个托位每月300元, 每人每日不超过50元, 每生每天12-15元),
// or a share of a named public standard (按当地最低工资标准的70%, 上年的120%): an amount a cost row can be held to, though the
// import leaves it as text. A share of the budget (预算的90%) stays a reference the reviewer wants as an amount.
const MONEY_IN_WORDS = /\d(?:\.\d+)?\s*(?:[十百千万亿]{0,2})元/;
const SHARE_OF_BASE = /^(?:按|为|达到|不低于|不高于|不超过|执行)?(?!.*(?:预算|控制数|概算|批复|限额|核定))[\u4e00-\u9fa5]{2,14}的\s*\d+(?:\.\d+)?\s*[%％](?:以上|以内|左右)?$/;

/** A cost stated in words that still names its amount: a money figure, or a share of a named standard. */
export function statesCostInWords(target: string): boolean {
  return DIGIT.test(target) && (MONEY_IN_WORDS.test(target) || SHARE_OF_BASE.test(target));
}

// How often, with its period (每月1次, 每季度不少于2次, 全年12期, 每年至少4次): a measurable count the import leaves as
// text when no 指标性质 is given (rules.md §1 reads a number followed by a unit as quantitative).
const FREQUENCY_TEXT = /^(?:每|全年|年度|全年度|一年)(?:[一两二三四五六半]?(?:个)?(?:周|月|季度?|年|半年|学期|天|日))?(?:不少于|不低于|至少|开展|举办|出版|编印|发布)?\s*[\d一二三四五六七八九十两]+\s*(?:次|期|场|轮|批|回|趟)$/;

/** A frequency written out with its period (每月1次, 全年12期): measurable, though the import leaves it as text. */
export function statesFrequency(target: string): boolean {
  return FREQUENCY_TEXT.test(target);
}

// A ratio written X:Y (1:15, 15:1, 1:0.6): the number a ratio name takes.
const RATIO_VALUE = /^\d+(?:\.\d+)?\s*[:：]\s*\d+(?:\.\d+)?$/;

/** A ratio value (1:15): numeric for a ratio name (师生比 =1:15), though not a plain number. */
export function isRatioValue(target: string): boolean {
  return RATIO_VALUE.test(target);
}

const DIGIT = /\d/;

// An outcome that must not happen (无重大故障, 不发生垮坝事故, 杜绝安全事故): a 质量 value checked as a count of zero.
const ABSENCE = /(?:不发生|未发生|杜绝|零|无)(?:[\u4e00-\u9fa5]{0,10})(?:事故|事件|故障|投诉|案件|差错|错误|违规|违纪|返贫|失学|辍学|伤亡|死亡|垮坝|溃坝|险情|损失)/;

/** A 定性 value that can still be checked: a deadline under any output 二级, a named standard or an absence under 质量. */
export function measurableText(target: string, l2: Level2 | null): boolean {
  return DEADLINE.test(target) || (l2 === 'quality' && (NAMED_STANDARD.test(target) || ABSENCE.test(target)));
}

// A value that states only which way a quantity moves (逐年下降, 稳步增长, 有所减少), with nothing to measure against.
export const DIRECTION_ONLY = /^(逐年|逐步|稳步|持续|不断|有所|明显|显著|大幅|进一步|较上年|比上年|同比)?(下降|降低|减少|提高|提升|增长|增加|上升|扩大|缩小)$/;

export const FALLING = /(下降|降低|减少|缩小)$/;
const SHARE_END = /(比例|比率|占比|比重|百分比|[^效频功汇税利概]率)[。.；;]?$/;

export function describesShare(description: string): boolean {
  return SHARE_END.test(description.trim());
}

// …率 names that are not a share of a whole: 资金使用效率, 服务频率; nor is a standing in the public eye (品牌知名度, 美誉度),
// which 效益 rows state as a direction as they do 便利度.
export const NOT_A_SHARE = /(效率|频率|功率|汇率|税率|利率|概率|知名度|美誉度)$/;

// A number written in Chinese numerals, then perhaps a unit (不少于三千人 → 三千人, 两个, 两百): a number people write in words.
// With 点 decimals as the value reader takes them (九十五点五, 零点五).
const CN_NUMBER = /^([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?)(.{0,4})$/;
// A number with a unit the value reader does not split off (70dB, 5mg/L, 35μg/m³, 30km/h, 1NTU): Latin letters or signs.
const GLUED_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*([A-Za-zμµ°℃][A-Za-z0-9μµ°℃³²·./()（）]{0,11})$/;
/**
 * A target the value reader left as text that is still a number people write: in Chinese numerals (三千人, 两个) or with a
 * unit glued on that the reader does not know (70dB, 5mg/L). Read only for the few signed targets without a number.
 */
export function writtenNumber(target: string): { number: number; unit: string | null } | null {
  const glued = GLUED_UNIT.exec(target);
  if (glued) return { number: Number(glued[1]), unit: glued[2]! };
  const cn = CN_NUMBER.exec(target);
  if (cn == null) return null;
  const tail = cn[2]!;
  if (tail !== '' && !isPlausibleUnit(tail)) return null;
  const n = readChineseDecimal(cn[1]!);
  return n == null ? null : { number: n, unit: tail === '' ? null : tail };
}
