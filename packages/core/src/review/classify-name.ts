import { foldWidth } from '../values/normalize-text';
import { isPlausibleUnit } from '../values/parse-value';
import { GenerationalCache } from './generational-cache';
import { meantSpelling, simplifiedName } from './name-spelling';
import { ADOPTION, INVESTED_PROJECT, MORE_IS_BETTER, RANK, REPAID, TRANSFER, nameMeasure } from './name-measures';
import type { NameDirection, NameFacts, NameKind, OutputCategory } from './name-facts';
import { packNameFacts } from './packed-name-facts';
import {
  SATISFACTION, APPROVAL, ON_TIME_SHARE, PROFICIENCY, RATE_DEGREE, RATE_END, COUNT_END, PER_HEAD_COUNT, BUILT_THING, COUNTED_ENTITY,
  NOT_A_THING, AMOUNT_END, AMOUNT_LEVEL, GOOD_RATE, GOOD_DEGREE, HIGH_RATE, HIGH_TRAIT, GAIN, URBAN_GREEN,
  LAND_COVER, BAD, BAD_END, NEGATED_RATE, TIME_TAKEN, TACKLE, TACKLE_ALL, ENFORCE_LEAD, HANDLE_LEAD, BROUGHT_CASE, CLEARED, FALL, REDUCE, CHANGE, TIMELINESS,
  QUALITY, OUTPUT_TIMELY, OUTPUT_QUALITY, OUTPUT_QUANTITY, SATISFACTION_KIN, ACTIVITY, RATING, PEOPLE_ONLY, SPENDING,
  NOT_SPENDING, BENEFIT_HINT, OVERUSE, TWO_SIDED, GOOD_SHARE, SIGN_UP, NAME_QUANTITY, ABSENT_BAD, TASK, RATIO,
  HEAD_RATIO, BUILT_STRUCTURE, COMPLIANT_SHARE, INFLUENT, CUT_SHARE, CUT_AMOUNT, ZERO_STATE, WRONG_UNDONE,
  OVERDUE_RATE, CUT_LED, COUNTED_SESSIONS, GOOD_ACT, NEGATED_SHARE, TAKEN_IN, HARM_COVER,
} from './name-word-classes';
import {
  PER_CAPITA_MONEY, PEOPLE, ALLOCATION, OWN_RUNNING_COST, COST_NAME, COUNT_WORD, EARNING, INCOME, DIMENSIONLESS,
  PAID_SHARE, EMPLOYED, SMALL_GOOD_SHARE, WORKS, CAPACITY, LARGE_GOOD, GRADED, OUTCOME, USE_RATE, MONEY_WORD,
  PROGRESS, CARRYOVER_SPENT, DRAWN_IN, OWN_SPEND, KEPT_DOWN, KEPT_DOWN_BUDGET, IMPROVEMENT, SHARE_END, REACHES_PLACES, IMPACT, CAPPED,
  SATISFACTION_FLOOR, SAMPLED_SHARE, TRAIT_SHARE, COEFFICIENT, SPAN_COUNT, COUNT_THEN_RATE, AMOUNT_THEN_RATE,
  COUNT_THEN_AMOUNT, AMOUNT_THEN_COUNT, COVERAGE, STATED_BOUND, PER_HEAD_MONEY, RATE_RISE, UNIT_COST, SAVING_WORKS_COST, ACQUIRED_THING,
} from './name-fine-classes';

/**
 * What an indicator's name says about it, read from its meaning rather than from any
 * document's wording: a rate or a count, good or bad when it rises, and which 二级
 * category the name belongs to. Regexes are compiled once; the editor runs these on
 * every keystroke.
 */

