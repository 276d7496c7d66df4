import type { Indicator } from '../forms/forms-schema';
import { classifyName } from './classify-name';
import { departmentLevel1Of, parseLevel1 } from './indicator-framework';
import { type FormContext, formPlace, push } from './review-context';
import { rowReadings } from './row-readings';
import { contextSpans, inSpans, staleYear } from './context-spans';
import { type GoalQuantity, MEASURE_UNITS, PER_UNIT_NAME, bigUnitScale, goalQuantities, quantityPhrase, unitFamily } from './goal-quantities';
import { type Carried, carriedNumbers, carriedPerItem, carries, carriesValue, splitOverRows } from './goal-carried';
import { restatedInBrackets } from './goal-parts';
import { checkOutcome } from './check-outcome';
import { allocatedToPlaces } from './place-allocations';
import { checkGoalStandards } from './check-goal-standards';
import { checkTaskRows } from './check-task-rows';


/**
 * A department self-evaluation on the 产出/效益/满意度 framework, at 一级 or one level down (履职效能 › 产出指标), or under 履职效能/
 * 管理效率/社会效应 as 一级, stating targets like a target form: its goal is held to its indicators; a tree of scored items (预算管理,
 * 资产管理…, or 投入/过程/产出/效益 items with a 分值 and a score but no 指标值) does not carry the goal's numbers.
 */
function onFramework(ctx: FormContext): boolean {
  const level1 = rowReadings(ctx).level1;
  const rows = ctx.form.indicators;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.comparator != null && (level1[i] != null || parseLevel1(rows[i]!.level2) != null || departmentLevel1Of(rows[i]!.level1 ?? '') != null)) return true;
  }
  return false;
}

/** The year's quantities of a goal text: goalQuantities less those in its context spans. */
function yearQuantities(text: string, fiscalYear: number | null): GoalQuantity[] {
  const qs = goalQuantities(text, true);
  if (qs.length === 0) return qs;
  const spans = contextSpans(qs[0]!.text, fiscalYear);
  return spans.length === 0 ? qs : qs.filter((q) => !inSpans(spans, q.index));
}

const MEASURE_WORD = /(?:率|比例|水平)$/;

/**
 * A 比例 or 水平 in the goal that a row in % measures (规范管理比例 and 规范管理率, 健康素养水平 and its row): the goal
 * promises that level.
 */
function measuredAsRate(q: GoalQuantity, rows: Indicator[]): boolean {
  const phrase = quantityPhrase(q);
  for (const ind of rows) {
    if (unitFamily(ind.unit) !== '%') continue;
    const stem = classifyName(ind.name).core.replace(MEASURE_WORD, '');
    if (stem.length >= 2 && phrase.includes(stem)) return true;
  }
  return false;
}

const CLAUSE_START = /[，,；;。：:、！!？?\n]/;

/** The clause before a quantity, up to 30 characters back (新建便民服务点 of 新建便民服务点8个). */
function clauseBefore(q: GoalQuantity): string {
  let a = q.index;
  while (a > 0 && q.index - a < 30 && !CLAUSE_START.test(q.text[a - 1]!)) a--;
  return q.text.slice(a, q.index);
}

