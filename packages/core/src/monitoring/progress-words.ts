import { bandNamedBy } from '../scoring/band-words';
import type { QualitativeChoice } from '../scoring/score-types';
import { readChineseNumeral } from '../values/chinese-numeral';
import { foldWidth } from '../values/normalize-text';
import { readSign, type Sign } from '../values/parse-value';
import { readDate, type WrittenDate } from '../values/read-date';
import { saysSomeLeft } from './remaining-words';
import { roundedShare } from './rounded-shares';
import { seasonDeadline } from './season-deadlines';

/**
 * How a 1至当月完成值 cell says progress in words rather than in the indicator's unit: a share of the
 * year's target (完成全年的45%), on plan (按计划推进), not finished yet (尚未完成), or a band (基本完成).
 */

const NOISE = /[\s\u3000。.，,；;！!]+/g;

// A remark in brackets after the words (正常推进（约60%）, 尚未开工（正在政府采购）) explains them; the words say the state.
const TRAILING_REMARK = /[（(][^（()）]*[）)]$/;

/** The value folded, without a closing remark in brackets and without spaces or punctuation. */
export function stateWords(actual: string): string {
  const folded = foldWidth(actual).trim();
  const bare = folded.replace(TRAILING_REMARK, '');
  return (bare === '' ? folded : bare).replace(NOISE, '');
}

/** The clauses of a value (已起草，待审定), each folded and without its spaces. */
function clauses(actual: string): string[] {
  return foldWidth(actual).split(/[，,；;、]+/).map((c) => c.replace(NOISE, '')).filter((c) => c !== '');
}

// 完成全年的45%, 完成全年任务的一半, 已完成年度目标任务的30%, 占全年计划的45%, 全年任务完成率45%, 年度目标完成进度为45%.
// Also without the year: 已完成总量的60%, 完成投资计划的40%, 完成目标任务的50% (a share of the row's target).
// 约完成计划的三成: 成 is tenths of the whole, and an estimate (约, 近) is still the clerk's share.
const SHARE_OF_YEAR = /^(?:已|累计|共|目前|当前)?(?:约|近|大约|接近|将近)?(?:完成|达到|实现|占)?了?(?:(?:全年|年度|本年度?|全年度|年)(?:目标|计划|任务|工作|工作量|总量|投资|量)*|(?:总|全部|目标|计划|任务|投资|建设)+(?:总量|量|任务|计划|目标|工作量)*)的?(?:完成(?:率|进度|比例)?|进度)?(?:为|达到?|约|近|已达)?(?:(\d+(?:\.\d+)?)%|(一半|半数|[一二三四五六七八九十]{1,2}分之[一二三四五六七八九十]{1,2}|[一二三四五六七八九十]成[一二三四五六七八九]?))(?:左右)?$/;

// 完成近七成, 已完成约三成: tenths need no noun, as 成 always counts tenths of the whole task.
const TENTHS_DONE = /^(?:已|累计|目前|当前)?(?:约|近|大约|接近|将近)?(?:完成|实现)了?(?:约|近|大约|接近|将近|超过)?([一二三四五六七八九十]成[一二三四五六七八九]?)(?:左右)?$/;

// 已完成全年任务, 提前完成年度目标, 超额完成全年计划: the whole year's target, done (at least 100%).
// Without the year, a word of the whole (已全部完成, 已超额完成, 超额完成任务) says the same; 提前 alone says only when.
const WHOLE_YEAR_DONE = /^(?:已|已经|均已)?(?:(?:提前|超额|全面|全部|提前超额)*完成(?:了)?(?:全年|年度|本年度?|全年度)(?:目标|计划|任务|工作)*(?:任务)?|(?:提前)?(?:超额|全部|全面)(?:完成|建成|完工|竣工)(?:了)?(?:目标|计划|任务|工作)*)$/;

