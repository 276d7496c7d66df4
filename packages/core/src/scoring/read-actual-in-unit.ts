import type { Comparator } from '../forms/forms-schema';
import { readChineseDecimal } from '../values/chinese-numeral';
import { foldWidth, isSpreadsheetError, trimText, withoutDigitSlips, withPercentWord } from '../values/normalize-text';
import { isDottedMonth, isPlausibleUnit, parseValue, readRange, withoutLineBreaks } from '../values/parse-value';
import { CALENDAR_ROW_UNITS, isCalendarChar, isCalendarFigure } from './calendar-figure';
import { type ActualInUnit, inRowUnit, isHundredsOf } from './in-row-unit';

export { type ActualInUnit, inRowUnit, percentClashes } from './in-row-unit';

/**
 * A 完成值 that is not a bare number, read as the number it states IN THE INDICATOR'S UNIT (the slow path of
 * scoreIndicator; bare numbers never come here). Clerks write the actual every way: 1.2万人次 under 人次,
 * 3200万元 under 亿元, 95%-98%, 约1200人, 3000余人, 完成12个，占计划100%, 计划15个，完成12个, 较上年下降3%,
 * 百分之九十五, 已完成（100%）, 3200人次/计划3500人次. The reading:
 * - 万 / 亿 / 千 (and 千万) in front of the actual's unit scale it to the indicator's (12000万元 under 亿元 = 1.2,
 *   3千人次 under 人次 = 3000); 千米, 千克, 千瓦 and the like are units of their own;
 * - an actual whose unit cannot be the indicator's (10分 or 12个 under %, 100% or 48万元 under 个) states no
 *   number of it: `clash`, and the row is scored by hand;
 * - a range is read at its cautious end: the low end for >= > =, the high end for <= <;
 * - several clauses (parted by ，；, or a slash before words and a figure): the number in the indicator's unit, a
 *   planned one (计划, 目标) only when nothing else is, a share (其中…) never;
 * - a figure in brackets after lead words (全部完成（12个）) is read as if written without them;
 * - a lead that states a change (下降3%, 增长6.5%) gives a signed change; under an indicator whose name states a
 *   decrease (…下降率, 降低, 减少) the size of the decrease is the actual, and so is a bare negative (-3%);
 * - a negated lead (未完成3个) states no achievement.
 *
 * (The unit arithmetic itself is in-row-unit.ts.)
 */
const NONE: ActualInUnit = { value: NaN, clash: null };

const TRAILING_PUNCTUATION = /[\s。.，,；;！!、]+$/;
// 1，250人: a full-width comma between digit groups is a thousands separator (foldWidth keeps it as text).
const WIDE_THOUSANDS = /(\d)，(?=\d{3}(?!\d))/g;
// A slash before words and a figure (3200人次/计划3500人次) parts two clauses; one before a figure alone (12/12) or
// before a unit (元/人) does not.
const DIGIT_COMMA = /\d,(?:\d{1,2}|\d{4,})(?!\d)/;
const CLAUSE_SPLIT = /[，；;]|,(?!\d{3}(?!\d))|\/(?=[^\d/]+\d)/;
// 已完成（100%）, 全部完成（12个）, 达标（98.6%）: lead words, then the figure in brackets, nothing after.
const BRACKETED_FIGURE = /^([^\d()（）]+)[(（]([^()（）]*\d[^()（）]*)[)）]$/;
// 按计划完成（计划12期，实际12期）, 超额完成（目标100，实际126）: the bracket states the plan and what was done; the words before
// it are the verdict. The 实际 / 完成 clause is read, as if the bracket were the cell.
const DONE_IN_BRACKET = /实际|完成/;
const NEGATION = /[未不没无非否欠差]/;
// An estimate is no measured actual (the house reading of 约五家, 六次左右): left to a person. 节约 / 签约 / 预约 / 合约 /
// 制约 / 公约 and 约束 / 约定 hold a 约 that estimates nothing (节约电量18.6万千瓦时, 签约率76.2%), as parseValue reads them.
// The plain pattern first (most cells have none of these); the one that passes over such words only on a hit.
const ESTIMATE_ANY = /约|近|左右|大概|估计|估算|上下/;
const ESTIMATE = /(?<![预节制签合公])约(?![束定])|近|左右|大概|估计|估算|上下/;

