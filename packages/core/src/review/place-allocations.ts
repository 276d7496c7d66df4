import { type GoalQuantity, bigUnitScale, unitFamily } from './goal-quantities';

/**
 * A regional goal (区域绩效目标, a 县's or 街镇's share of a programme) often allocates its total to the places that deliver
 * it: 各区县年度目标：青山县150公里、白河县120公里、石门县90公里. Each share is the place's, and the row carries their sum
 * (新改建农村公路 ≥420 公里); shares that do not make a carried total stay uncarried, as a goal and rows that disagree.
 */

// A piece of the goal runs from the last 。；： (or the start) to the quantity: 青山县新增管护面积5万亩、建设监测点位18个 is one
// place's piece, so both its quantities are that place's.
const PIECE_START = /[。；;：:\n]/;
// The piece opens with a place's name (青山县, 东林区, 木洞镇, 龙泉街道), not with 全市/本县/各区县/为全区, which name the whole.
const PLACE_HEAD = /^(?:(?![全本各该我辖])[\u4e00-\u9fa5]){1,5}?(?:县|区|市|镇|乡|街道)/;
const MAX_PIECE = 40;

/**
 * The quantities a goal allocates to named places whose sum, per unit, is a row's target; null when none. targets: the rows'
 * targets (a row in 万 also under its number multiplied out), each with the counting families of its rows' units.
 */
export function allocatedToPlaces(qs: readonly GoalQuantity[], targets: ReadonlyMap<number, ReadonlyArray<string | null>>): Set<GoalQuantity> | null {
  let groups: Map<string, GoalQuantity[]> | null = null;
  for (const q of qs) {
    if (q.share || q.spent) continue;
    const family = unitFamily(q.unit);
    if (family == null || family === '%' || family === 'pp' || !placeHeaded(q)) continue;
    groups ??= new Map();
    const group = groups.get(q.unit);
    if (group) group.push(q); else groups.set(q.unit, [q]);
  }
  if (groups == null) return null;
  let out: Set<GoalQuantity> | null = null;
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let total = 0;
    for (const q of group) total += q.value;
    if (!rowStates(targets, group[0]!.unit, total)) continue;
    out ??= new Set();
    for (const q of group) out.add(q);
  }
  return out;
}

function placeHeaded(q: GoalQuantity): boolean {
  let a = q.index;
  while (a > 0 && q.index - a < MAX_PIECE && !PIECE_START.test(q.text[a - 1]!)) a--;
  return PLACE_HEAD.test(q.text.slice(a, q.index));
}

/** A row's target is this amount in the unit's family (万 multiplied out): no name or unitless row stands in for a sum. */
function rowStates(targets: ReadonlyMap<number, ReadonlyArray<string | null>>, unit: string, amount: number): boolean {
  const want = unitFamily(unit);
  const big = bigUnitScale(unit);
  const families = targets.get(Math.round(amount * (big || 1) * 1e6) / 1e6);
  return families != null && want != null && families.includes(want);
}