// 正常推进（约60%）, 进度滞后（完成40%）: words of progress with the share of the task done in brackets.
// 过半, 大部分完成, 基本完成, 接近完成 with no figure: a rough share of the year's task (about half, seven tenths, nine
// tenths), enough to place a count or an amount against its time share; a figure written beside them wins.
const ROUGH_SHARE = /^(?:目前|当前|已|已经|累计)?(?:资金)?(?:完成|拨付|支付|执行|投资|进度|工作量?)*(过半|过半数|大半|大部分完成|完成大部分|基本完成|接近完成|接近尾声)(?:全年|年度)?(?:目标|计划)?(?:任务)?$/;
const ROUGH_SHARES: Record<string, number> = { 过半: 50, 过半数: 50, 大半: 70, 大部分完成: 70, 完成大部分: 70, 基本完成: 90, 接近完成: 90, 接近尾声: 90 };
const WORDS_WITH_SHARE = /^(.+?)[（(](?:约|近|大约|已?完成|累计完成)?(\d+(?:\.\d+)?)%(?:左右)?[）)]$/;

// 尚未过半, 完成不足一半, 进度未达一半: under half of the year's task, with no figure.
const UNDER_HALF = /^(?:目前|当前|累计|全年)?(?:完成|进度|工作|工作量|任务|投资|支付)*(?:尚未|还未|仍未|未|没有|不足|不到|未达到?|未满|低于)(?:完成|达到)?(?:全年|年度)?(?:任务|计划|目标)?的?(?:过半|一半|半数)$/;

/** True when a progress value says less than half of the year's task is done (尚未过半, 完成不足一半). */
export function saysUnderHalf(actual: string): boolean {
  const s = foldWidth(actual).replace(/[\s\u3000，,；;！!。]+/g, '');
  return s.length <= 20 && UNDER_HALF.test(s);
}

/** True when a progress value says the whole task is done (已全部完成, 已超额完成全年任务). */
export function saysWholeDone(actual: string | number | null): boolean {
  return typeof actual === 'string' && actual.length <= 30 && WHOLE_YEAR_DONE.test(foldWidth(actual).replace(/[\s\u3000，,；;！!。]+/g, ''));
}

/** The share of the year's target (in percent) a progress value states, or null when it states none. */
export function shareOfYear(actual: string): number | null {
  // The decimal point stays: only spaces and punctuation around the words go.
  const s = foldWidth(actual).replace(/[\s\u3000，,；;！!。]+/g, '').replace(/\.$/, '');
  if (s.length > 30) return null;
  if (WHOLE_YEAR_DONE.test(s)) return 100;
  const words = WORDS_WITH_SHARE.exec(s);
  if (words && (saysOnPlan(words[1]!) || saysBehind(words[1]!) || saysUnfinished(words[1]!))) return Number(words[2]);
  const rough = ROUGH_SHARE.exec(s);
  if (rough) return ROUGH_SHARES[rough[1]!] ?? null;
  const tenths = TENTHS_DONE.exec(s);
  if (tenths) return fractionInWords(tenths[1]!);
  const rounded = roundedShare(s);
  if (rounded != null) return rounded;
  const m = SHARE_OF_YEAR.exec(s);
  if (!m) return null;
  const n = m[1] != null ? Number(m[1]) : fractionInWords(m[2]!);
  return n != null && Number.isFinite(n) ? n : null;
}

/** 一半 → 50, 四分之三 → 75, 三成五 → 35: a share written as a fraction in words, in percent. */
function fractionInWords(s: string): number | null {
  if (s === '一半' || s === '半数') return 50;
  const tenths = /^([一二三四五六七八九十])成([一二三四五六七八九])?$/.exec(s);
  if (tenths) {
    const whole = readChineseNumeral(tenths[1]!);
    const part = tenths[2] != null ? readChineseNumeral(tenths[2]) : 0;
    return whole != null && part != null && whole * 10 + part <= 100 ? whole * 10 + part : null;
  }
  const [whole, part] = s.split('分之');
  const d = readChineseNumeral(whole!);
  const n = readChineseNumeral(part!);
  return d != null && n != null && d > 0 && n <= d ? (n / d) * 100 : null;
}