/** A 完成值 that gives an estimate (约92%, 18天左右): no measured actual, left to a person. */
export function isEstimate(text: string): boolean {
  return ESTIMATE_ANY.test(text) && ESTIMATE.test(text);
}
// 按计划完成12期 says the 12 were done as planned: 按计划 is how, not a plan figure.
const PLANNED = /(?<!按)计划|目标|预计|预期|下达|任务数|年初|应[完达]/;
const DOWN = /下降|降低|减少|下滑|削减|压减|缩减/;
const UP = /增长|提高|增加|上升|提升/;
// A name that measures a change (…下降率, 增幅, 较上年提高): an actual stating a change is its level.
const CHANGE_NAME = /下降|降低|减少|削减|压减|缩减|增长|提高|增加|上升|提升|增幅|降幅|增速|增量|变化|变动/;
const SIGN_AT_END = /(?:≥|≤|>=|<=|=|>|<|达到|达|不低于|不少于|不超过|不高于|为|是|共|计|：|:)$/;
const LEADING_NUMBER = /^[+-]?\d+(?:,\d{3})*(?:\.\d+)?/;
const TAIL_SUFFIX = /^(?:及以上|以上|及以下|以下|以内|之内)$/;
const TAIL_REMARK = /^[（(][^（()）]*[）)]$/;
const TAIL_OUTCOME = /^[\u4e00-\u9fa5]{1,4}$/;
const NOT_OUTCOME = /[前后内外底末初中以之余多约左右起止至及或每年月日时分秒]/;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月/;
const PERCENT_WORDS = /^([百千万])分之(.+)$/;
// A time stamp in front of the figure (截至12月底完成95%, 2024年完成12个): when it was counted, not what.
const FIGURE_AFTER_WORDS = /^\s*[^\d\s][^\d]*\d/;
const TIME_STAMP = /^(?:截至|截止|至)?\s*(?:\d{4}\s*年\s*(?:度|底|末)?)?\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号])?\s*(?:底|末|初)?)?\s*(?:前|止)?/;
// 截至11月底93.4%: a stamp opened by 截至 names a point in time, so the figure may follow it with no words between (a bare
// 11月 or 3月 before a figure stays whole: a date or a duration).
const STAMP_THEN_FIGURE = /^(?:截至|截止)\s*(?:\d{4}\s*年|\d{1,2}\s*月)/;
const BLANKS = /\s+/g;
// Comparator words that hold a negation character but negate nothing (不低于95%, 未超过5%), and the names of a measured error
// (误差1.2%, 偏差率4.6%), whose 差 is no shortfall: the figure after them is the error itself. So too a rate named for the
// bad or the treated kind (不合格率1.6%, 不良率, 群众不满意率, 差错率, 无害化处理率): its 不 / 差 / 无 is the name, not a
// denial; only before 率 / 比例 / 占比, so 不合格3批 and 未达标 still negate.
const BOUND_WORDS = /[不未](?:低于|少于|超过|高于)|误差|偏差|(?:不(?:合格|达标|满意|良|规范|及格|符合|到位)|差错|无害化)(?=[\u4e00-\u9fa5]{0,4}(?:率|比例|占比|比重))/g;
// T+1日, T+3个工作日: a settlement term counts days from a trade or a filing; it states no figure of the row.
const SETTLEMENT_TERM = /[A-Za-z]$/;
const ACHIEVED = /完成|实际|实现|累计|共/;
// 1-12月, 全年（1-12月）, 2025年1-12月, Q3, 第三季度 before the figure: the period it was counted in, never the figure;
// a period alone (1-12月, Q3完成) states none. Group 1 marks a span of months, a duration under a row counted in months.
const PERIOD_LEAD = /^(?:\d{4}\s*年?\s*度?\s*)?(?:全年|年度|本年度?)?\s*[(（]?\s*(?:(\d{1,2}\s*月?\s*[-–—~～至到]\s*\d{1,2}\s*月份?)|[Qq]\s*[1-4](?![\d.])|第?\s*[一二三四1-4]\s*季度(?:末|底)?)\s*[)）]?\s*(?:期间|内)?/;
const YEAR_WORD = /全年|年度/;
const PART_LEAD = /^\s*其中/;
// 附件1, 附表2, 见表3: the figure numbers a part of the documents, never an amount of the row.
const PART_NUMBER = /(?:附件|附表|附录|附图|见表|见图)\s*$/;
// 1.2万余人, 3千余人: more than the figure at a magnitude.
const MAGNITUDE_THEN_MORE = /^[百千万亿][余多]/;
// 提前10天完成, 延期15天, 逾期3天: how early or late, not a figure of the row. Only right before the figure: in
// 已提前达标（3天） the bracket holds the level reached.
const OFFSET = /(?:提前|延期|延迟|推迟|逾期|超期|滞后)(?:了|约|大约|近|将近)?\s*$/;
// 扣1.5分, 被扣2分, 扣减3分: the points taken off, not the level the row measures; read as such only under a row whose name
// counts deductions (考核扣分). So too points added (加2分, 奖励加分1分, 另加0.5分), though only as points (分 or no unit): 加
// before an amount (追加120万元, 增加3户, 参加2场) is no bonus.
const DEDUCTED = /扣(?:除|减|罚)?了?(?:分数?)?\s*$/;
const ADDED = /(?:^|[^增追参附添施更外])加了?(?:分数?)?\s*$/;
const POINTS_NAME = /扣|加分/;
// 合格率由95%提高到98.6%: the level it started from is set aside; the level reached is read after 提高到.
const FROM_LEVEL = /由\s*[\d.,]+\s*[^\d\s，,；;至到由]{0,6}?(?=(?:增长|提高|增加|上升|提升|下降|降低|减少|下滑|削减|压减|缩减)[至到]\s*\d)/;
// 上年水平的93%, 达到全省平均水平的105%: a share of a reference level, not the row's own level; left to a person.
const REFERENCE_SHARE = /(?:水平|平均值?|均值|上年度?|同期|基数|标准值?)的\s*$/;
const LEVEL_REACHED = /(?:增长|提高|增加|上升|提升|升|下降|降低|减少|下滑|削减|压减|缩减)[至到为]$/;
// 每月1期，全年共12期: a figure per period is a rate; the total outranks it. 当月完成2次，累计完成7次: a single month's (week's,
// quarter's) figure in a monitoring table is one period's, and the running total outranks it too; so is a half-year's
// (上半年完成46%，全年完成98%) and an average per month or day (月均抽检150批次，全年累计1,900批次).
const PER_PERIOD = /^(?:[每按](?:半年|半月|学期|年|季度|季|月|周|旬|日|天)|[当本](?:月份?|周|季度?|旬)|[上下]半年|[月日周季旬]均)/;
// 2批/共4批, 3个/总计5个: the figure after the slash is the whole the done one is of, never the actual.
const OF_WHOLE = /\s*\/\s*(?:共|总共|总计|合计|全部|计划)\s*\d[\d,.]*\s*[^\d\s，,；;/]{0,4}$/;
// 完成5个中的2个: the whole, then the count done of it; 15个县中排第3, 12个乡镇中位列第2: the field, then the place in it.
const WHOLE_THEN_PART = /\d[\d,.]*\s*[^\d\s，,；;]{0,4}?中(?:的|排名?|位列|名列|列)(?=\s*第?\s*\d)/;
// 超序时进度3个百分点, 低于时间进度2个百分点: the gap to the pace the time elapsed asks, not the row's level.
const PACE_GAP = /(?:超|超过|高于|低于|快于|慢于|领先|落后)于?\s*(?:序时|时序|时间)?进度\s*$/;

