/**
 * The parts of a goal (绩效目标, 年度履职目标, 年度主要任务) that state no target of its fiscal year, for goal_vs_indicators
 * (check-goal.ts): read once per goal, and only for goals that state a quantity.
 */

// Parts of a goal that are not the year's targets: the 实施期/中长期 aim beside a 年度目标, a department's 职能 before its
// 重点工作, and a clause that reaches a later year (到2027年…, 2024—2026年累计…). Their quantities are carried by the forms
// of the years they belong to, or are the department's scope (负责全区11个街镇).
const MULTI_YEAR_LABEL = /(?:实施期|中长期|中期|长期|远期|规划期)(?:绩效)?(?:总体)?目标/g;
// 总体目标 with a 年度目标 after it is the project's aim over its 实施期 (总体目标：2025—2027年…。年度目标：…); alone, or as
// 年度总体目标 / 2025年总体目标, it is the year's own.
const OVERALL_LABEL = /(?<![年度期])总体目标/g;
const ANNUAL_LABEL = /(?:本年度|年度|当年|本年|\d{4}年度?)(?:绩效)?(?:总体)?(?:目标|任务|重点工作)/g;
const DUTY_LABEL = /(?:部门|单位|主要)?(?:职能|职责)(?:概述|简介|定位)?[:：]/g;
const WORK_LABEL = /(?:年度|本年|当年)?(?:重点工作|主要任务|工作任务|工作目标|绩效目标|年度目标)[:：]/g;
const LATER_YEAR = /(?:到|至|截至|截止到?)\s*(20\d{2})\s*年|(20\d{2})\s*[—–\-~～至到]\s*(20\d{2})\s*年/g;
// 2024—2026年累计建成30个 is the period's total; 2025—2027年每年培训500人 still promises this year's 500.
const PERIOD_TOTAL = /累计|共计|总计|合计|共/;
const CLAUSE_END = /[，,。；;]/;
// A label heads a part: written before a colon, or at the start of the goal or of a sentence (1.实施期目标, （一）中长期目标).
const LABEL_BEFORE = /[。；;\n\s)）.、]/;
const isLabel = (s: string, at: number, end: number) => s[end] === '：' || s[end] === ':' || at === 0 || LABEL_BEFORE.test(s[at - 1]!);
const SPAN_GATE = /期目标|总体目标|职能|职责|20\d{2}|上一?年|去年|往年|以前年度|十[三四五六]五|规划期|实施期|年(?:内|间|期间)?(?:共|累计|合计|总计)|以来|至今|迄今|历年/;
// “十四五”末累计建成100个, 规划期内累计…: the plan period's end or total, not the year's (2025年新建15个 still is).
const PLAN_PERIOD = /(?:十[三四五六]五|规划期|实施期)[”"’」]?(末|期末|期满|结束时|期间|内)/g;

// 两年共改造老旧小区32个, 计划三年累计筹集1200套: a total over several years (a continuing project's 实施期), not the year's.
// A year number (2025年共改造18个) is the year's own, and one year (一年内累计) is no period.
const YEARS_TOTAL = /(?<![\d.])(?:[两二三四五六七八九十]|[2-9])个?年(?:内|间|期间)?(?:共计|累计|合计|总计|共)/g;

// 建站以来累计救助2.6万人次, 制度建立以来累计发放3.2亿元, 历年累计建成…: a total since the unit or the programme began, with no
// year to read it by, is background as 截至2024年底累计… is. This year's own 累计 (全年累计培训500人次) names no start.
const SINCE_TOTAL = /(?:以来|至今|迄今|历年)[^，,。；;\d]{0,4}?(?:累计|共计|合计|总计|共|已)/g;

// 兑现上年度验收合格的3个示范村, 去年建成的12个站点, 以前年度结转资金…: a result or money of an earlier year named without its
// number (as 2024年已建成… is, below). 以上年…, 线上年度…, 网上年报 are no 上年; a change against last year (较上年提高5%)
// stays the year's.
const PRIOR_YEAR = /(?<![以线网马晚早路])上一?年度?(?![均初])|去年|往年|以前年度|前[两二三]年/g;

export type Span = readonly [number, number];

function firstMatchFrom(re: RegExp, s: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(s);
  return m ? m.index : -1;
}

/** The clause (between ，,。；;) that holds s[from, to). */
function clauseAround(s: string, from: number, to: number): Span {
  let a = from;
  while (a > 0 && !CLAUSE_END.test(s[a - 1]!)) a--;
  let b = to;
  while (b < s.length && !CLAUSE_END.test(s[b]!)) b++;
  return [a, b];
}

/** The spans of a (width-folded) goal that state no target of this fiscal year; empty for most goals. */
export function contextSpans(s: string, fiscalYear: number | null): Span[] {
  if (!SPAN_GATE.test(s)) return [];
  const spans: Span[] = [];
  const hasAnnual = firstMatchFrom(ANNUAL_LABEL, s, 0) >= 0;
  if (hasAnnual) {
    MULTI_YEAR_LABEL.lastIndex = 0;
    for (let m = MULTI_YEAR_LABEL.exec(s); m; m = MULTI_YEAR_LABEL.exec(s)) {
      if (!isLabel(s, m.index, m.index + m[0].length)) continue;
      const next = firstMatchFrom(ANNUAL_LABEL, s, m.index + m[0].length);
      spans.push([m.index, next < 0 ? s.length : next]);
    }
    OVERALL_LABEL.lastIndex = 0;
    for (let m = OVERALL_LABEL.exec(s); m; m = OVERALL_LABEL.exec(s)) {
      if (!isLabel(s, m.index, m.index + m[0].length)) continue;
      const next = firstMatchFrom(ANNUAL_LABEL, s, m.index + m[0].length);
      if (next >= 0) spans.push([m.index, next]);
    }
  }
  DUTY_LABEL.lastIndex = 0;
  for (let m = DUTY_LABEL.exec(s); m; m = DUTY_LABEL.exec(s)) {
    const from = m.index + m[0].length;
    const work = firstMatchFrom(WORK_LABEL, s, from);
    const stop = s.indexOf('。', from);
    const end = work >= 0 && (stop < 0 || work < stop) ? work : stop < 0 ? s.length : stop;
    spans.push([m.index, end]);
  }
  PLAN_PERIOD.lastIndex = 0;
  for (let m = PLAN_PERIOD.exec(s); m; m = PLAN_PERIOD.exec(s)) {
    const [a, b] = clauseAround(s, m.index, m.index + m[0].length);
    if (m[1]!.startsWith('末') || m[1] === '期末' || m[1] === '期满' || m[1] === '结束时' || PERIOD_TOTAL.test(s.slice(a, b))) spans.push([a, b]);
  }
  // A period's total or a total since the start, or an earlier year named without its number: the clause is context.
  for (const re of [YEARS_TOTAL, SINCE_TOTAL, PRIOR_YEAR]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const [a, b] = clauseAround(s, m.index, m.index + m[0].length);
      if (re !== PRIOR_YEAR || !CHANGE_WORD.test(s.slice(a, b))) spans.push([a, b]);
    }
  }
  if (fiscalYear != null) {
    pastYearSpans(s, fiscalYear, spans);
    LATER_YEAR.lastIndex = 0;
    for (let m = LATER_YEAR.exec(s); m; m = LATER_YEAR.exec(s)) {
      const year = Number(m[1] ?? m[3]);
      if (!(year > fiscalYear)) continue;
      const [a, b] = clauseAround(s, m.index, m.index + m[0].length);
      if (m[1] === undefined && !PERIOD_TOTAL.test(s.slice(a, b))) continue;
      spans.push([a, b]);
    }
  }
  return spans;
}