// 按计划推进, 按进度实施, 按序时进度推进中, 正常推进, 有序推进, 稳步推进: the work keeps to its plan.
// Also the other word order: 进展顺利, 进度正常, 推进顺利.
const ON_PLAN = /^(?:目前|当前|已|均|正在)?(?:(?:按(?:照)?(?:计划|进度|序时进度|时序进度|时间节点|既定计划|年度计划|工作计划)(?:要求)?|正常|有序|稳步|顺利)(?:推进|进行|实施|开展|执行|建设)中?|(?:工作|项目)?(?:进展|进度|推进|实施|执行|建设)(?:顺利|正常|良好|符合(?:预期|计划|序时进度)))$/;

/** True when a progress value says the work keeps to its plan. */
export function saysOnPlan(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  return ON_PLAN.test(stateWords(actual));
}

// 尚未完成, 未完工, 正在推进, 推进中, 尚未开展: not finished yet, which is no shortfall before the deadline.
// A stage still going on names the work's state too: 招标中, 施工中, 审批中, 持续推进; so does a step done before the
// one that finishes it (已签合同未付款, 已开工未完工).
const WORK_STAGE = '推进|实施|进行|开展|建设|办理|施工|筹备|招标|采购|设计|审批|审核|报批|评审|论证|编制|谈判|调试|安装|整改|验收|公示|结算';
const NOT_YET_DONE = '完成|完工|竣工|办结|到位|开展|启动|实施|开始|开工|付款|支付|拨付|验收|交付|投用|投入使用|结算|招标|签约|签订合同|上线';
// A stage may name its kind (政府采购流程中, 竣工验收阶段中).
const UNFINISHED = new RegExp(String.raw`^(?:(?:尚|暂|还|仍|目前|当前)?(?:未|没有)(?:${NOT_YET_DONE})|(?:已|均已)[\u4e00-\u9fff]{1,6}?(?:但|尚|暂|还|仍)?(?:未|没有)(?:${NOT_YET_DONE})|(?:正在|仍在|尚在|目前|当前)?[\u4e00-\u9fff]{0,4}?(?:${WORK_STAGE})(?:阶段|流程|程序|过程|手续)?中|(?:正在|持续|继续|仍在)[\u4e00-\u9fff]{0,4}?(?:${WORK_STAGE})|(?:已|已经)?(?:完成)?(?:过半|接近完成|接近尾声))$`);
const STAGE = /^(?:已|均已|已经)?(?:完成)?(主体|基础|土建|桩基|地基|路基)/;
// A part of the work done, not all of it: a first step (已完成初验, 已完成初步设计, 已通过预验收) or the first batches
// (第一批已拨付, 首批资金已到位), and a step waiting for the next (待审定, 待终验): still unfinished.
const PART_DONE = /^(?:(?:已|均已|已经)?(?:主体(?:结构|工程)?|基础(?:工程)?|土建(?:工程)?|桩基|地基|路基)(?:已|均已)?(?:完工|封顶|建成|完成|施工完成)|(?:已|均已|已经)?(?:完成|通过)?(?:主体(?:结构|工程)?|基础(?:工程)?|土建(?:工程)?|桩基|地基|路基|初验|初审|预验收|初步[\u4e00-\u9fff]{1,4}|(?:已|均已|已经)部分[\u4e00-\u9fff]{1,4}|部分(?:已|均已)[\u4e00-\u9fff]{1,4})|(?:第[一二三四五六七八九十\d]+|首|前[一二两三四五\d])批[\u4e00-\u9fff]{0,4}?(?:已|均已)[\u4e00-\u9fff]{1,4}|(?:尚|仍|目前|正|现)?(?:待|等待)[\u4e00-\u9fff]{1,4})$/;

// 正在清淤, 仍在维修: any work said to be going on is not finished, whatever the work is called.
const GOING_ON = /^(?:目前|当前|现)?(?:正在|仍在|尚在)[\u4e00-\u9fff]{1,6}$/;