/**
 * Text as the reader sees it: the lines of a wrapped cell joined (9\n7% is 97%, as parseValue reads a target), width
 * folded, the thousands commas made ASCII, end punctuation gone, other blanks made one space, and the figures an OCR
 * pass or a spreadsheet export garbled read as parseValue reads them (共计1,2OO人次, 9.5E+03). A spreadsheet's error
 * value (#DIV/0!) is no figure, though it shows a digit: empty.
 */
function tidy(raw: string): string {
  const text = foldWidth(withoutLineBreaks(trimText(raw))).replace(WIDE_THOUSANDS, '$1,').replace(BLANKS, ' ').trim();
  return isSpreadsheetError(text) ? '' : withPercentWord(withoutDigitSlips(text)).replace(TRAILING_PUNCTUATION, '').trim();
}

interface Clause {
  n: number;
  unit: string | null;
  planned: boolean;
  done: boolean;
  /** The lead states a change (下降3%, 增长6.5%): n is signed by it. */
  change: boolean;
  /** The lead names a period the figure is per (每月1期): a rate, not the total. */
  perPeriod: boolean;
  /** The lead states points taken off or added (扣1.5分, 加2分). */
  deducted: boolean;
}

/**
 * One clause: [lead words][sign] number [余/多] [unit] [以上 / a remark / a short outcome word]; null when not one, or
 * when the number is a month or day followed by words (11月已完成) under a row that counts something else.
 */
