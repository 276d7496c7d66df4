import type { Indicator } from '../forms/forms-schema';
import type { NameFacts } from './name-facts';
import { groupOf } from './name-unit-conflict';
import { type FormContext, push, rowPlace, showTarget } from './review-context';
import { unitFacts } from './unit-facts';

/**
 * A name that states its own target (2024年度完成不少于120个村级财务审计, 每月巡田不少于2次, 2024年9月底前完成验收) read against
 * the value the row gives: the value may restate it, but a smaller floor, a ceiling, a unit of another kind or a later date
 * contradicts the name, and the row cannot hold both. Asked only of names that carry a figure with its unit (statesCount) or of a
 * 定性 target naming a month, so the common row pays one flag test.
 */

// A floor on what the name counts, with its unit (不少于120个, 不低于1.5万人, 至少2次); rates are read by STATED_BOUND, and 超过
// is left out, since it bounds a bad thing's scope (超过30天未办结) as often as it states a target.
const NAME_FLOOR = /(?:不少于|不低于|不小于|至少|最少)(\d+(?:\.\d+)?)([十百千万亿]?)(人次|户次|场次|批次|公里|千米|平方米|立方米|公顷|[个人户座所米处家条台套项场名间张辆吨株头只棵册件宗块口眼盏本份篇部批期班村次亩元])/;
// What follows the floor is a population it bounds, not the row's own count, when the name goes on to count or share it
// (不少于40学时的教师人数, 年产值不低于500万元企业数量, 出水压力不低于0.1兆帕达标率).
const SCOPE_AFTER = /(?:数|数量|量|率|比例|占比|比重|规模)$/;
const MAGNITUDE: Record<string, number> = { '': 1, 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 100000000 };
// A unit as magnitude, unit proper and an optional base (1.2 万人, 2 次/月): the value's unit compared with the name's.
const VALUE_UNIT = /^([十百千万亿]?)([^/／]+?)(?:\s*[/／].*)?$/;
const PER = /[/／]/;

interface Floor { value: number; unit: string; shown: string; group: ReturnType<typeof groupOf>; perItem: boolean }

/** The floor a name states on its own count, or null (none, a rate, or a floor on a population the name counts). */
function nameFloor(facts: NameFacts): Floor | null {
  if (!facts.statesCount || facts.kind === 'rate' || facts.satisfaction) return null;
  const m = NAME_FLOOR.exec(facts.core);
  if (m == null || SCOPE_AFTER.test(facts.core.slice(m.index + m[0].length))) return null;
  const unit = m[3]!;
  // 每人不低于300元, 每月不少于2次: a floor per person or per period is a standard the row may count the persons or times of.
  return { value: Number(m[1]) * MAGNITUDE[m[2]!]!, unit, shown: `${m[1]}${m[2]}${unit}`, group: groupOf(unitFacts(unit)), perItem: facts.core.lastIndexOf('每', m.index) >= 0 };
}

function hasCode(ctx: FormContext, i: number, code: string): boolean {
  for (let k = ctx.out.length - 1; k >= 0; k--) {
    const f = ctx.out[k]!;
    if (f.row !== i || f.form !== ctx.formIndex) return false;
    if (f.code === code) return true;
  }
  return false;
}

/** The floor a name states against the row's sign, unit and number. */
export function checkNameFloor(ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, num: number | null, unit: string | null): void {
  const floor = nameFloor(facts);
  if (floor == null || num == null) return;
  const cmp = ind.comparator;
  if (cmp === '<=' || cmp === '<') {
    if (!hasCode(ctx, i, 'direction')) push(ctx, 'direction', i, 'comparator', `${rowPlace(ctx, i, ind)}名称写明了数量下限「${floor.shown}」，指标性质却是「${cmp === '<=' ? '≤' : '<'}」（${showTarget(ind)}）；请改为「≥」（如「≥${num}${unit ?? ''}」）。`);
    return;
  }
  if (cmp !== '>=' && cmp !== '>' && cmp !== '=') return;
  if (unit == null) return;
  const uf = unitFacts(unit);
  // 完成不少于120个…审计 100%: the whole count the name states, done.
  if (!floor.perItem && (uf.percent ? num !== 100 : floor.group != null && groupOf(uf) != null && groupOf(uf) !== floor.group && !uf.perBase && !uf.magnitude)) {
    if (!hasCode(ctx, i, 'unit_vs_name')) push(ctx, 'unit_vs_name', i, 'unit', `${rowPlace(ctx, i, ind)}名称写明的数量以「${floor.unit}」计，计量单位却是${uf.percent ? ' %' : `「${unit}」`}（${showTarget(ind)}）；请改为与名称一致的单位（如「≥${floor.shown}」）。`);
    return;
  }
  const u = VALUE_UNIT.exec(unit.trim());
  // 2 次/月 compares with 每月…不少于2次 only: a per-period value beside a name with no period counts something else.
  if (u == null || u[2] !== floor.unit || (PER.test(unit) && !floor.perItem)) return;
  const value = num * MAGNITUDE[u[1]!]!;
  if (value < floor.value && !hasCode(ctx, i, 'implausible_target')) {
    push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的目标 ${showTarget(ind)} 低于名称写明的下限「${floor.shown}」，两者矛盾；请统一名称与指标值（如「≥${floor.shown}」）。`);
  }
}

// A deadline in the name or the value (2024年9月底前, 9月30日前, 12月底以前): year optional, a month's end when no day is given.
const DEADLINE_DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末|份)?(?:之?前|以前)/;

/** A 定性 date later than the deadline the name states (2024年9月底前完成验收 answered 2024年12月底前). */
export function checkNameDeadline(ctx: FormContext, i: number, ind: Indicator, facts: NameFacts, target: string): void {
  const t = DEADLINE_DATE.exec(target);
  if (t == null) return;
  const n = DEADLINE_DATE.exec(facts.core);
  if (n == null) return;
  const year = (y: string | undefined, other: string | undefined) => Number(y ?? other ?? 0);
  const key = (m: RegExpExecArray, other: RegExpExecArray) => year(m[1], other[1]) * 10000 + Number(m[2]) * 100 + Number(m[3] ?? 31);
  if (key(t, n) > key(n, t)) {
    push(ctx, 'implausible_target', i, 'target', `${rowPlace(ctx, i, ind)}的指标值「${target}」晚于名称写明的期限，两者矛盾；请统一名称与指标值。`);
  }
}