/** True when a progress value says the work is not finished yet. */
export function saysUnfinished(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  if (UNFINISHED.test(stateWords(actual)) || saysSomeLeft(actual) || saysPartOfPlan(actual) || GOING_ON.test(stateWords(actual))) return true;
  // Clauses only when all are words: a figure beside the words (持续推进，完成80%) is the value to measure.
  return !/\d/.test(actual) && clauses(actual).some((c) => UNFINISHED.test(c) || PART_DONE.test(c));
}

// 已完成政府采购, 已印发, 已签订合同: a step named as done, which finishes the row only where the target names it.
const PREPARATORY = /(招标|采购|设计|立项|审批|批复|论证|调研|评审|规划|方案|询价|比选|签约|签订合同|合同签订)$/;
const STEP_DONE = /^(?:(?:已|已经|均已)(?:全部|全面|顺利)?(?:完成|通过)?|完成)([\u4e00-\u9fff]{2,8})$/;

/**
 * True when a progress value says done the work its target names (6月底前完成招标采购 with 已完成政府采购，已签订合同;
 * 3月底前印发实施方案 with 已印发): a clause names a step done that shares a word with the target's work, and no
 * clause says the work unfinished. A step the target does not name (已完成招标 for 12月底前完工) says nothing.
 */
export function saysTargetWorkDone(target: string | number | null, actual: string | number | null): boolean {
  if (typeof target !== 'string' || typeof actual !== 'string' || actual.length > 30) return false;
  const work = foldWidth(target).replace(NOISE, '').replace(/^.*?(?:前|以前|之前)/, '');
  if (work.length < 2) return false;
  // A first step is the work itself where the target names it (6月底前完成初验 with 已完成初验).
  // A stage of a work (主体完工) is the work itself where the target names that stage (7月底前完成主体施工).
  const named = (c: string): boolean => PART_DONE.test(c) && (work.includes(c.replace(/^(?:已|均已|已经)?(?:完成|通过)?/, ''))
    || work.includes(STAGE.exec(c)?.[1] ?? '\u0000'));
  if (UNFINISHED.test(stateWords(actual)) || clauses(actual).some((c) => UNFINISHED.test(c) || (PART_DONE.test(c) && !named(c)))) return false;
  return clauses(actual).some((c) => {
    if (named(c)) return true;
    const step = STEP_DONE.exec(c)?.[1];
    if (!step || /[未没待]/.test(step)) return false;
    // 已完成锅炉检修招标 for 完成供暖设施检修: a step that prepares the work (its procurement, design) is not the work,
    // unless the target names that step.
    const prepares = PREPARATORY.exec(step)?.[1];
    if (prepares && !work.includes(prepares)) return false;
    for (let i = 0; i + 2 <= step.length; i++) if (work.includes(step.slice(i, i + 2))) return true;
    return false;
  });
}

// 已完工, 已竣工验收, 已建成投用, 已付款: the work named as finished, in words other than the band words; the manner
// (已提前完成, 已如期完工) does not change it.
// A subject may come first (等保测评已通过, 系统已上线试运行), never a part, stage or batch of the work (主体已完工).
const DONE = /^(?![\u4e00-\u9fff]*?(?:部分|主体|基础|土建|桩基|地基|路基|第|首批|前[一二两三四五\d]|未|没|尚|待))(?:[\u4e00-\u9fff]{1,6}?)?(?:已|已经|均已|已全部|已全面|全部)(?:提前|如期|按期|按时|顺利)?(?:完成|完工|竣工|建成|办结|验收|完成验收|通过验收|竣工验收|投用|投入使用|交付|交付使用|拨付|付款|支付|到位|上线|通过)(?:运行|试运行|上线)?(?:并(?:投入使用|投用|交付使用|通过验收|上线运行))?$/;

/** True when a progress value says the work is finished (已完工). */
export function saysDone(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  return DONE.test(foldWidth(actual).replace(NOISE, ''));
}

// 预计10月完工, 计划于9月底前完成, 预计年底竣工: the month the clerk expects the work to be finished in.
const FORECAST = /^(?:预计|计划|拟|争取|力争|预期)(?:将|可|能|于|在)*(?:(\d{4})年)?(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|底|末|中旬|上旬|下旬|初|中)?|(年底|年末|年内))(?:前|以前|之前)?(?:可|能|即可|将)?(?:全面|全部)?(?:完工|完成|竣工|建成|办结|投用|投入使用|交付|验收|到位|实施完毕|上线)$/;