const BRACKETS = /[（(【[][^）)】\]]*[）)】\]]/g;
const SPACES = /[\s\u3000]+/g;
const PUNCTUATION = /[、，,。．；;：:·“”"‘’'—_-]/g;
// Homophone slips that keep the meaning: …律 for …率 (及时律, 漏损律, 受害律) unless the name ends on a word of its own (法律,
// 纪律, 规律, 自律, 一律; 合规律 and 合格律 are the rates), and 满意渡 for 满意度.
const LAW_WORD = /(?:[法纪旋定韵音自一戒节心乐刑军诗声典]|(?<!合)[规格])律$/;
// 绿 sounds as 率 too (合格绿, 完成绿), but names end on 绿 when they green land (复绿, 增绿, 植绿): only a rate's stem before it.
const GREEN_SLIP = new RegExp(`(?:${GOOD_RATE.source.slice(0, -2)}|发生|增长|满意|知晓)绿$`);
const LU = 0x5f8b;
const LV = 0x7eff;
const DU = 0x6e21;
const UNIT_BRACKET = /[（(]\s*([^（）()]{1,8}?)\s*[）)]\s*[:：]?\s*$/;
// …or after a slash (培训人次/人次, 受益农户/户, 贴息/万元, 平均住院日/天) or a bare percent sign (年度计划完成率%); a period
// after the slash (培训次数/年) says how often, not the unit, and DRG/DIP is no unit at all.
const UNIT_SLASH = /[\u4e00-\u9fa5）)]\s*[/／]\s*([^/／\s]{1,8}?)\s*[:：]?\s*$/;
const PERIOD = /^(?:年|年度|月|周|季|季度|半年)$/;
// 元/人, 吨/日, 千克/亩: a name ending on one of these before the slash typed a compound unit, not a unit after the name.
const COMPOUND_HEAD = /[元吨克]/;
const PERCENT_END = /(?<![\d.])[%％‰]\s*[:：]?\s*$/;
// Numbering in front (1. 2、 ① 一、 指标1：) and a colon behind (培训人数：) are the clerk's layout, not the name; 12345热线 and
// 2.5 are not numbering. Bracketed numbering ((2), （一）) goes with the other brackets.
const NUMBERING = /^(?:\d{1,2}[.．、](?!\d)|[\u2460-\u2473]|[一二三四五六七八九十]{1,3}[、.．]|指标\d{1,2}[:：])/;
const TRAILING_COLON = /[:：]+$/;
// A measure put in brackets after what it measures (预算编制质量（偏离度）, 资金使用（执行率）): the bracket is the name's measure,
// not a remark.
const MEASURE_REMARK = /[（(]\s*([\u4e00-\u9fa5]{1,6}(?:率|度|比例|占比))\s*[）)]\s*[:：]?\s*$/;
const MEASURE_END = /(?:率|度|比例|占比)$/;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/;
const PERCENT_SIGN = /^(?:%|％|‰)$/;
const PLACE_AFTER_ACT = /^(?:站|所|点|中心|机构|基地)/;
// An act that names a fund or the goods it pays for (帮扶资金, 救助款物, 救灾物资) says whose money it is, not an act against
// what happens to it: 帮扶资金违规发放 is money paid out wrongly. Verbs that act on the fund (查处资金挪用案件) are not among them.
const FUND_ACT = /(?:帮扶|扶持|救助|救援|救灾|补偿|赔付|理赔|防治|治理|整治|维修|养护|修复|预防|防控)$/;
const FUND_AFTER_ACT = /^(?:资金|经费|款物|款项|款|物资|补助|补贴)/;
// What an act produces (监测数据, 检测结果, 检查记录) standing between it and a bad word names the product the wrong is done to
// (环境监测数据弄虚作假, 检测报告造假): the act made the record, it does not act against the fraud.
const ACT_PRODUCT = /^(?:数据|结果|报告|记录|资料|台账|信息)$/;
// A Latin abbreviation in brackets right before what is measured of it (河道水质（COD）浓度, 出水（NH3-N）含量) is the substance the
// name measures, not a remark: its letters stay in the core. A remark before the measure in Chinese (（含线上）) still goes.
const SUBSTANCE_BRACKET = /[（(]\s*([A-Za-z][A-Za-z0-9.-]{0,9})\s*[）)](?=(?:年均|平均|年平均|日均|排放|出水|进水)?(?:浓度|含量|排放量)(?:值|均值)?$)/;
// Chemical formulas are typed with subscript digits (O₃, NO₂, SO₂) as often as with plain ones (O3, NO2).
const SUBSCRIPT = /[\u2080-\u2089]/;
const SUBSCRIPTS = /[\u2080-\u2089]/g;
const NOT_DONE = /^[未不没]$/;

/**
 * The core with a homophone slip in its last character read as the word meant (及时律 → 及时率, 满意渡 → 满意度), and slips
 * inside it as well (满义度, 完层率, 复盖率: name-spelling.ts).
 */