// 截至2024年底，全区已累计建成28.6万亩; 在2024年建成12个…的基础上: an earlier year's result, the background of this
// year's target. A change against it (较2024年增长10%) is still this year's promise.
const EARLIER_YEAR = /(截至|截止到?)?\s*(20\d{2})\s*年/g;
const PAST_TAIL = /^\s*度?(?:底|末)|已|累计|基础|以来|实际/;
const CHANGE_WORD = /较|比|增长|增加|提高|下降|减少|降低|压减|提升/;
const PAST_RESULT = /已|累计|共|建成|完成/;

// 2025年计划直补18400人、实施项目24个，实际直补18420人…。2026年按…: a sentence an earlier year heads, in a goal that names its
// own year as well, tells that year's plan or result; it runs to the sentence's end or to where this year is named again.
const SENTENCE_HEAD = /[。；;\n]\s*$/;
const SENTENCE_END = /[。；;\n]/;

function pastSentence(s: string, at: number, fiscalYear: number, spans: Span[]): boolean {
  if (at > 0 && !SENTENCE_HEAD.test(s.slice(Math.max(0, at - 3), at))) return false;
  if (!namesOwnYear(s, fiscalYear)) return false;
  const own = `${fiscalYear}年`;
  let b = at;
  while (b < s.length && !SENTENCE_END.test(s[b]!)) b++;
  const sentence = s.slice(at, b);
  const again = sentence.search(THIS_YEAR);
  const ownAt = sentence.indexOf(own);
  const cut = [again, ownAt].filter((k) => k > 0);
  if (cut.length > 0) b = at + Math.min(...cut);
  // The sentence names only the date (2025年底，…): nothing of it to leave out beyond what the clause reading does.
  if (!/\d/.test(s.slice(at + 5, b))) return false;
  spans.push([at, b]);
  return true;
}