/** The year (when written) and month a forecast of completion names, or null when the value is no such forecast. */
export function forecastCompletion(actual: string | number | null): { year: number | null; month: number } | null {
  if (typeof actual !== 'string' || actual.length > 30) return null;
  // 目前完成60%，预计11月底完工: the forecast may follow the figure so far, as its own clause.
  const m = FORECAST.exec(foldWidth(actual).replace(NOISE, '')) ?? (clauses(actual).length === 2 ? FORECAST.exec(clauses(actual)[1]!) : null);
  if (!m) return null;
  const month = m[3] ? 12 : monthNumber(m[2]!);
  return month == null ? null : { year: m[1] != null ? Number(m[1]) : null, month };
}

/**
 * The year-end outcome a progress value names in words, for a row with no expected-completion pick:
 * a band word (达成, 基本完成, 未达成) as scoring reads it, or 按计划推进 as on course to 达成.
 */
export function bandFromProgress(actual: string | number | null): QualitativeChoice | null {
  if (typeof actual !== 'string') return null;
  return bandNamedBy(foldWidth(actual).trim()) ?? (saysOnPlan(actual) || saysDone(actual) || saysWholeDone(actual) ? '达成' : saysBehind(actual) ? '部分达成' : null);
}

// 滞后, 进度滞后, 进展缓慢, 滞后于序时进度: behind plan, the clerk's own words for a 部分达成 outlook.
// The lag may be given (进度滞后约15天, 较计划滞后半个月).
const BEHIND = /^(?:目前|当前|整体|总体)?(?:工作|项目)?(?:进度|进展|推进|实施|执行|建设)?(?:较|比)?(?:计划|序时进度|时序进度|预期)?(?:略有|有所|明显|严重|较为|稍)?(?:滞后|缓慢|较慢|偏慢|延迟|延期|迟缓)(?:于(?:计划|序时进度|时序进度|时间节点|预期))?(?:约|近|大约|将近)?(?:(?:\d+(?:\.\d+)?|[一二三四五六七八九十两半]+)个?(?:天|日|周|星期|月|工作日))?(?:左右)?$/;

// 因汛期停工, 受资金影响暂停施工, 停工待料: work stopped is behind plan, whatever stopped it.
const STALLED = /^(?:(?:因|受|由于)[\u4e00-\u9fff]{1,10}?(?:影响|原因)?)?(?:暂时|临时|一度|目前|已|现)?(?:停工|停滞|暂停施工|暂停实施|暂停|停建|搁置|中断|中止|停摆)(?:待料|中|状态)?$/;
const NOT_STALLED = /(?:未|无|没有|不|未曾)(?:停工|停滞|暂停|停建|搁置|中断|中止|停摆)/;

/** True when a progress value says the work is behind plan, or stopped. */
export function saysBehind(actual: string | number | null): boolean {
  if (typeof actual !== 'string' || actual.length > 20) return false;
  const s = stateWords(actual);
  return BEHIND.test(s) || (STALLED.test(s) && !NOT_STALLED.test(s));
}

/** The months a progress value says it covers, when they are not 1..m: 7-9月完成3次, 第三季度完成3次, 下半年完成6次. */
export interface ProgressPeriod {
  firstMonth: number;
  lastMonth: number;
  /** The value after the period. */
  rest: string;
}