function readClause(clause: string, rowUnit: string | null): Clause | null {
  const stamp = TIME_STAMP.exec(clause)![0];
  const after = clause.slice(stamp.length);
  // The stamp must leave words, then the figure (完成95%): a date alone (2024年11月) or a duration (3月) stays whole.
  const text = stamp !== '' && (FIGURE_AFTER_WORDS.test(after) || (STAMP_THEN_FIGURE.test(stamp) && digitFrom(after, 0) === 0 && after !== '')) ? after : clause;
  if (DATE.test(text)) return null;
  const i = digitFrom(text, 0);
  if (i === text.length) return null;
  const first = clauseAt(text, i, rowUnit);
  if (first || !isNameFigure(text, i)) return first;
  // PM2.5浓度32μg/m³, 5G覆盖率97%: the first figure belongs to a name; the one after the name is the actual.
  const next = digitFrom(text, i + NAME_FIGURE_RUN.exec(text.slice(i))![0].length);
  return next < text.length ? clauseAt(text, next, rowUnit) : null;
}

function digitFrom(text: string, from: number): number {
  let i = from;
  while (i < text.length && !(text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)) i++;
  return i;
}

const NAME_FIGURE_RUN = /^\d+(?:\.\d+)?[A-Za-z]?/;
// A figure glued to a Latin letter before it (PM2.5, H2O) or to one capital after it and then words (5G覆盖率, 3D打印): part of
// a name. Only tried when the cell does not read at that figure (COD15mg/L reads 15).
const NAME_FIGURE_AFTER = /^\d+(?:\.\d+)?[A-Z][\u4e00-\u9fa5]/;

function isNameFigure(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  return (i > 0 && ((before >= 65 && before <= 90) || (before >= 97 && before <= 122))) || NAME_FIGURE_AFTER.test(text.slice(i));
}

