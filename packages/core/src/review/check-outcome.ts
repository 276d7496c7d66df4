import type { Indicator } from '../forms/forms-schema';
import { classifyName } from './classify-name';
import { type FormContext, formPlace, push } from './review-context';
import { type GoalQuantity, PER_UNIT_NAME, bigUnitScale, goalQuantities, quantityPhrase, unitFamily } from './goal-quantities';

// 全年实际完成情况 quotes actuals; a number after 其中 is a part, after 计划/目标 a target, after 较/增长 a change.
const OUTCOME_CLAUSE_START = /[，,；;。：:！!？?\n（(、]/;
const NOT_AN_ACTUAL = /其中|计划|目标|预期|原定|较|比上年|同比|增长|增加|下降|减少|提高|累计|平均|人均|户均/;
// 30日内兑付, 45分钟送达: a bound or an average in the outcome, which a 时效 row's 完成值 need not repeat.
const DURATION_FAMILIES = new Set([unitFamily('日'), '小时', '分钟']);

/** How many two-character pieces of a row's name the clause contains (采集全血 in 全年采集全血): without allocating. */
function sharedPairs(name: string, clause: string): number {
  let n = 0;
  for (let i = 0; i + 1 < name.length; i++) {
    const c0 = name.charCodeAt(i);
    const c1 = name.charCodeAt(i + 1);
    for (let j = 0; j + 1 < clause.length; j++) if (clause.charCodeAt(j) === c0 && clause.charCodeAt(j + 1) === c1) { n++; break; }
  }
  return n;
}

const ACTUAL_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*([万亿])?/;

/** A row's 完成值 in base units (3.92 under 万人 → 39200, 「1.35万批次」 → 13500), or NaN when it is no plain number. */
function actualBase(ind: Indicator): number {
  const m = ACTUAL_NUMBER.exec(ind.actual ?? '');
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] ? n * (m[2] === '万' ? 10000 : 1e8) : n * (bigUnitScale(ind.unit!.trim()) || 1);
}

/** Whether the outcome's number agrees with the row's 完成值, rounded as written (3.9万 for 3.92); null when the 完成值 is no number. */
function agreesWithActual(ind: Indicator, q: GoalQuantity): boolean | null {
  const actual = actualBase(ind);
  if (actual !== actual) return null;
  const scale = bigUnitScale(q.unit) || 1;
  const written = String(q.value);
  const dot = written.indexOf('.');
  const decimals = dot < 0 ? 0 : written.length - dot - 1;
  const p = 10 ** decimals;
  return Math.abs(Math.round((actual / scale) * p * (1 + 1e-12)) / p - q.value) < 1e-9;
}

/**
 * 全年实际完成情况 that states a row's own actual differently (136场 where the row's 完成值 is 126): the published sheet
 * contradicts itself. The row is the one in the quantity's unit whose name the clause before the number shares most
 * (two pieces at least, or one where the quantity is in that row's very unit); a number rounded as
 * written (3.9万 for 3.92) agrees.
 * Quantities no row reports, parts (其中), targets quoted as such and changes are not actuals to hold.
 */
export function checkOutcome(ctx: FormContext, text: string): void {
  const rows = ctx.form.indicators;
  const wrong: string[] = [];
  noneAgainstRows(text, rows, wrong);
  quantitiesAgainstRows(text, rows, wrong);
  if (wrong.length > 0) {
    push(ctx, 'goal_vs_indicators', null, 'goal_outcome', `${formPlace(ctx)}的年度目标完成情况${wrong.slice(0, 3).join('、')}不一致；请按各指标的实际完成值改正完成情况，或核对完成值。`);
  }
}

// 全年未发生电动自行车火灾 / 没有出现安全事故: the outcome says none of an event occurred; what it names runs to the clause's end.
const NONE_OCCURRED = /(?:未|没有|无)(?:发生|出现)(?:过|任何|一起|一例)?([\u4e00-\u9fa5]{2,16})/g;

/**
 * 全年实际完成情况 that says an event never happened (全年未发生电动自行车火灾) beside a row counting that very event with a
 * number above 0 (电动自行车火灾起数 7): the sheet contradicts itself. The row's name must contain the whole event as written,
 * so a narrower event (未发生重大火灾 beside 火灾起数) is no contradiction.
 */
function noneAgainstRows(text: string, rows: readonly Indicator[], wrong: string[]): void {
  if (!text.includes('发生') && !text.includes('出现')) return;
  for (const m of text.matchAll(NONE_OCCURRED)) {
    const event = m[1]!;
    for (const ind of rows) {
      if (ind.unit == null || unitFamily(ind.unit) === '%' || !ind.name.includes(event)) continue;
      const actual = actualBase(ind);
      if (actual > 0) { wrong.push(`「${m[0]}」与「${ind.name}」完成值 ${ind.actual}`); break; }
    }
  }
}