const MONTH = String.raw`(\d{1,2}|十[一二]?|[一二三四五六七八九])`;
const LEAD_END = String.raw`\s*(?:期间|内|共|累计)?\s*[,，:：、]?\s*`;
const YEAR = String.raw`(?:\d{4}\s*年\s*)?`;
const DAY = String.raw`(?:\s*\d{1,2}\s*[日号])?`;
const SPAN_LEAD = new RegExp(String.raw`^${YEAR}${MONTH}\s*月?份?${DAY}\s*[-–—~～至到]\s*${MONTH}\s*月(?:份|底|末)?${DAY}${LEAD_END}`);
const QUARTER_LEAD = new RegExp(String.raw`^${YEAR}(?:第)?([一二三四1-4])\s*季度${LEAD_END}`);
// 1-2季度, 第一至第三季度, 二至三季度: a span of quarters.
const QUARTERS_LEAD = new RegExp(String.raw`^${YEAR}(?:第)?([一二三四1-4])\s*(?:季度)?\s*[-–—~～至到]\s*(?:第)?([一二三四1-4])\s*季度${LEAD_END}`);
const HALF_LEAD = new RegExp(String.raw`^${YEAR}(上|下)半年度?${LEAD_END}`);
// 9月培训60人次, 10月份新增10户: one month alone (not 9月底 / 9月末, which say "by the end of", nor a date 6月30日).
const MONTH_LEAD = new RegExp(String.raw`^${YEAR}${MONTH}\s*月份?(?:当月|单月)?(?![底末前初中上下旬以\d\s\-–—~～至到])${LEAD_END}`);
// 本月完成3次, 当月2次, 本季度培训300人次: the report's own month or quarter, named without its number.
const THIS_MONTH_LEAD = new RegExp(String.raw`^(?:本月|当月)份?(?!底|末|前|以来)${LEAD_END}`);
const THIS_QUARTER_LEAD = new RegExp(String.raw`^(?:本季度?|当季度?)(?!末|底|以来)${LEAD_END}`);

function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : readChineseNumeral(s);
  return n != null && n >= 1 && n <= 12 ? n : null;
}

/**
 * The period a progress value starts with, when it names one (null for none, or for one it cannot read). With the
 * report's month, 本月 and 本季度 are read as that month and the quarter up to it.
 */