function meantCore(raw: string): string {
  const core = meantSpelling(raw);
  const last = core.charCodeAt(core.length - 1);
  if (last === LU) return LAW_WORD.test(core) ? core : `${core.slice(0, -1)}率`;
  if (last === LV) return GREEN_SLIP.test(core) || BAD_END.test(`${core.slice(0, -1)}率`) ? `${core.slice(0, -1)}率` : core;
  if (last === DU) return core.endsWith('满意渡') ? `${core.slice(0, -1)}度` : core;
  return core;
}

/** A unit written in brackets at the end of the name (培训人数（人）): a plausible unit or a percent sign, else null. */
function unitInName(raw: string): string | null {
  const name = FULL_WIDTH_ASCII.test(raw) ? foldWidth(raw) : raw;
  const m = UNIT_BRACKET.exec(name);
  if (m != null) {
    const u = m[1]!;
    return PERCENT_SIGN.test(u) || isPlausibleUnit(u) ? u : null;
  }
  const slash = slashUnit(name);
  if (slash != null) return slash;
  return PERCENT_END.test(name) ? '%' : null;
}

function slashUnit(name: string): string | null {
  const m = UNIT_SLASH.exec(name);
  if (m == null) return null;
  const u = m[1]!;
  if (PERIOD.test(u) || !(PERCENT_SIGN.test(u) || isPlausibleUnit(u))) return null;
  // 补助标准元/人: the slash is inside a compound unit (元/人) typed after the name, not before the unit.
  return COMPOUND_HEAD.test(name.charAt(m.index)) ? null : u;
}

/**
 * Name without bracketed remarks, blanks, numbering, a trailing colon or a unit after a slash, full-width letters and digits
 * folded (ＰＭ２．５) and traditional characters read as simplified; a measure in brackets (…质量（偏离度）) is kept. The key
 * comparisons use.
 */
export function nameCore(raw: string): string {
  // 群眾滿意度: a page in traditional characters names the same indicator as one in simplified ones.
  const folded = simplifiedName(FULL_WIDTH_ASCII.test(raw) ? foldWidth(raw) : raw);
  const name = SUBSCRIPT.test(folded) ? folded.replace(SUBSCRIPTS, (d) => String(d.charCodeAt(0) - 0x2080)) : folded;
  const kept = SUBSTANCE_BRACKET.test(name) ? name.replace(SUBSTANCE_BRACKET, '$1') : name;
  let stripped = kept.replace(BRACKETS, '').replace(SPACES, '').replace(NUMBERING, '').replace(TRAILING_COLON, '');
  const slash = slashUnit(stripped);
  if (slash != null) stripped = stripped.slice(0, stripped.lastIndexOf('/'));
  else if (PERCENT_END.test(stripped)) stripped = stripped.replace(PERCENT_END, '');
  const remark = MEASURE_REMARK.exec(name);
  if (remark != null && !MEASURE_END.test(stripped)) stripped += remark[1]!;
  return stripped === '' ? name.replace(SPACES, '') : stripped;
}

// Names repeat across forms (library indicators, the same form re-checked on each keystroke), so the
// facts of recent names are kept. Many names differ only in a bracketed remark or blanks (政府预决算公开率
// （除涉密信息外）, a project's number after the name), and the facts are read from the core and a bracketed
// unit only, so a name seen for the first time is looked up by those before it is read word by word.
const byName = new GenerationalCache<NameFacts>(20000);
const byCore = new GenerationalCache<NameFacts>(20000);

export function classifyName(name: string): NameFacts {
  const hit = byName.get(name);
  if (hit) return hit;
  const facts = byName.getOld(name) ?? factsOf(name);
  // The key is a copy made beside the facts: a lookup compares the name with its key, then reads the
  // facts, so the two sit together in memory instead of the key staying inside whichever form first had it.
  byName.set(ownCopy(name), facts);
  return facts;
}

function factsOf(name: string): NameFacts {
  const core = meantCore(nameCore(name));
  const unit = unitInName(name);
  const key = unit == null ? core : `${core}\u0000${unit}`;
  const recent = byCore.get(key);
  if (recent) return recent;
  const facts = byCore.getOld(key) ?? packNameFacts(computeFacts(core, unit));
  byCore.set(key, facts);
  return facts;
}

/** A new flat string equal to s (strings are immutable, so slicing or concatenating may share s). */
function ownCopy(s: string): string {
  if (s.length > 2000) return s;
  const codes: number[] = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode(...codes);
}