/** The clause read at the figure starting at i (see readClause). */
function clauseAt(text: string, i: number, rowUnit: string | null): Clause | null {
  let lead = text.slice(0, i).trim();
  let sign = 1;
  if (lead.endsWith('-')) { sign = -1; lead = lead.slice(0, -1).trim(); } else if (lead.endsWith('+')) {
    lead = lead.slice(0, -1).trim();
    if (SETTLEMENT_TERM.test(lead)) return null;
  }
  if (NEGATION.test(lead.replace(BOUND_WORDS, '')) || isEstimate(text) || OFFSET.test(lead) || REFERENCE_SHARE.test(lead) || (lead.endsWith('进度') && PACE_GAP.test(lead))
    || spansPlaces(lead)) return null;
  // ±0.3℃ states two bounds, not a measured figure; 详见附件1 numbers an attachment, not an amount.
  if (lead.endsWith('±') || PART_NUMBER.test(lead)) return null;
  const planned = PLANNED.test(lead);
  // 提升至98%, 下降到3%: a change to a level names the level reached, not the change.
  const toLevel = LEVEL_REACHED.test(lead);
  const down = !toLevel && DOWN.test(lead);
  const up = !toLevel && !down && UP.test(lead);
  for (let guard = 0; guard < 4 && SIGN_AT_END.test(lead); guard++) lead = lead.replace(SIGN_AT_END, '').trim();
  const m = LEADING_NUMBER.exec(text.slice(i));
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  // 2026.10: a year and month written with a dot is a date, not 2026.1 of anything, unless the row counts an amount
  // (2026.10 under 万元 is money).
  if (isDottedMonth(text.slice(i), n) && (rowUnit == null || CALENDAR_ROW_UNITS.has(rowUnit.trim()))) return null;
  let rest = text.slice(i + m[0].length);
  if (isCalendarFigure(n, rest, rowUnit)) return null;
  // 3000余人, 2400多户, 1000+: more than the number, which §1 reads as the number (≥12 means 12); so is 1.2万余人 or
  // 3千余人, where 余 follows the magnitude (1.2万人).
  if (rest.startsWith('余') || rest.startsWith('多') || rest.startsWith('+')) rest = rest.slice(1);
  else if (MAGNITUDE_THEN_MORE.test(rest)) rest = rest.slice(0, 1) + rest.slice(2);
  rest = rest.trimStart();
  let unit: string | null = null;
  for (let cut = Math.min(rest.length, 10); cut >= 1; cut--) {
    const written = rest.slice(0, cut);
    if (isPlausibleUnit(written) || isHundredsOf(written)) { unit = written.trim(); rest = rest.slice(cut); break; }
  }
  const tail = rest.trim();
  if (tail !== '' && !TAIL_SUFFIX.test(tail) && !TAIL_REMARK.test(tail) && !(TAIL_OUTCOME.test(tail) && !NOT_OUTCOME.test(tail))
    && !isCountedWhole(tail, unit, rowUnit)) return null;
  const signed = sign * n;
  return { n: down ? -Math.abs(signed) : up ? Math.abs(signed) : signed, unit, planned, done: ACHIEVED.test(lead), change: down || up, perPeriod: PER_PERIOD.test(lead),
    deducted: DEDUCTED.test(lead) || ((unit === null || unit === '分') && ADDED.test(lead)) };
}

// 前三名, 进入前5, 全市前10位: 前 right before the figure bounds a span of places (or the first N of something), never one
// figure; 目前 / 当前 / 此前 / 之前 / 提前 / 以前 and a time's 年前 / 月前 / 日前 / 年底前 / 节前 / 汛前 / 到期前 are other words.
const PLACE_SPAN = /(?:^|[^目当此之提以年月日底节汛期])前$/;

/** Whether the words before a figure end in the 前 of a span (前三名, 进入前5), so the figure is no one place or count. */
export function spansPlaces(lead: string): boolean {
  return lead.endsWith('前') && PLACE_SPAN.test(lead);
}

// 12个乡镇全部覆盖: what the count counts (乡镇), then that it was all done.
const COUNTED_WHOLE = /^[\u4e00-\u9fa5]{1,4}(?:全部|全面|均已|均)?(?:覆盖|完成|到位|达标|建成|实现)$/;

/** Whether the words after a figure in the row's own unit name what it counts and that it was done (乡镇全部覆盖). */
function isCountedWhole(tail: string, unit: string | null, rowUnit: string | null): boolean {
  return unit != null && rowUnit != null && unit === rowUnit.trim() && COUNTED_WHOLE.test(tail) && !NEGATION.test(tail) && !NOT_OUTCOME.test(tail);
}

/**
 * The text to read for lead words then a bracketed figure, or null to read the cell as it stands. 已完成（100%） reads as
 * 已完成100%, and a negated lead (未完成（80%）) stays negated (README). A bracket stating only the plan (已完成（计划12个）)
 * says nothing of what was done; one stating the plan and the actual is read as its own clauses.
 */
function figureAfterVerdict(lead: string, inner: string): string | null {
  if (PLANNED.test(inner)) return DONE_IN_BRACKET.test(inner.replace(PLANNED, '')) ? inner : null;
  // 已达到目标（96%）, 完成预期目标（100%）: the target is the verdict's object, no planned figure; the bracket is the level.
  return (TARGET_REACHED.test(lead) ? lead.replace(TARGET_OBJECT, '') : lead) + inner;
}

