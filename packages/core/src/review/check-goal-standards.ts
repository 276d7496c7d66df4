import type { Indicator } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { type FormContext, formPlace, push } from './review-context';

/**
 * goal_vs_indicators on a standard paid per head (按每人每年600元标准发放, 补贴标准每人每月100元, 按每人5000元标准资助) that the
 * rows state in money per head (后期扶持直补标准 =500 元/人·年): goal-quantities.ts reads 每人… as a frequency or a rate, so the
 * amount is held here to the rows of the same denominator. Only where such a row exists: a goal's standard with no row per
 * head is the money it spends, which a goal may state without an indicator.
 *
 * A standard per unit of work is held the same way (低产林改造每亩补助不超过400元 beside 补助标准 ≤700元/亩, 打捆机每台补助3万元
 * beside 万元/台, 单座危桥改造平均成本120万元以内 beside 万元/座): the rows in money per that unit state the goal's figure or contradict it.
 */

// 每人每年600元, 每户每月90元, 每人5000元, 每亩补助不超过400元, 单座…平均成本控制在120万元 after a word of what is paid (标准,
// 补助, 补贴, 成本…) in the same clause. A period (每年, 每月, 每次) is no unit of work.
const PER_HEAD = /([每单])([\u4e00-\u9fa5])(?:每(年|月))?([^，,。；;、\d]{0,12}?)(\d+(?:\.\d+)?)\s*(万元|元)/g;
const NOT_A_UNIT = /[年月日天季周次位]/;
const HEAD_GAP = 6;
const PAID = /标准|补助|补贴|资助|奖励|救助|慰问|发放|直补|生活费|津贴|成本|造价/;
const CLAUSE_START = /[，,。；;：:\n]/;
// 元/人·年, 元/人/月, 元/（人·月）, 万元/人, 元/户, 元/亩, 万元/辆·年: money per head, household or unit of work, and the period
// if written.
const PER_HEAD_UNIT = /^(万元|元)\s*\/\s*[（(]?\s*([\u4e00-\u9fa5])\s*(?:[·.・/／]\s*(年|月))?\s*[）)]?$/;
const SAME_HEAD: Readonly<Record<string, string>> = { 人: '人', 名: '人', 生: '人', 户: '户' };
const headOf = (word: string): string => SAME_HEAD[word] ?? word;

interface Standard { value: number; head: string; period: string | null; row: number }

function rowStandards(rows: readonly Indicator[]): Standard[] {
  const out: Standard[] = [];
  rows.forEach((ind, row) => {
    if (ind.unit == null || !ind.unit.includes('/')) return;
    const m = PER_HEAD_UNIT.exec(foldWidth(ind.unit.trim()).replace(/\s/g, ''));
    const t = Number(ind.target);
    if (!m || ind.target === '' || !Number.isFinite(t)) return;
    out.push({ value: m[1] === '万元' ? t * 10000 : t, head: headOf(m[2]!), period: m[3] ?? null, row });
  });
  return out;
}

export function checkGoalStandards(ctx: FormContext): void {
  const f = ctx.form;
  if (!f.goal || !(f.goal.includes('每') || f.goal.includes('单')) || f.indicators.length === 0) return;
  const rows = rowStandards(f.indicators);
  if (rows.length === 0) return;
  const s = f.goal;
  PER_HEAD.lastIndex = 0;
  for (let m = PER_HEAD.exec(s); m; m = PER_HEAD.exec(s)) {
    let a = m.index;
    while (a > 0 && m.index - a < 20 && !CLAUSE_START.test(s[a - 1]!)) a--;
    if (!PAID.test(s.slice(a, m.index + m[0].length + 4)) || NOT_A_UNIT.test(m[2]!)) continue;
    const head = headOf(m[2]!);
    // A head paid per person keeps the old short reach; 单 names a unit of work only (单人 is a single person).
    if ((head !== m[2] || head === '人') && (m[1] === '单' || m[4]!.length > HEAD_GAP)) continue;
    const period = m[3] ?? null;
    const value = Number(m[5]) * (m[6] === '万元' ? 10000 : 1);
    // Rows of the same head whose period agrees (or either leaves it out): any of them stating this amount carries it.
    const peers = rows.filter((r) => r.head === head && (r.period == null || period == null || r.period === period));
    if (peers.length === 0 || peers.some((r) => Math.abs(r.value - value) <= 1e-6 * Math.max(1, value))) continue;
    const row = f.indicators[peers[0]!.row]!;
    push(ctx, 'goal_vs_indicators', null, 'goal', `${formPlace(ctx)}的绩效目标写明标准「${m[0]}」，而指标「${row.name.trim()}」的指标值为${row.target}${row.unit!.trim()}；请核对标准，使绩效目标与指标值一致。`);
    return;
  }
}