const MONEY_CLAUSE_START = /[，,；;。：:、！!？?\n（）()“”"《》]/;

/**
 * Money the goal spends (争取中央预算内投资4亿元, 节约财政资金1.2亿元) that a row in money measures: the row's name stands in
 * the clause before the amount (or four characters of it do), so the amount is that row's target, not the budget a goal
 * states without an indicator (安排资金3000万元).
 */
function measuredAsMoney(q: GoalQuantity, moneyRows: readonly Indicator[]): boolean {
  let clause: string | null = null;
  for (const ind of moneyRows) {
    const name = ind.name.trim();
    if (name.length < 4 || PER_UNIT_NAME.test(name)) continue;
    // Within brackets too: （合同金额360万元） is the contract, whatever 购买服务 the sentence before it names.
    if (clause == null) {
      let a = q.index;
      while (a > 0 && q.index - a < 30 && !MONEY_CLAUSE_START.test(q.text[a - 1]!)) a--;
      clause = q.text.slice(a, q.index);
    }
    if (clause.includes(name) || sharesFour(name, clause)) return true;
  }
  return false;
}

/**
 * 新建便民服务点8个 beside a row 新建村级便民服务点 ≥6 个: the row the goal names states another number, so an 8 that
 * another row carries (整治村 8 个) is a coincidence, not the goal's quantity. Only rows named verbatim in the goal's
 * clause before the number, in the same unit, are read; units converted (公里/米) and totals split over rows still carry.
 */
function contradicted(q: GoalQuantity, rows: Indicator[]): boolean {
  const before = clauseBefore(q);
  if (before.length < 4) return false;
  const want = q.value * (bigUnitScale(q.unit) || 1);
  const low = q.low === undefined ? NaN : q.low * (bigUnitScale(q.unit) || 1);
  let named = 0;
  let sum = 0;
  // A row that carries the number and shares four characters with the clause (产业基地验收合格率 for 基地验收合格率达到)
  // is the goal's own row, whatever a shorter name (验收合格率 =100%) says.
  let carrier = false;
  for (const ind of rows) {
    if (ind.unit == null) continue;
    const unit = ind.unit.trim();
    if (unitFamily(unit) !== unitFamily(q.unit) || unit.replace(/^[万亿]/, '') !== q.unit.replace(/^[万亿]/, '')) continue;
    const t = Number(ind.target);
    if (!Number.isFinite(t)) continue;
    const base = t * (bigUnitScale(unit) || 1);
    const same = Math.abs(base - want) <= 1e-6 * Math.max(1, want) || Math.abs(base - low) <= 1e-6 * Math.max(1, low);
    const name = ind.name.trim();
    if (same) { if (!carrier && sharesFour(name, before)) carrier = true; continue; }
    if (name.length < 4 || !before.includes(name)) continue;
    named++;
    sum += base;
  }
  return named > 0 && !carrier && Math.abs(sum - want) > 1e-6 * Math.max(1, want);
}

function sharesFour(name: string, text: string): boolean {
  for (let i = 0; i + 4 <= name.length; i++) if (text.includes(name.slice(i, i + 4))) return true;
  return false;
}

/** The phrases of quantities no indicator carries, each once, and the first such quantity. */
function uncarried(qs: readonly GoalQuantity[], carried: Carried, rows: Indicator[], seen: string[]): GoalQuantity | null {
  let example: GoalQuantity | null = null;
  const joined = qs.length > 1 ? carriedJoined(qs, carried, rows) : null;
  const allocated = qs.length > 1 ? allocatedToPlaces(qs, carried.values) : null;
  for (const q of qs) {
    if (joined?.has(q) || allocated?.has(q)) continue;
    if ((q.share && !measuredAsRate(q, rows)) || (q.spent && !measuredAsMoney(q, carried.money)) || (carries(carried, q, rows) && (!contradicted(q, rows) || splitOverRows(carried, q, unitFamily(q.unit))))) continue;
    if (restatedInBrackets(q, (inner) => carries(carried, inner, rows))) continue;
    if (carriedPerItem(carried, q, rows)) continue;
    const phrase = `「${quantityPhrase(q)}」`;
    if (seen.includes(phrase)) continue;
    seen.push(phrase);
    example ??= q;
  }
  return example;
}

// Between two parts of one count (11个行政村和2个社区, 3所小学、2所中学): the first part's noun and a joiner, nothing else.
const PART_JOINER = /^[\u4e00-\u9fa5]{0,8}(?:和|及|与|以及|、)$/;

/**
 * Parts of one count listed in a row (保障11个行政村和2个社区日常保洁) that a single row carries as their sum (保洁覆盖行政村
 * （社区）数 13个): each part is carried. Same unit, joined by 和/及/与/、 with only the part's noun between; rates are not summed.
 */
function carriedJoined(qs: readonly GoalQuantity[], carried: Carried, rows: Indicator[]): Set<GoalQuantity> | null {
  let out: Set<GoalQuantity> | null = null;
  for (let i = 0; i + 1 < qs.length; i++) {
    const head = qs[i]!;
    const want = unitFamily(head.unit);
    if (want == null || want === '%' || want === 'pp' || head.share || head.spent) continue;
    let run = head.value;
    for (let j = i + 1; j < qs.length; j++) {
      const prev = qs[j - 1]!;
      const q = qs[j]!;
      if (q.text !== head.text || q.unit !== head.unit || q.share || q.spent || !PART_JOINER.test(q.text.slice(prev.index + prev.length, q.index))) break;
      run += q.value;
      if (carriesValue(carried, head, run, want, rows)) {
        out ??= new Set();
        for (let k = i; k <= j; k++) out.add(qs[k]!);
      }
    }
  }
  return out;
}

function reportUncarried(ctx: FormContext, field: string, label: string, misses: string[], example: GoalQuantity): void {
  const shown = misses.slice(0, 5).join('、') + (misses.length > 5 ? `等 ${misses.length} 处` : '');
  push(ctx, 'goal_vs_indicators', null, field, `${formPlace(ctx)}的${label}${shown}中的数量没有任何指标的指标值与之对应；请增加相应的${example.unit === '%' || example.unit === '个百分点' ? '' : '数量'}指标（如「${example.unit === '%' && example.value === 100 ? '=' : '≥'}${example.value}${example.unit}」），或核对${label}的表述。`);
}

// A goal that states no target (rules.md §2 goal_vs_indicators, held-out set 27): every clause is a formula any project
// could write — carry the project out, use the money well, do the duties, finish the tasks — or the project's name.
const GOAL_CLAUSES = /[，,。；;、！!\s]+/;
const BOILERPLATE = [
  /^(?:确保|保证|保障|推动|促进)(?:本?项目|各项工作|工作|资金|项目建设)?的?(?:顺利|有序|稳步|正常|如期)(?:实施|开展|推进|运行|完成|进行|落地)$/,
  /^(?:充分)?(?:发挥|提高|提升)(?:财政|项目)?资金的?(?:使用)?(?:效益|效率|绩效|作用)$/,
  /^(?:圆满|全面|按时|按期|保质保量地?|高质量)?完成(?:本?年度|全年|本年|今年)?(?:各项)?(?:绩效)?(?:目标|工作)?任务$/,
  /^(?:认真|切实|全面|严格)?(?:贯彻落实|贯彻|落实|履行|执行)[^，。；]{0,16}(?:部署|要求|精神|职责|职能|政策|决策|规定)$/,
  /^(?:达到|实现)(?:预期|既定|年初)(?:的)?(?:绩效)?(?:目标|效果)$/,
];
const NAME_AFFIX = /^(?:实施|开展|推进|做好|抓好)|(?:项目|工作)+$/g;

function statesNoTarget(goal: string, projectName: string | null): boolean {
  const name = projectName == null ? '' : projectName.trim().replace(NAME_AFFIX, '');
  let clauses = 0;
  for (const clause of goal.split(GOAL_CLAUSES)) {
    if (clause === '') continue;
    clauses++;
    if (name.length >= 2 && clause.replace(NAME_AFFIX, '') === name) continue;
    if (!BOILERPLATE.some((re) => re.test(clause))) return false;
  }
  return clauses > 0;
}

/**
 * goal_vs_indicators: a counted quantity in the goal that no indicator carries. A project's overview
 * (项目概况) stands in for the goal only when the goal promises no counted quantity at all: the overview
 * describes the project's scope (辖区树木1171棵), which the goal and its indicators need not repeat.
 * A department's 年度主要任务 and 分项绩效目标 are the year's work as much as its goal: held to the rows too.
 */
export function checkGoal(ctx: FormContext): void {
  checkGoalText(ctx);
  checkGoalStandards(ctx);
  checkTaskRows(ctx);
  const f = ctx.form;
  if (f.kind === 'project_self_evaluation' && f.goal_outcome && f.indicators.length > 0) checkOutcome(ctx, f.goal_outcome);
}

function checkGoalText(ctx: FormContext): void {
  const f = ctx.form;
  if (f.indicators.length === 0 || (f.kind === 'department_self_evaluation' && !onFramework(ctx))) return;
  const year = f.fiscal_year;
  const stale = f.goal ? staleYear(f.goal, year) : null;
  if (stale != null) {
    const why = stale < year! ? '（疑似照抄上年）' : '，与表的预算年度不一致';
    push(ctx, 'goal_vs_indicators', null, 'goal', `${formPlace(ctx)}为${year}年度，但年度绩效目标写的是${stale}年的目标${why}；请按${year}年度的任务重写年度目标，并核对预算年度和指标值。`);
  }
  let qs = f.goal ? yearQuantities(f.goal, year) : [];
  if (stale == null && qs.length === 0 && f.goal && (f.kind === 'project_target' || f.kind === 'department_target') && statesNoTarget(f.goal, f.kind === 'project_target' ? f.project_name : null)) {
    push(ctx, 'goal_vs_indicators', null, 'goal', `${formPlace(ctx)}的绩效目标「${f.goal.trim()}」只是套话或项目名称，没有写明本年度要完成的产出和效果；请写明做什么、做多少、何时完成、达到什么效果，并与绩效指标一一对应。`);
  }
  let field = 'goal';
  let label = f.kind === 'department_target' || f.kind === 'department_self_evaluation' ? '年度绩效目标' : '绩效目标';
  if (qs.length === 0 && f.kind === 'project_target' && f.overview) {
    qs = goalQuantities(f.overview).filter((q) => !MEASURE_UNITS.has(q.unit));
    field = 'overview';
    label = '项目概况';
  }
  const parts = f.kind === 'department_target' && (f.tasks.length > 0 || f.sub_goals.length > 0);
  if (qs.length === 0 && !parts) return;
  const carried = carriedNumbers(f.indicators);
  const seen: string[] = [];
  const example = qs.length === 0 ? null : uncarried(qs, carried, f.indicators, seen);
  if (example) reportUncarried(ctx, field, label, seen, example);
  if (!parts) return;
  // Tasks and sub-goals: one finding, on the first part with a quantity no row carries.
  const before = seen.length;
  let first: { field: string; label: string; example: GoalQuantity } | null = null;
  const scan = (text: string | null, at: string, what: string) => {
    if (!text) return;
    const hit = uncarried(yearQuantities(text, year), carried, f.indicators, seen);
    if (hit && first == null) first = { field: at, label: what, example: hit };
  };
  f.tasks.forEach((task, k) => scan(task.content, `tasks[${k}].content`, '年度主要任务'));
  f.sub_goals.forEach((goal, k) => scan(goal.text, `sub_goals[${k}].text`, '分项绩效目标'));
  const found = first as { field: string; label: string; example: GoalQuantity } | null;
  if (found) reportUncarried(ctx, found.field, found.label, seen.slice(before), found.example);
}