/**
 * Whether the name measures acting against its bad thing: the act follows the bad word (违法案件查处数, 投诉处理件数) or
 * stands right before it (打击违法犯罪, 排查隐患数). An act further ahead names something else (监管企业资产负债率 is the
 * supervised firms' debt ratio, still bad when high).
 */
function tackles(core: string): boolean {
  const bad = BAD.exec(core) ?? BAD_END.exec(core) ?? NEGATED_RATE.exec(core);
  if (bad == null) return TACKLE.test(core);
  // The name ends on the bad thing's own rate (业务办理差错率, 设备检测故障率): the act before it is where the errors
  // happen, not an act against them, so only an act after the bad word counts.
  const rateOfBad = core.endsWith('率') && core.length - (bad.index + bad[0].length) <= 1;
  // An act inside the bad word itself (未整改隐患: 整改 left undone) acts against nothing.
  const badEnd = bad.index + bad[0].length;
  // A duty left undone (查出问题未整改数) is the bad state itself: an act ahead of it names where the duty came from.
  const undone = bad[0].startsWith('未');
  // An act done without approval (未经许可经营) is a breach, not a duty left undone: an enforcement verb leading acts on it, while
  // an act right before it (资产处置未经审批) is the act done without approval.
  if ((!undone || bad[0].startsWith('未经')) && !rateOfBad && bad.index > 0 && ENFORCE_LEAD.test(core)) return true;
  if (!undone && badEnd === core.length && HANDLE_LEAD.test(core) && BROUGHT_CASE.test(bad[0])) return true;
  for (const m of core.matchAll(TACKLE_ALL)) {
    const actEnd = m.index + m[0].length;
    // An act word naming a place (救助站, 检查站, 监测点, 调解中心) is where the bad thing happens, not an act against it.
    if (PLACE_AFTER_ACT.test(core.slice(actEnd, actEnd + 2))) continue;
    // An act negated (超期未办结, 隐患未处置) is the duty left undone, the failure counted, not work against it.
    if (NOT_DONE.test(core.charAt(m.index - 1))) continue;
    if (FUND_ACT.test(m[0]) && FUND_AFTER_ACT.test(core.slice(actEnd, actEnd + 2))) continue;
    // A verb leading the name and a short noun after the bad word ending it (查处夜间施工噪声违法案件, 消除集体经济空壳村): the
    // cases or places are the verb's object, however far the bad word stands. A bad event ending the name (救助资金发放差错,
    // 监管企业资金被违规挪用) happens in the act.
    if (m.index === 0 && !undone && !rateOfBad && leadObject(core.slice(badEnd))) return true;
    // A breach after the act (投诉处理被撤销, 纠纷调处超期) is the act gone wrong: the name counts the failures, not the work.
    if (m.index >= badEnd && BAD.test(core.slice(actEnd))) return false;
    if (m.index >= badEnd || (m.index < bad.index && !rateOfBad && !undone && actEnd <= bad.index && bad.index - actEnd <= 2 && !ACT_PRODUCT.test(core.slice(actEnd, bad.index)))) return true;
  }
  return TAKEN_IN.test(core.slice(badEnd));
}

/** A short noun after a bad word (案件, 村, 点位) with no other bad word in it: what a verb leading the name acts on. */
function leadObject(rest: string): boolean {
  return rest.length > 0 && rest.length <= 3 && !SHARE_END.test(rest) && !BAD.test(rest) && !BAD_END.test(rest);
}

/**
 * Whether the name is a share of those that failed a duty (未按规定缴费台站占比): the negated act with no act between it and
 * 占比 working on the failures (未达标水体整治完成比例 is a share of work done).
 */
function negatedShare(core: string): boolean {
  const m = NEGATED_SHARE.exec(core);
  if (m == null) return false;
  const between = m[1]!;
  return !GOOD_ACT.test(between) && !TACKLE.test(between);
}

function satisfactionFloor(core: string): number | null {
  const m = SATISFACTION_FLOOR.exec(core);
  return m == null ? null : Number(m[1]);
}