export function periodOfProgress(actual: string, month?: number): ProgressPeriod | null {
  const s = foldWidth(actual).trim();
  let m = SPAN_LEAD.exec(s);
  if (m) {
    const first = monthNumber(m[1]!);
    const last = monthNumber(m[2]!);
    return first != null && last != null && first <= last ? { firstMonth: first, lastMonth: last, rest: s.slice(m[0].length) } : null;
  }
  if ((m = QUARTERS_LEAD.exec(s))) {
    const first = monthNumber(m[1]!)!;
    const last = monthNumber(m[2]!)!;
    return first <= last ? { firstMonth: 3 * first - 2, lastMonth: 3 * last, rest: s.slice(m[0].length) } : null;
  }
  if ((m = QUARTER_LEAD.exec(s))) {
    const q = monthNumber(m[1]!)!;
    return { firstMonth: 3 * q - 2, lastMonth: 3 * q, rest: s.slice(m[0].length) };
  }
  if ((m = HALF_LEAD.exec(s))) return m[1] === '上' ? { firstMonth: 1, lastMonth: 6, rest: s.slice(m[0].length) } : { firstMonth: 7, lastMonth: 12, rest: s.slice(m[0].length) };
  if ((m = MONTH_LEAD.exec(s)) && m[0].length < s.length) {
    const one = monthNumber(m[1]!);
    return one != null ? { firstMonth: one, lastMonth: one, rest: s.slice(m[0].length) } : null;
  }
  if (month == null || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if ((m = THIS_MONTH_LEAD.exec(s)) && m[0].length < s.length) return { firstMonth: month, lastMonth: month, rest: s.slice(m[0].length) };
  if ((m = THIS_QUARTER_LEAD.exec(s)) && m[0].length < s.length) return { firstMonth: 3 * Math.floor((month - 1) / 3) + 1, lastMonth: month, rest: s.slice(m[0].length) };
  return null;
}

/** How a progress value compares with last year's: 高于上年, 与上年持平, 较上年下降10%, 不低于上年. */
export type YearOnYear = 'above' | 'equal' | 'below' | 'atLeast' | 'atMost';

const LAST_YEAR = /上年|上一年|去年|上年度|上一年度|同期|往年|前一年/;
const AT_LEAST = /(?:不|未|没有)(?:低于|少于|下降|减少|降低)/;
const AT_MOST = /(?:不|未|没有)(?:高于|超过|超出|多于|增长|增加|上升)/;
const EQUAL = /持平|相当|相同|一致|基本不变|无变化/;
const BELOW = /低于|少于|下降|减少|降低|回落|下滑|差于|缩减|压减/;
const ABOVE = /高于|超过|多于|优于|好于|增长|增加|提高|提升|上升|扩大/;

/**
 * The comparison with last year a progress value states. Words alone (有所提高) count when short, as the row's
 * target already names last year; a long sentence must name it itself.
 */
export function comparedWithLastYear(actual: string | number | null): YearOnYear | null {
  if (typeof actual !== 'string') return null;
  const s = foldWidth(actual).replace(NOISE, '');
  if (s === '' || s.length > 40 || (!LAST_YEAR.test(s) && s.length > 8)) return null;
  if (AT_LEAST.test(s)) return 'atLeast';
  if (AT_MOST.test(s)) return 'atMost';
  if (EQUAL.test(s)) return 'equal';
  if (BELOW.test(s)) return 'below';
  if (ABOVE.test(s)) return 'above';
  return null;
}

/**
 * The comparison a target against last year asks for (不低于上年, ≥上年水平, 较上年有所提高), or null when the
 * target is not one: a sign before it or given apart, else words of direction. Targets with a figure
 * (较上年增长5%) are not read here.
 */
export function lastYearTarget(target: string | number | null, comparator: string | null): Sign | null {
  if (typeof target !== 'string') return null;
  const s = foldWidth(target).replace(NOISE, '');
  if (!LAST_YEAR.test(s) || /\d/.test(s) || s.length > 30) return null;
  if (comparator === '>=' || comparator === '<=' || comparator === '>' || comparator === '<' || comparator === '=') return comparator;
  const written = readSign(s).sign;
  if (written) return written;
  if (AT_LEAST.test(s)) return '>=';
  if (AT_MOST.test(s)) return '<=';
  if (EQUAL.test(s)) return '=';
  if (BELOW.test(s)) return '<';
  if (ABOVE.test(s)) return '>';
  return null;
}

/** Whether a stated comparison with last year meets the target's: true, false, or null when it cannot say. */
export function meetsLastYear(sign: Sign, stated: YearOnYear): boolean | null {
  switch (sign) {
    case '>=': case '=': return stated === 'atMost' ? null : stated !== 'below';
    case '>': return stated === 'atLeast' ? null : stated === 'above';
    case '<=': return stated === 'atLeast' ? null : stated !== 'above';
    case '<': return stated === 'atMost' ? null : stated === 'below';
  }
}

// 已完成3/5, 完成3/5项: done out of the number planned, the first figure being the progress. A base after the
// second figure (10/10万) makes it a rate, not a count done.
// The unit may follow each figure and the total be named (2个/共5个, 3项/计划5项).
const DONE_OF = /^(?:已|累计|共|目前|当前)?(?:完成|实现|开展|落实|建成)?了?(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3})?[/／](?:共|计划|全年|总计|总数|合计)?(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3})?$/;
// 已完成5个中的2个, 计划5项中已完成2项, 5个中完成2个: the total first, then the count done.
const DONE_AMONG = /^(?:已|累计|目前|当前)?(?:完成|实现|建成)?(?:计划|全年|共|总计)?(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3}?)?中的?(?:已|累计)?(?:完成|实现|建成|开展|落实)?了?(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3})?$/;

// 完成3/4: a bare fraction, no unit and no total named: three quarters of the task, as 完成四分之三 reads.
const BARE_FRACTION = /^(?:已|累计|目前|当前)?(?:完成|实现)?了?(\d+)[/／](\d+)$/;

/** The share (in percent) a bare 「完成3/4」 states (75), or null when the value is no bare fraction of the task. */
export function bareFraction(actual: string): number | null {
  const m = BARE_FRACTION.exec(foldWidth(actual).replace(NOISE, ''));
  if (!m) return null;
  const done = Number(m[1]);
  const planned = Number(m[2]);
  return planned > 0 && done <= planned ? (done / planned) * 100 : null;
}