// 其中为农民工李德富、张光明、杨秀英追回工资18.6万元: a 其中 heading a list governs every item of it, whatever 、 comes between.
const SENTENCE_PART_START = /[，,；;。：:！!？?\n]/;

function partOfList(q: GoalQuantity): boolean {
  let a = q.index;
  while (a > 0 && q.index - a < 40 && !SENTENCE_PART_START.test(q.text[a - 1]!)) a--;
  return q.text.slice(a, q.index).includes('其中');
}

/** Each quantity the outcome states, held to the row that reports it. */
function quantitiesAgainstRows(text: string, rows: readonly Indicator[], wrong: string[]): void {
  const qs = goalQuantities(text, true);
  if (qs.length === 0) return;
  // Each row's unit family once per form, not once per quantity.
  const families = rows.map((ind) => (ind.unit == null || ind.actual == null ? null : unitFamily(ind.unit)));
  // Money spent (发放消费券1520万元) is never reported by a row of money per item (单张消费券平均发放成本) or of money the
  // project draws in (带动文旅消费金额): read once per form, and only when the outcome spends money.
  let notSpending: boolean[] | null = null;
  const spendsNot = (i: number): boolean => {
    notSpending ??= rows.map((ind) => PER_UNIT_NAME.test(ind.name) || classifyName(ind.name).drawnIn);
    return notSpending[i]!;
  };
  for (const q of qs) {
    const want = unitFamily(q.unit);
    if (q.share || want == null || DURATION_FAMILIES.has(want)) continue;
    let a = q.index;
    while (a > 0 && q.index - a < 30 && !OUTCOME_CLAUSE_START.test(q.text[a - 1]!)) a--;
    const clause = q.text.slice(a, q.index);
    if (clause.length < 2 || NOT_AN_ACTUAL.test(clause) || partOfList(q)) continue;
    let best = holdToRow(q, want, clause, rows, families, spendsNot, -1);
    // 为12个基层医疗卫生机构更新医用设备48台: the noun after 12个 is what 12 counts, so the clause of 48台 shares most with the row
    // that 12个 already quotes right; a row an earlier number of the clause states rightly is not the one this number reports.
    if (best >= 0 && earlierAgrees(qs, q, a, want, rows[best]!)) best = holdToRow(q, want, clause, rows, families, spendsNot, best);
    if (best < 0) continue;
    wrong.push(`「${quantityPhrase(q)}」与第${best + 1}行「${rows[best]!.name}」完成值 ${rows[best]!.actual}`);
  }
}

/** Whether a quantity before q in q's clause, of q's unit family, states the row's 完成值 as written. */
function earlierAgrees(qs: readonly GoalQuantity[], q: GoalQuantity, from: number, want: string, ind: Indicator): boolean {
  for (const o of qs) {
    if (o === q || o.index < from || o.index >= q.index || unitFamily(o.unit) !== want) continue;
    if (agreesWithActual(ind, o) === true) return true;
  }
  return false;
}

/**
 * The row whose 完成值 the quantity contradicts, or -1 when it agrees or reports no row: the row in the quantity's unit
 * whose name the clause shares most (a row `excluded` aside).
 */
function holdToRow(
  q: GoalQuantity, want: string, clause: string, rows: readonly Indicator[], families: readonly (string | null)[],
  spendsNot: (i: number) => boolean, excluded: number,
): number {
  let best = -1;
  let bestShared = 0;
  let tie = false;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    if (i === excluded || families[i] !== want || (q.spent && spendsNot(i))) continue;
    const shared = sharedPairs(ind.name, clause);
    if (shared > bestShared) { best = i; bestShared = shared; tie = false; } else if (shared > 0 && shared === bestShared) tie = true;
  }
  // Money spent (发放资助资金210.6万元) is held only to a row that names it (节约财政资金 for 节约财政资金1.46亿元).
  if (best < 0 || (q.spent && bestShared < 2)) return -1;
  if (tie) {
    // 全年资助学生720人 between 资助脱贫家庭学生 (702) and 受助学生因贫辍学 (0): the clause reports one of them, and a
    // number that agrees with neither contradicts whichever it is.
    if (bestShared < 2) return -1;
    for (let i = 0; i < rows.length; i++) {
      if (i !== excluded && families[i] === want && !(q.spent && spendsNot(i)) && sharedPairs(rows[i]!.name, clause) === bestShared
        && agreesWithActual(rows[i]!, q) !== false) return -1;
    }
    return best;
  }
  // One shared piece (电商 in 带动返乡青年电商创业126人 and 培训农村电商带头人) is a topic, not the row: it names the row
  // only where the quantity is in the row's very unit (126人 is no report of a 人次 row, 5200单位 may be of a 万单位 one).
  if (bestShared < 2 && (want === '%' || rows[best]!.unit!.trim().replace(/^[万亿]/, '') !== q.unit.replace(/^[万亿]/, ''))) return -1;
  return agreesWithActual(rows[best]!, q) !== false ? -1 : best;
}
