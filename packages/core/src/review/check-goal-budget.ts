import { formatHundredths } from '../scoring/round-score';
import { contextSpans, inSpans } from './context-spans';
import { type FormContext, formPlace, push } from './review-context';

/**
 * budget_arithmetic on the goal: the year's whole budget restated in the 绩效目标 (全年安排补贴资金1960万元, 2026年部门预算450万元)
 * beside another 预算数 / 预算总额 in the form's own cells. The published form contradicts itself on its money, whichever is
 * wrong. Only a statement of the whole is read: a part (其中…, 区级财政安排…, 安排设备购置资金…), a period's or an earlier
 * year's total (context-spans.ts), another year's money and an approximation (约…) are not the year's budget.
 */

// A project's money: 安排/下达/申请/投入 + a word for the project (empty, 项目, 专项, or words of its own name, which may add the
// kind of money: 秸秆综合利用补助 of 农作物秸秆综合利用) + 资金/经费/预算, or 项目资金/项目预算. A department's: 部门预算, 单位预算总额, 预算总额/总量.
const PROJECT_STATED = /(?:安排|下达|申请|投入)([\u4e00-\u9fa5]{0,10}?)(?:资金|经费|预算)(?:总额)?|项目(?:资金|经费|预算)(?:总额)?/g;
const DEPARTMENT_STATED = /(?:部门|单位)(?:整体)?(?:支出)?预算(?:总额|总量)?|预算(?:总额|总量)/g;
const AMOUNT_AFTER = /^\s*(?:共计|共|合计)?\s*[为是:：]?\s*(\d+(?:\.\d+)?)\s*(万元|亿元)/;
const GENERAL_WORD = /^(?:项目|本项目|该项目|专项|项目专项)?$/;
const KIND_OF_MONEY = /(?:补助|补贴|奖补|专项|扶持)$/;

/** Words of the project's own name, with or without the kind of money after them. */
function ownWords(word: string, projectName: string): boolean {
  if (word.length >= 2 && projectName.includes(word)) return true;
  const bare = word.replace(KIND_OF_MONEY, '');
  return bare.length >= 2 && bare !== word && projectName.includes(bare);
}
// Words before the amount in its clause that make it one part of the money (a source, a 其中, a use named apart) or money
// the project draws in rather than spends (带动社会投入资金…, 争取上级资金…).
const PART_BEFORE = /其中|中央|省级|市级|区级|县级|镇级|本级|上级|财政|自筹|配套|债券|结转|用于|含|带动|撬动|吸引|引导|争取|社会/;
const APPROXIMATE = /约|近|超过|逾|不少于|不低于|以上|左右|余/;
const CLAUSE_END = /[，,。；;\n]/;
const GATE = /万元|亿元/;

interface Stated { value: number; index: number }

/** The whole-budget amounts a goal states (in 万元), outside its context spans. */
function statedBudgets(goal: string, fiscalYear: number | null, department: boolean, projectName: string): Stated[] {
  const s = goal.normalize('NFKC');
  const out: Stated[] = [];
  let spans: ReturnType<typeof contextSpans> | null = null;
  const re = department ? DEPARTMENT_STATED : PROJECT_STATED;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const end = m.index + m[0].length;
    const amount = AMOUNT_AFTER.exec(s.slice(end, end + 16));
    if (!amount) continue;
    const word = m[1];
    if (word !== undefined && !GENERAL_WORD.test(word) && !ownWords(word, projectName)) continue;
    let a = m.index;
    while (a > 0 && !CLAUSE_END.test(s[a - 1]!)) a--;
    const close = end + amount[0].length;
    const before = s.slice(a, m.index);
    if (PART_BEFORE.test(before) || otherYear(before, fiscalYear) || APPROXIMATE.test(s.slice(a, end + amount[0].indexOf(amount[1]!))) || APPROXIMATE.test(s.slice(close, close + 2))) continue;
    spans ??= contextSpans(s, fiscalYear);
    if (inSpans(spans, m.index)) continue;
    out.push({ value: Number(amount[1]) * (amount[2] === '亿元' ? 10000 : 1), index: m.index });
  }
  return out;
}