const TARGET_REACHED = /(?:达到|完成|实现|达成)了?(?:预期|年度|既定|绩效)?目标(?:值|任务)?$/;
const TARGET_OBJECT = /了?(?:预期|年度|既定|绩效)?目标(?:值|任务)?$/;

/** Whether an indicator's name states a decrease, so its actual is the size of that decrease. */
export function namesDecrease(name: string): boolean {
  return DOWN.test(name) && !UP.test(name.replace(DOWN, ''));
}


/**
 * readActualInUnit: the actual of a quantitative row, in the row's unit; NONE when it states no number (words,
 * a negated or planned number alone, an ambiguous pair), or a clash when its unit cannot be the row's.
 */
export function readActualInUnit(raw: string, rowUnit: string | null, name: string, cmp: Exclude<Comparator, 'qualitative'>): ActualInUnit {
  let text = tidy(raw);
  if (text === '') return NONE;
  const period = PERIOD_LEAD.exec(text);
  // 四季度完成420批次，全年累计1,980批次: one quarter's figure (not a span of months) is one period's; the total outranks it.
  let firstPerPeriod = false;
  if (period && !(period[1] !== undefined && CALENDAR_ROW_UNITS.get('月')!.has(rowUnit?.trim() ?? ''))) {
    firstPerPeriod = period[1] === undefined && !YEAR_WORD.test(period[0]);
    text = text.slice(period[0].length).trim();
    if (!/\d/.test(text)) return NONE;
  }
  // The bracket only sets the figure off from the lead: read 已完成（100%） as 已完成100%. A planned figure in the
  // bracket (已完成（计划12个）) says nothing of what was done, so it is left as it stands.
  const c = text.charCodeAt(text.length - 1);
  if (c === 0x29 || c === 0xff09) {
    const b = BRACKETED_FIGURE.exec(text);
    if (b) text = figureAfterVerdict(b[1]!.trim(), b[2]!.trim()) ?? text;
  }
  if (text.indexOf('由') >= 0) text = text.replace(FROM_LEVEL, '');
  if (text.indexOf('/') > 0) text = text.replace(OF_WHOLE, '');
  if (text.indexOf('中') > 0) text = text.replace(WHOLE_THEN_PART, '');
  const decrease = (cmp === '>=' || cmp === '>' || cmp === '=') && namesDecrease(name);
  // parseValue first: most actuals that reach here are one number with its unit (1.2万人次, 95%以上).
  const whole = parseValue(text);
  if (whole.kind === 'number') {
    // 11月（已完成）: parseValue sets the remark aside, but a month with words after it is still a date.
    if (whole.unit !== null && isCalendarChar(whole.unit.charCodeAt(0)) && isCalendarFigure(whole.number, text.slice(text.indexOf(whole.unit)), rowUnit)) return NONE;
    const read = inRowUnit(whole.number, whole.unit, rowUnit);
    return decrease && read.value < 0 ? { value: -read.value, clash: null } : read;
  }
  const range = readRange(text);
  if (range) {
    const high = cmp === '<=' || cmp === '<';
    const n = high ? range.high : range.low;
    const unit = (high ? range.highUnit : range.lowUnit) ?? range.highUnit ?? range.lowUnit;
    return inRowUnit(n, unit, rowUnit);
  }
  const inWords = shareInWords(text);
  if (inWords) return inRowUnit(inWords.n, inWords.unit, rowUnit);
  const changeName = CHANGE_NAME.test(name);
  const deductionName = POINTS_NAME.test(name);
  let best: ActualInUnit | null = null;
  let bestRank = -1;
  let ties = 0;
  let clash: string | null = null;
  // 3,5天, 50,00万元: a comma between digits that is no thousands separator is a decimal comma or a dropped digit
  // (value-cells-7.ts): no clause ends there, and the cell states no one number.
  if (DIGIT_COMMA.test(text)) return NONE;
  let first = true;
  for (const part of text.split(CLAUSE_SPLIT)) {
    // 培训350人次，其中线上120人次: a clause led by 其中 states a share of the figure before it, never the whole.
    if (PART_LEAD.test(part)) continue;
    const read1 = readClause(part.trim(), rowUnit);
    const c = first && firstPerPeriod && read1 ? { ...read1, perPeriod: true } : read1;
    first = false;
    // A change (较上年下降3%) is no level of a row that does not measure a change (投诉件数).
    if (!c || (c.change && !changeName) || (c.deducted && !deductionName)) continue;
    const read = inRowUnit(c.n, c.unit, rowUnit);
    if (read.value !== read.value) { clash ??= read.clash; continue; }
    // Under a decrease indicator: 下降3% (change −3) is a decrease of 3, 上升2% one of −2, a bare −3 one of 3.
    const value = decrease ? (c.change ? -read.value : Math.abs(read.value)) : read.value;
    // A figure in the row's own unit outranks one in another (开展活动15场，覆盖3000人次 under 场); then an achieved
    // number outranks a plain one, which outranks one per period (每月1期, 当月完成2次: done in one period is still per period),
    // which outranks a planned one.
    const rank = (c.planned ? 0 : c.perPeriod ? 1 : c.done ? 3 : 2) + (c.unit != null && rowUnit != null && c.unit === rowUnit.trim() ? 4 : 0);
    if (rank > bestRank) { best = { value, clash: null }; bestRank = rank; ties = 1; } else if (rank === bestRank && value !== best!.value) ties++;
  }
  // A planned or expected figure alone (预计完成90%) says nothing of what was done.
  if (best && ties === 1) return bestRank % 4 === 0 ? NONE : best;
  if (best) return NONE;
  return clash ? { value: NaN, clash } : resultAfterCopula(text, rowUnit);
}