/** The count done a 「3/5」 progress value states (3), or null when it is not one. */
export function doneOfPlanned(actual: string): number | null {
  return doneAndPlanned(actual)?.[0] ?? null;
}

/** True when a 「已完成12所中的9所」 value states part of the planned count done: the work is not finished. */
function saysPartOfPlan(actual: string): boolean {
  const both = doneAndPlanned(actual);
  return both != null && both[0] < both[1];
}

function doneAndPlanned(actual: string): [done: number, planned: number] | null {
  const s = foldWidth(actual).replace(NOISE, '');
  const slash = DONE_OF.exec(s);
  const among = slash ? null : DONE_AMONG.exec(s);
  const m = slash ?? among;
  if (!m) return null;
  // A magnitude after a figure (10/10万, 3万/5万) makes it a rate or an amount, not a count done.
  if ([m[2], m[4]].some((u) => u != null && /^[十百千万亿]/.test(u))) return null;
  // Different units on the two sides (3人/5次) are not one count out of another.
  if (m[2] && m[4] && m[2] !== m[4]) return null;
  const done = Number(slash ? m[1] : m[3]);
  const planned = Number(slash ? m[3] : m[1]);
  return Number.isFinite(done) && planned > 0 && done <= planned ? [done, planned] : null;
}

// A deadline named by a part of the year (年底前完成, 2025年底前, 年内完成, 上半年完成, 三季度末前): the month that part ends in.
const PART_OF_YEAR_DEADLINE = /^(?:(\d{4})年(?=底|末|内|度内))?(?:(\d{4})年)?(?:(年底|年末|年内|年度内|底|末|内|度内|本年度?内?|当年|下半年|年中|上半年)|(?:第)?([一二三四1-4])季度(?:末|底)?)(?:以前|之前|前|内|底前|末前)?(?:完成|办结|完工|竣工|到位|实施|建成|投用|投入使用)?$/;

// 3月底前印发实施方案: a document issued (印发, 出台, 制定) is work after a deadline as much as 完成 is.
// The work may name its part first (8月底前主体完工) and stand alone at the end (6月底前开工).
const WORK_AFTER_DEADLINE = /^(.+?(?:前|以前|之前))(?:全面|全部)?(?:主体(?:结构|工程)?|基础(?:工程)?|土建(?:工程)?|项目|系统|平台)?(?:上线|通过|完成|完工|竣工|建成|办结|实施|启动|开工|实现|落实|开展|拨付|支付|发放|投用|投入使用|交付|印发|出台|制定|发布|编制|签订)[\u4e00-\u9fff]{0,12}$/;

/** The deadline a target states: a date (6月30日前) or a part of the year (年底前), with or without the work after it. */
export function readDeadline(target: string | number | null): WrittenDate | null {
  const date = readDate(target);
  if (date || typeof target !== 'string') return date;
  const text = foldWidth(target).replace(/[\s\u3000。.，,；;]+/g, '');
  // 6月底前完成招标, 年底前完成资金拨付: the deadline is the part before the work it names.
  const named = WORK_AFTER_DEADLINE.exec(text);
  if (named) return readDeadline(named[1]!);
  const m = PART_OF_YEAR_DEADLINE.exec(text);
  if (!m) return seasonDeadline(text);
  const yearText = m[1] ?? m[2];
  const part = m[3];
  // 底 / 末 / 内 alone only after a year (2025年底): a bare 内 or 末 is no deadline.
  if (part && /^(?:底|末|内|度内)$/.test(part) && m[1] == null) return null;
  const year = yearText != null ? Number(yearText) : null;
  if (part) return { year, month: part === '上半年' || part === '年中' ? 6 : 12, day: null };
  const q = /\d/.test(m[4]!) ? Number(m[4]) : '一二三四'.indexOf(m[4]!) + 1;
  return { year, month: 3 * q, day: null };
}