function computeFacts(core: string, unitInName: string | null): NameFacts {
  // The sentence's share is read as that share; what the name states (its bound) stays the name's own.
  const bound = STATED_BOUND.exec(core);
  if (bound != null && !SATISFACTION.test(bound[1]!)) {
    return { ...computeFacts(bound[1]!, unitInName), core, plainCore: core.replace(PUNCTUATION, ''), statesCount: true, capped: CAPPED.test(core), satisfactionFloor: satisfactionFloor(core) };
  }
  // A proficiency grade (能力验证满意率) is the lab's quality, good when high, and no one's satisfaction.
  const proficiency = PROFICIENCY.test(core);
  const satisfaction = SATISFACTION.test(core) && !proficiency;
  // A share's rise (…率提升幅度) is read as a share changing, good or bad as the share itself.
  const rise = RATE_RISE.exec(core);
  const riseOf = rise == null ? null : computeFacts(rise[1]!, null).direction;
  let kind: NameKind = 'other';
  if (satisfaction || RATE_END.test(core) || RATE_DEGREE.test(core) || rise != null) kind = 'rate';
  else if (AMOUNT_END.test(core)) kind = 'amount';
  else if (COUNT_END.test(core) || PER_HEAD_COUNT.test(core) || ((BUILT_THING.test(core) || COUNTED_ENTITY.test(core)) && !NOT_A_THING.test(core))) kind = 'count';
  let direction: NameDirection = 'neutral';
  const negated = !satisfaction && (NEGATED_RATE.test(core) || negatedShare(core));
  const timeTaken = TIME_TAKEN.test(core);
  const gain = !negated && ((GAIN.test(core) && !SAVING_WORKS_COST.test(core)) || CLEARED.test(core) || CUT_AMOUNT.test(core)) && !timeTaken;
  const zeroState = ZERO_STATE.test(core);
  const overuse = OVERUSE.test(core);
  const approval = APPROVAL.test(core);
  const spending = SPENDING.test(core) && !NOT_SPENDING.test(core);
  if (TWO_SIDED.test(core) || INFLUENT.test(core)) direction = 'neutral';
  else if (zeroState) direction = 'good';
  else if (KEPT_DOWN.test(core) || KEPT_DOWN_BUDGET.test(core) || HARM_COVER.test(core)) direction = 'bad';
  else if (overuse) direction = REDUCE.test(core) ? 'neutral' : 'bad';
  else if (!negated && (satisfaction || proficiency || gain || approval || GOOD_RATE.test(core) || GOOD_DEGREE.test(core) || GOOD_SHARE.test(core) || PAID_SHARE.test(core)
    || EMPLOYED.test(core) || PROGRESS.test(core) || CARRYOVER_SPENT.test(core) || CUT_SHARE.test(core) || WRONG_UNDONE.test(core) || CUT_LED.test(core) || TRAIT_SHARE.test(core)
    || COMPLIANT_SHARE.test(core) || ON_TIME_SHARE.test(core))) direction = 'good';
  // Time spent is better short whatever it is spent on (投诉处理时限), and a negated rate counts failures whatever
  // act it names (未按期整改率): neither is neutralised by an act word.
  else if (timeTaken) direction = 'bad';
  else if (negated) direction = REDUCE.test(core) ? 'neutral' : 'bad';
  else if (BAD.test(core) || BAD_END.test(core)) direction = REDUCE.test(core) || tackles(core) ? 'neutral' : 'bad';
  if (direction === 'neutral' && riseOf === 'bad') direction = 'bad';
  const improved = (IMPROVEMENT.test(core) && !BAD_END.test(core.slice(0, -2)) && !SHARE_END.test(core.slice(0, -2))) || riseOf === 'good';
  const largeGood = zeroState || (!negated && !timeTaken && direction !== 'bad' && (LARGE_GOOD.test(core) || MORE_IS_BETTER.test(core) || improved) && !BAD.test(core) && !core.includes('风险'));
  if (largeGood) direction = 'good';
  const change = CHANGE.test(core) && !COUNTED_SESSIONS.test(core) && !UNIT_COST.test(core);
  // 亩均地力保护补偿 ends on no word the amounts end on, yet money per mu is money all the same.
  const perHeadMoney = kind !== 'rate' && kind !== 'count' && PER_HEAD_MONEY.test(core);
  const output: OutputCategory = change && core.includes('超额') ? null : OUTPUT_TIMELY.test(core) && !REPAID.test(core) ? 'timeliness' : OUTPUT_QUALITY.test(core) ? 'quality' : OUTPUT_QUANTITY.test(core) && !INVESTED_PROJECT.test(core) ? 'quantity' : null;
  return {
    core,
    kind,
    satisfaction,
    direction,
    highRate: !change && !satisfaction && !negated && (HIGH_RATE.test(core) || HIGH_TRAIT.test(core)) && !LAND_COVER.test(core) && !SIGN_UP.test(core) && !ADOPTION.test(core) && !SAMPLED_SHARE.test(core),
    change,
    category: TIMELINESS.test(core) ? 'timeliness' : QUALITY.test(core) ? 'quality' : null,
    benefitHint: BENEFIT_HINT.test(core),
    output,
    satisfactionLike: satisfaction || SATISFACTION_KIN.test(core) || PEOPLE_ONLY.test(core),
    activity: kind === 'other' && !change && ACTIVITY.test(core),
    rating: !satisfaction && RATING.test(core),
    approval,
    spending,
    amountLevel: !change && ((kind === 'amount' && AMOUNT_LEVEL.test(core)) || perHeadMoney),
    gain,
    timeTaken,
    overdue: OVERDUE_RATE.test(core),
    fall: change && FALL.test(core),
    statesCount: NAME_QUANTITY.test(core),
    yesNo: core.includes('是否'),
    absence: ABSENT_BAD.test(core),
    task: TASK.test(core),
    ratio: RATIO.test(core),
    unitInName,
    perCapitaMoney: (kind === 'amount' && PER_CAPITA_MONEY.test(core)) || perHeadMoney,
    people: PEOPLE.test(core),
    allocation: ALLOCATION.test(core) && !OWN_RUNNING_COST.test(core),
    costName: spending && COST_NAME.test(core),
    earning: EARNING.test(core),
    income: INCOME.test(core),
    dimensionless: DIMENSIONLESS.test(core),
    // Bed occupancy is held in a band (85%–93%), neither good nor bad when high, but a single-digit floor is a slip all the same.
    // A practice or a cover taken up by choice (统防统治覆盖率, 投保覆盖率) grows from any base: no floor is a slip.
    floorRate: (direction === 'good' || TWO_SIDED.test(core)) && kind === 'rate' && !change && !satisfaction && !approval && (!LAND_COVER.test(core) || URBAN_GREEN.test(core)) && !SMALL_GOOD_SHARE.test(core) && !SAMPLED_SHARE.test(core) && !TRAIT_SHARE.test(core) && !ADOPTION.test(core),
    works: kind === 'other' && !change && WORKS.test(core),
    capacity: !change && CAPACITY.test(core),
    largeGood,
    graded: GRADED.test(core),
    outcome: OUTCOME.test(core),
    useRate: kind === 'rate' && USE_RATE.test(core) && !overuse && !TWO_SIDED.test(core) && !MONEY_WORD.test(core),
    measure: nameMeasure(core, change),
    countWord: !change && COUNT_WORD.test(core),
    headRatio: HEAD_RATIO.test(core),
    transfer: TRANSFER.test(core),
    rank: !change && RANK.test(core),
    drawnIn: DRAWN_IN.test(core),
    ownSpend: !change && OWN_SPEND.test(core) && !NOT_SPENDING.test(core),
    capped: CAPPED.test(core),
    impact: IMPACT.test(core) && !TACKLE.test(core),
    reachesPlaces: kind === 'other' && REACHES_PLACES.test(core),
    satisfactionFloor: satisfactionFloor(core),
    coefficient: COEFFICIENT.test(core),
    spanCount: SPAN_COUNT.test(core),
    joinedMeasure: kind === 'amount' ? (COUNT_THEN_AMOUNT.test(core) ? 'count' : null) : kind === 'count' ? (AMOUNT_THEN_COUNT.test(core) ? 'amount' : null) : kind !== 'rate' ? null : COUNT_THEN_RATE.test(core) ? 'count' : AMOUNT_THEN_RATE.test(core) ? 'amount' : null,
    coverage: COVERAGE.test(core),
    // Things built (新建社区健身点, 建成高标准农田) are counted one by one as entities are: never money per unit.
    entity: kind === 'count' && (COUNTED_ENTITY.test(core) || BUILT_STRUCTURE.test(core)) && !NOT_A_THING.test(core),
    acquired: !change && ACQUIRED_THING.test(core) && !NOT_A_THING.test(core),
    plainCore: core.replace(PUNCTUATION, ''),
  };
}
