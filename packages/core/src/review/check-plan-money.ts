import { formatHundredths } from '../scoring/round-score';
import { type FormContext, formPlace, push } from './review-context';

/**
 * A project target's money read against what its own texts say of the whole project and of when its works start.
 *
 * - budget_arithmetic: the 实施期 total (项目实施期2026—2027年，总投资420万元) below the year's 预算数 (480). A year is one part of
 *   its 实施期, so the whole cannot be smaller; one of the two figures is wrong. Only a total of the whole project is read: a
 *   part (其中, 一期, 单个, 子项), money already spent (已完成投资) or drawn in (带动社会投资) is no whole.
 * - spending_plan: a works project whose plan has spent most of the year's money (≥ 50%) by a month end before the month the
 *   goal or overview says the works start (2026年5月开工 beside 3月底 80%). Money cannot pay for works not yet begun; advance
 *   payments (预付款), settling last year's work (结算, 尾款, 上年, 续建) and purchases are no such plan.
 */

const PERIOD_TOTAL = /(?:总投资|总概算|投资总额|资金总额|总预算)\s*(?:为|约|共|计|:|：)?\s*(\d+(?:\.\d+)?)\s*(万元|亿元)/g;
// The sentence names the whole project's span: 实施期, 建设期, 项目周期, or a run of years (2026—2027年).
const WHOLE_SPAN = /实施期|建设期|项目周期|执行期|20\d{2}\s*[—–\-~～至到]+\s*20\d{2}\s*年/;
const PART_BEFORE = /其中|一期|二期|三期|首期|前期|上期|本期|单个|每个|每座|子项|标段|已完成|已投入|已到位|带动|撬动|吸引|社会|企业/;
const SENTENCE_END = /[。；;\n]/;

function checkPeriodTotalIn(ctx: FormContext, text: string | null, field: string, budget: number): boolean {
  if (text == null || !text.includes('总')) return false;
  const s = text.normalize('NFKC');
  PERIOD_TOTAL.lastIndex = 0;
  for (let m = PERIOD_TOTAL.exec(s); m; m = PERIOD_TOTAL.exec(s)) {
    let a = m.index;
    while (a > 0 && !SENTENCE_END.test(s[a - 1]!)) a--;
    let clause = m.index;
    while (clause > a && !/[，,]/.test(s[clause - 1]!)) clause--;
    if (!WHOLE_SPAN.test(s.slice(a, m.index)) || PART_BEFORE.test(s.slice(clause, m.index))) continue;
    const value = Number(m[1]) * (m[2] === '亿元' ? 10000 : 1);
    if (value + ctx.policy.amountTolerance + 1e-9 >= budget) continue;
    push(ctx, 'budget_arithmetic', null, field, `${formPlace(ctx)}写明项目实施期${m[0].replace(/\s/g, '')}，少于本年度预算数 ${formatHundredths(budget)} 万元；年度资金是实施期资金的一部分，请核对实施期总额或预算数。`);
    return true;
  }
  return false;
}

/** budget_arithmetic: a 实施期 total stated in the overview or goal below the year's 预算数. */
export function checkPeriodTotal(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind !== 'project_target' || f.budget_total_wan == null || !(f.budget_total_wan > 0)) return;
  if (!checkPeriodTotalIn(ctx, f.overview, 'overview', f.budget_total_wan)) checkPeriodTotalIn(ctx, f.goal, 'goal', f.budget_total_wan);
}

// 2026年5月开工, 5月份开工建设, 于6月底前开工: the month works start. 复工 and 完工 are other points.
const START = /(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月(?:份|初|底|中旬|上旬|下旬)?(?:前)?(?:正式|全面|陆续)?(?:开工|动工|进场施工)/;
const EARLY_MONEY = /预付|结算|尾款|上年|以前年度|续建|已完成|已完工|采购|购置/;
const PLAN_MONTHS: ReadonlyArray<['mar' | 'jun' | 'oct', number, string]> = [['mar', 3, '3月底'], ['jun', 6, '6月底'], ['oct', 10, '10月底']];

/** spending_plan: most of the money spent by a month end before the works the texts say start later. */
export function checkPlanBeforeWorks(ctx: FormContext): void {
  const f = ctx.form;
  if (f.kind !== 'project_target' || !f.spending_plan) return;
  const text = `${f.goal ?? ''}。${f.overview ?? ''}`;
  const start = START.exec(text);
  if (!start || EARLY_MONEY.test(text)) return;
  // A start in another year (last year's, for works going on; next year's, after this year's design) says nothing of this plan.
  if (start[1] != null && f.fiscal_year != null && Number(start[1]) !== f.fiscal_year) return;
  const month = Number(start[2]);
  if (!(month >= 1 && month <= 12)) return;
  for (const [key, end, label] of PLAN_MONTHS) {
    const share = f.spending_plan[key];
    if (end >= month || share == null || share < 50) continue;
    push(ctx, 'spending_plan', null, 'spending_plan', `${formPlace(ctx)}资金支出计划${label}累计 ${formatHundredths(share)}%，而项目${month}月才开工；开工前不应支出大部分资金，请按工程进度核对支出计划。`);
    return;
  }
}
