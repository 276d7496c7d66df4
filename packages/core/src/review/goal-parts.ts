import { type GoalQuantity, bigUnitScale, goalQuantities, unitFamily } from './goal-quantities';

/**
 * A goal's quantity read beside the words right after it: the parts it is split into (其中…) and the same amount over another
 * period in brackets, for goal_vs_indicators (check-goal.ts). A part after 其中 is a promise of its own (S40-S08, S25-D11):
 * no row for 重点课题5项 leaves it uncarried even where a row states the total.
 */

// A total followed by its parts (在12个行政村改厕3000户，其中新建2000户、改建1000户): rows may carry it split only into the parts
// the goal lists. Rows of 2.5万亩 and 5000亩 do not split 建设高标准农田3万亩，其中高效节水灌溉5000亩: the 5000亩 lies inside the
// total. Read only for a quantity no row carries as written.
const PARTS_FOLLOW = /^[\s，,、；;（(]{0,2}其中/;
const PARTS_END = /[。；;）)\n]/;
const UNIT_CHAR = /[^\s，,、；;。（(]/;

/** Where the parts listed after 其中 right behind q lie in q.text ([from, stop)), or null when no 其中 follows. */
function partsSpan(q: GoalQuantity): readonly [number, number] | null {
  let end = q.index + q.length;
  // q's length already holds its unit (3万亩); a noun may follow it (改厕3000户农户，其中…): skip up to 6 chars to the clause's next mark.
  while (end < q.text.length && end - q.index - q.length < 6 && UNIT_CHAR.test(q.text[end]!)) end++;
  if (!PARTS_FOLLOW.test(q.text.slice(end, end + 6))) return null;
  const from = q.text.indexOf('其中', end) + 2;
  let stop = from;
  while (stop < q.text.length && !PARTS_END.test(q.text[stop]!)) stop++;
  return [from, stop];
}

/** The amounts (in the total's base unit) the goal lists after 其中 right behind q, or null when no 其中 follows. */
export function statedParts(q: GoalQuantity, want: string): number[] | null {
  const span = partsSpan(q);
  if (span == null) return null;
  // From after 其中: the reader leaves a bracketed remark's numbers out (86公里（其中主管网30公里…）), the parts are what is read here.
  return goalQuantities(q.text.slice(span[0], span[1])).filter((p) => unitFamily(p.unit) === want).map((p) => p.value * (bigUnitScale(p.unit) || 1));
}

// Right after a quantity, a bracket that states the same amount over another period: 日均处理2000吨（全年73万吨）. An area or
// a weight inside brackets is no quantity of the goal's own (asides are left out above), so the bracket is read here.
// A bracket of parts (90公里（其中中压12公里、低压78公里）) is no restatement: its parts must make the total.
const RESTATEMENT = /^\s*[（(]((?:全年|年度|每年|年|合计|折合|约合|共计)[^（()）、，,其]{1,16})[）)]/;

/** The quantity restates, per day, the one amount in brackets right after it over the year, in the same unit, which isCarried. */
export function restatedInBrackets(q: GoalQuantity, isCarried: (inner: GoalQuantity) => boolean): boolean {
  const m = RESTATEMENT.exec(q.text.slice(q.index + q.length, q.index + q.length + 24));
  if (!m) return false;
  const inner = goalQuantities(m[1]!);
  return inner.length === 1 && unitFamily(inner[0]!.unit) === unitFamily(q.unit) && isCarried(inner[0]!);
}