// 2025年安排资金1700万元 on a 2026 form: another year's money (last year's, or a copied goal the goal check reports), not
// this year's budget.
const YEAR = /(20\d{2})\s*年/g;

function otherYear(before: string, fiscalYear: number | null): boolean {
  if (fiscalYear == null || !before.includes('年')) return false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(before); m; m = YEAR.exec(before)) if (Number(m[1]) !== fiscalYear) return true;
  return false;
}

/** The stated amount restates one of the form's figures, to the precision it is written in. */
function restates(value: number, figures: readonly (number | null)[]): boolean {
  const text = String(value);
  const dot = text.indexOf('.');
  const half = dot < 0 ? 0.5 : 0.5 * 10 ** -(text.length - dot - 1);
  return figures.some((f) => f != null && Math.abs(f - value) < Math.max(half, 0.01) + 1e-9);
}

// 其中项目支出210万元, 基本支出470万元: the goal restating a part of the structure the form's own cells give. Money of
// another level or source (上级转移支付项目支出, 结转项目支出) is not the structure's.
const STRUCTURE_STATED = /(基本|项目)支出(?:预算)?/g;
const OTHER_MONEY_BEFORE = /中央|省级|市级|上级|转移支付|结转|债券|带动|争取|用于/;

function checkGoalStructure(ctx: FormContext, goal: string, fiscalYear: number | null, structure: { basic_wan: number | null; project_wan: number | null }): void {
  const s = goal.normalize('NFKC');
  STRUCTURE_STATED.lastIndex = 0;
  for (let m = STRUCTURE_STATED.exec(s); m; m = STRUCTURE_STATED.exec(s)) {
    const figure = m[1] === '基本' ? structure.basic_wan : structure.project_wan;
    const end = m.index + m[0].length;
    const amount = AMOUNT_AFTER.exec(s.slice(end, end + 16));
    if (figure == null || !amount) continue;
    let a = m.index;
    while (a > 0 && !CLAUSE_END.test(s[a - 1]!)) a--;
    const close = end + amount[0].length;
    const before = s.slice(a, m.index);
    if (OTHER_MONEY_BEFORE.test(before) || otherYear(before, fiscalYear) || APPROXIMATE.test(s.slice(end, close)) || APPROXIMATE.test(s.slice(close, close + 2))) continue;
    if (inSpans(contextSpans(s, fiscalYear), m.index)) continue;
    const value = Number(amount[1]) * (amount[2] === '亿元' ? 10000 : 1);
    if (restates(value, [figure])) continue;
    push(ctx, 'budget_arithmetic', null, 'goal', `${formPlace(ctx)}的绩效目标写明${m[0]} ${formatHundredths(value)} 万元，与本表${m[1]}支出 ${formatHundredths(figure)} 万元不符；请核对绩效目标中的金额或预算结构。`);
    return;
  }
}

/** budget_arithmetic: a goal that states the year's whole budget other than the form's 预算数 (project) or 预算总额 (department). */
export function checkGoalBudget(ctx: FormContext): void {
  const form = ctx.form;
  if ((form.kind !== 'project_target' && form.kind !== 'department_target') || form.goal == null || form.budget_total_wan == null) return;
  if (!GATE.test(form.goal)) return;
  const department = form.kind === 'department_target';
  const figures = department
    ? [form.budget_total_wan, form.fund_sources?.government_wan ?? null, form.fund_sources?.special_account_wan ?? null, form.fund_sources?.unit_wan ?? null, form.structure?.basic_wan ?? null, form.structure?.project_wan ?? null]
    : [form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan, form.budget_district_wan, form.budget_subsidy_towns_wan];
  const stated = statedBudgets(form.goal, form.fiscal_year, department, department ? '' : form.project_name ?? '');
  const off = stated.find((x) => !restates(x.value, figures));
  if (!off) {
    if (department && form.structure) checkGoalStructure(ctx, form.goal, form.fiscal_year, form.structure);
    return;
  }
  const label = department ? '部门预算总额' : '预算数';
  push(ctx, 'budget_arithmetic', null, 'goal', `${formPlace(ctx)}的绩效目标写明资金 ${formatHundredths(off.value)} 万元，与本表${label} ${formatHundredths(form.budget_total_wan)} 万元不符；请核对绩效目标中的金额或${label}。`);
}