// 3次抽检合格率均为100%, 经2轮复核准确率为99.5%: words that may hold a count of the occasions measured (the sample), then
// 为 / 均为 / 达 and the result in the row's own unit, ending the cell. Only that unit: the sample's count is not the figure.
const RESULT_AFTER_COPULA = /^([^，,；;]*?(?:均为|为|均达|达到|达))\s*(\d[\d,]*(?:\.\d+)?)\s*([^\d\s]{1,4})$/;

function resultAfterCopula(text: string, rowUnit: string | null): ActualInUnit {
  const row = rowUnit?.trim();
  if (!row) return NONE;
  const m = RESULT_AFTER_COPULA.exec(text);
  if (!m || m[3] !== row || NEGATION.test(m[1]!.replace(BOUND_WORDS, '')) || isEstimate(m[1]!) || PLANNED.test(m[1]!)) return NONE;
  return { value: Number(m[2]!.replace(/,/g, '')), clash: null };
}

const SHARE_UNIT = { 百: '%', 千: '‰', 万: '‱' } as const;

/** 百分之九十五 → 95 %, 千分之八 → 8 ‰, 万分之五 → 5 ‱, 百分之百 → 100 %: the share in its own base; null for anything else. */
function shareInWords(text: string): { n: number; unit: string } | null {
  const words = PERCENT_WORDS.exec(text);
  if (!words) return null;
  const base = words[1] as keyof typeof SHARE_UNIT;
  const figure = words[2]!;
  const n = figure === '百' && base === '百' ? 100 : /^\d+(?:\.\d+)?$/.test(figure) ? Number(figure) : readChineseDecimal(figure);
  return n == null ? null : { n, unit: SHARE_UNIT[base] };
}

/** A share in words in percent: 百分之九十五 → 95, 百分之四十三点二 → 43.2, 千分之八 → 0.8; NaN for anything else. */
export function percentInWords(text: string): number {
  const share = shareInWords(text);
  if (!share) return NaN;
  return share.unit === '%' ? share.n : share.n / (share.unit === '‰' ? 10 : 100);
}


/** A bare number in (0, 1] under % against a target of 50% or more is a share written as a fraction: 0.96 is 96%. */
export function fractionAsPercent(a: number, t: number, rowUnit: string | null): number {
  return a > 0 && a <= 1 && t >= 50 && rowUnit != null && rowUnit.trim() === '%' ? a * 100 : a;
}