function pastYearSpans(s: string, fiscalYear: number, spans: Span[]): void {
  EARLIER_YEAR.lastIndex = 0;
  for (let m = EARLIER_YEAR.exec(s); m; m = EARLIER_YEAR.exec(s)) {
    if (!(Number(m[2]) < fiscalYear)) continue;
    if (m[1] === undefined && pastSentence(s, m.index, fiscalYear, spans)) continue;
    let a = m.index;
    while (a > 0 && !CLAUSE_END.test(s[a - 1]!)) a--;
    const end = m.index + m[0].length;
    let b = end;
    while (b < s.length && !CLAUSE_END.test(s[b]!)) b++;
    const tail = s.slice(end, b);
    if ((m[1] === undefined && !PAST_TAIL.test(tail)) || CHANGE_WORD.test(s.slice(a, b))) continue;
    // 截至2024年底，已累计建成…: the clause names only the date; the result is the next clause.
    if (!/\d/.test(tail) && (s[b] === '，' || s[b] === ',')) {
      let c = b + 1;
      while (c < s.length && !CLAUSE_END.test(s[c]!)) c++;
      const next = s.slice(b + 1, c);
      if (PAST_RESULT.test(next) && !CHANGE_WORD.test(next)) b = c;
    }
    spans.push([a, b]);
  }
}

export function inSpans(spans: readonly Span[], at: number): boolean {
  for (const [a, b] of spans) if (at >= a && at < b) return true;
  return false;
}

// 年度目标 copied from an earlier year's form (年度目标：2024年新建…, 2024年度目标：…, a goal that opens 2024年走访…) on a
// form of a later fiscal year. A year that only sets the base or the past (在2024年基础上, 较2024年, 2024年底, 2024年已建成,
// 2024—2026年) is context, and a goal that names its own year (2025年…) or this year (今年, 本年) is not stale.
const STALE_GATE = /20\d{2}\s*年/;
const STALE_YEAR = /(?:^|(?:本年度|年度|当年|本年)(?:绩效)?(?:总体)?(?:目标|任务|重点工作)\s*[:：]\s*|[\n。；;]\s*)(20\d{2})\s*年(度(?:绩效)?(?:总体)?(?:目标|任务|重点工作))?/g;
const NOT_THE_YEARS_OWN = /^\s*度?(?:底|末|初|以来|起|前|基础|同期|水平|相比|实际|已|的|结转|上半年|下半年|[—–\-~～至到])/;
// 2024年度中央财政下达资金…, 2024年批复的项目…: money or a decision of that year, not the year's target.
const PAST_CLAUSE = /已|累计|实际|以来|底|末|下达|结转|批复|印发|资金/;
const THIS_YEAR = /今年|本年|当年/;

// A later year heads the goal itself (2026年新建… or 年度目标：2026年… on a 2025 form): the goal and the form's year
// disagree. Only at the head: a later year after a full stop is a multi-year project's date (。2026年6月底前竣工).
const MONTH_AFTER = /^\s*\d/;

/**
 * Whether the goal names its own year as a year (2025年…, 2025年度…). A date in it (2025年9月底前设备配置到位) is a deadline
 * inside the year and does not make a goal headed 2024年 the year's own.
 */
function namesOwnYear(s: string, fiscalYear: number): boolean {
  const own = `${fiscalYear}年`;
  for (let at = s.indexOf(own); at >= 0; at = s.indexOf(own, at + own.length)) {
    let k = at + own.length;
    while (s[k] === ' ') k++;
    const c = s.charCodeAt(k);
    if (!(c >= 48 && c <= 57)) return true;
  }
  return false;
}

/**
 * The other year a goal's own target is headed by (2024 on a 2025 form: copied from last year's; 2026 at the head of
 * the goal: the form's year and its goal disagree), or null. Read once per goal.
 */
export function staleYear(s: string, fiscalYear: number | null): number | null {
  if (fiscalYear == null || !STALE_GATE.test(s) || namesOwnYear(s, fiscalYear) || THIS_YEAR.test(s)) return null;
  STALE_YEAR.lastIndex = 0;
  for (let m = STALE_YEAR.exec(s); m; m = STALE_YEAR.exec(s)) {
    const year = Number(m[1]);
    const end = m.index + m[0].length;
    if (year > fiscalYear) {
      if (s[m.index] === '\n' || s[m.index] === '。' || s[m.index] === '；' || s[m.index] === ';' || MONTH_AFTER.test(s.slice(end, end + 2))) continue;
    } else if (!(year < fiscalYear)) continue;
    if (m[2] === undefined) {
      if (NOT_THE_YEARS_OWN.test(s.slice(end, end + 4))) continue;
      let b = end;
      while (b < s.length && !CLAUSE_END.test(s[b]!)) b++;
      if (PAST_CLAUSE.test(s.slice(end, b))) continue;
    }
    return year;
  }
  return null;
}
