import type { Form, FormKind, ImportWarning } from '@jixiao/core';
import { emptyForm, parseAmount, trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { isTextField, matchLabel } from './field-labels';
import { cellValue, isDash, oneLineName } from './normalize-label';
import { executionRatePercent } from './execution-rate';

export type PlanKey = 'mar' | 'jun' | 'oct' | 'dec';
export type BudgetKey = 'initial_wan' | 'adjusted_wan' | 'executed_wan' | 'execution_rate' | 'weight' | 'score' | 'reason';

// 51090422T000000280419-目标绩效督查营商管理经费: a code of digits/capitals with at least six digits.
// The code runs as long as it is made of code characters (130323-0201-ZX-01 农村公路养护工程),
// then a dash or a space, then the name.
const CODE_PREFIX = /^([0-9A-Z][0-9A-Z_.\-－—]{5,60})(?:[\s\u3000]+|(?<=[-－—_]))([^\s\u3000\-－—_].*)$/s;
// 318002 抚宁区财政局机关: a unit code printed before the unit name.
const ORG_CODE_PREFIX = /^(\d{3,12})[\s\u3000]+(\S.{1,60})$/s;

const ALL_FISCAL = /(?:全部|全额|均)(?:为|是|系|由|来源于|来自)?[^，。；,;\d]{0,8}(?:财政资金|财政拨款|财政性资金)/;
/** 1,450.00万元（其中财政资金1,450.00万元）: the amount in front of a remark. */
export function leadingAmount(text: string): number | null {
  // Thousands groups are read whole: 2,450,000.00元（…） is not 2,450 followed by a comma.
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[\s\u3000]*(万元|元)?(?=[\s\u3000（(，,；;])/.exec(text);
  return m ? parseAmount(m[1]!) : null;
}

/** Splits "code-name" when the part before the dash is a project code. */
export function splitProjectCode(text: string): { code: string | null; name: string } {
  const m = CODE_PREFIX.exec(trimText(text));
  const code = m?.[1]!.replace(/[-－—_.]+$/, '');
  if (m && code && (code.match(/\d/g)?.length ?? 0) >= 6) return { code, name: trimText(m[2]!) };
  return { code: null, name: trimText(text) };
}

export function splitOrgCode(text: string): { code: string | null; name: string } | null {
  const m = ORG_CODE_PREFIX.exec(trimText(text));
  return m ? { code: m[1]!, name: trimText(m[2]!) } : null;
}

/**
 * One form being filled: fields are set once (the first value in document order wins),
 * amounts are parsed, and uncertain decisions are collected as warnings.
 */
export class FormSink {
  readonly form: Form;
  readonly warnings: ImportWarning[] = [];
  year: number | null = null;
  indicatorTables = 0;
  /** A total a report's running text stated after the indicators (with their count then); see buildForms. */
  reportedTotal: { raw: string; after: number } | null = null;

  constructor(readonly kind: FormKind, readonly formIndex: number) {
    this.form = freshForm(kind);
  }

  private get record(): Record<string, unknown> {
    return this.form as unknown as Record<string, unknown>;
  }

  supports(key: FieldKey): boolean {
    if (key === 'caption') return false;
    if (key === 'goal_period') return this.supports('goal');
    if (key === 'fund.government_part') return this.supports(this.governmentKey());
    if (key === 'budget_other_part') return this.supports('budget_other_wan');
    const top = key.startsWith('fund.') ? 'fund_sources' : key.startsWith('structure.') ? 'structure' : key;
    return top in this.record;
  }

  has(key: FieldKey): boolean {
    if (!this.supports(key)) return true;
    if (key === 'goal_period') return this.periodGoal != null || this.has('goal');
    const v = this.read(key);
    return Array.isArray(v) ? v.length > 0 : v != null;
  }

  private read(key: FieldKey): unknown {
    if (key.startsWith('fund.')) return (this.form as { fund_sources?: Record<string, unknown> | null }).fund_sources?.[fundKey(key)] ?? null;
    if (key.startsWith('structure.')) return (this.form as { structure?: Record<string, unknown> | null }).structure?.[key === 'structure.basic' ? 'basic_wan' : 'project_wan'] ?? null;
    return this.record[key];
  }

  /** Where the government's money goes: the fund sources of a department, the fiscal amount of a project. */
  private governmentKey(): FieldKey {
    return 'fund_sources' in this.record ? 'fund.government' : 'budget_fiscal_wan';
  }

  /**
   * Whether an amount read for a field that already holds a figure names another figure: a paragraph
   * stating a budget that disagrees with the form's own table is about another form (the next one's
   * 项目概述 printed between two tables). A part of a sum (自有资金 of several) is never compared.
   */
  disagrees(key: FieldKey, raw: string): boolean {
    if (key === 'fund.government_part' || key === 'budget_other_part' || key === 'total_score' || !this.supports(key)) return false;
    const held = this.read(key);
    const text = cellValue(raw);
    const parsed = text == null ? null : parseAmount(text) ?? leadingAmount(text);
    return typeof held === 'number' && parsed != null && Math.abs(this.toWan(parsed, text!) - held) > 0.005;
  }

  /** Sets a field from a cell's text; returns whether the field took the value. */
  set(key: FieldKey, raw: string | null): boolean {
    if (key === 'fund.government_part' || key === 'budget_other_part') {
      const text = raw == null ? null : cellValue(raw);
      const amount = text == null ? null : parseAmount(text) ?? leadingAmount(text);
      if (amount == null || !this.supports(key)) return false;
      (key === 'budget_other_part' ? this.otherParts : this.governmentParts).push(this.toWan(amount, text!));
      return true;
    }
    if (key === 'goal_period') {
      const text = raw == null ? null : cellValue(raw);
      if (text == null || !this.supports(key) || this.periodGoal != null) return false;
      this.periodGoal = text;
      return true;
    }
    if (key === 'budget_period_total') {
      const amount = raw == null || !this.supports('budget_total_wan') ? null : parseAmount(cellValue(raw)) ?? leadingAmount(cellValue(raw) ?? '');
      if (amount == null || this.periodTotal != null) return false;
      this.periodTotal = this.toWan(amount, raw!);
      return true;
    }
    if (!this.supports(key) || this.has(key) || raw == null) return false;
    const value = cellValue(raw);
    if (value == null) return false;
    const text = key === 'project_name' || key === 'org' || key === 'department' ? oneLineName(value) : value;
    if (key === 'tasks' || key === 'sub_goals' || key === 'measures') return false;
    if (isTextField(key)) {
      if (key === 'project_name') {
        const split = splitProjectCode(text);
        if (split.code && this.supports('project_code') && !this.has('project_code')) this.record.project_code = split.code;
        this.record.project_name = split.name;
        return true;
      }
      // 部门编码：118001 — a unit code is letters and digits; anything else is no code.
      if (key === 'org_code' && !/^[0-9A-Za-z][0-9A-Za-z-]{1,29}$/.test(text)) return false;
      if (key === 'org') {
        // 某某县教育体育局（盖章）: the stamp's place printed after the name is no part of it.
        const unstamped = text.replace(/[\s\u3000]*[（(]\s*(盖章|公章|签章|印章|章)\s*[）)]$/, '');
        if (unstamped !== text && unstamped !== '') return this.set(key, unstamped);
        const split = splitOrgCode(text);
        if (split && !this.has('org_code' as FieldKey)) {
          this.record.org_code = split.code;
          this.record.org = split.name;
          return true;
        }
      }
      this.record[key] = text;
      return true;
    }
    const whole = parseAmount(text);
    const parsed = whole ?? leadingAmount(text);
    if (parsed == null) return false;
    if (whole == null) this.readRemark(text);
    const amount = key === 'total_score' ? parsed : this.toWan(parsed, text);
    if (key.startsWith('fund.')) {
      const f = (this.form as { fund_sources: Record<string, number | null> | null });
      f.fund_sources = { government_wan: null, special_account_wan: null, unit_wan: null, ...(f.fund_sources ?? {}), [fundKey(key)]: amount };
      return true;
    }
    if (key.startsWith('structure.')) {
      const f = (this.form as { structure: Record<string, number | null> | null });
      f.structure = { basic_wan: null, project_wan: null, ...(f.structure ?? {}), [key === 'structure.basic' ? 'basic_wan' : 'project_wan']: amount };
      return true;
    }
    this.record[key] = amount;
    // 46.00万元，全部为县级财政资金: a total said to be all fiscal money states the fiscal amount as well.
    if (key === 'budget_total_wan' && whole == null && ALL_FISCAL.test(text) && !this.has(this.governmentKey())) this.set(this.governmentKey(), `${amount}万元`);
    return true;
  }

  /**
   * 2,450,000.00元（其中财政资金2,450,000.00元）: the amounts a remark after the total breaks out
   * fill their own fields.
   */
  private readRemark(text: string): void {
    // 86.40万元，其中：财政拨款86.40万元 — the parts after a comma, as a bracket would hold them (thousands
    // separators dropped first, so a comma inside 1,860.00 splits nothing).
    const remark = /[（(]([^（）()]{4,80})[）)]\s*$/.exec(text)?.[1]
      ?? /^[^（(，,；;]*?[，,；;]\s*(其中[：:]?[^（）()]{4,80})$/.exec(text.replace(/(\d),(?=\d{3})/g, '$1'))?.[1];
    if (!remark) return;
    for (const piece of remark.split(/[，；;、]|,(?!\d{3})/)) {
      const m = /^(?:其中[：:]?)?\s*([^\d：:]{2,12}?)[：:]?\s*([+-]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)$/.exec(trimText(piece));
      const label = m ? matchLabel(m[1]!, this.kind) : null;
      if (!label || label.value != null || label.key === 'caption' || isTextField(label.key) || label.key === 'budget_total_wan') continue;
      this.set(label.key, m![2]!);
    }
  }

  /** Appends text to a text field (paragraphs of one field are joined as written). */
  /** Adds text to a field: a wrapped line's rest (no separator), or a paragraph of its own (`\n`). */
  append(key: FieldKey, text: string, separator = ''): void {
    if (!this.supports(key) || !isTextField(key)) return;
    const t = trimText(text);
    if (t === '') return;
    const cur = this.record[key];
    this.record[key] = typeof cur === 'string' && cur !== '' ? cur + separator + t : t;
  }

  setOrgCode(code: string, org: string): void {
    if (this.record.org_code == null) this.record.org_code = code;
    if (this.record.org == null) this.record.org = org;
  }

  setPlan(month: PlanKey, raw: string | null): boolean {
    if (!('spending_plan' in this.record)) return false;
    const n = parseAmount(raw);
    if (n == null) return false;
    const f = this.form as { spending_plan: Record<PlanKey, number | null> | null };
    f.spending_plan = { mar: null, jun: null, oct: null, dec: null, ...(f.spending_plan ?? {}), [month]: n };
    return true;
  }

  setBudget(values: Partial<Record<BudgetKey, string | null>>): void {
    if (!('budget' in this.record) || this.record.budget != null) return;
    // A lone dash among the row's figures is its zero, as Excel's accounting format prints one (a project
    // begun mid-year has 年初预算数 `-`); a dash beside no figure stays a placeholder.
    const figures = MONEY_KEYS.some((k) => parseAmount(values[k] ?? null) != null);
    const amount = (k: BudgetKey) => parseAmount(values[k] ?? null) ?? (figures && isDash(values[k]) ? 0 : null);
    const money = (k: BudgetKey) => { const n = amount(k); return n == null ? null : this.toWan(n, values[k] ?? ''); };
    const initial = money('initial_wan');
    const adjusted = money('adjusted_wan');
    const executed = money('executed_wan');
    (this.form as { budget: unknown }).budget = {
      initial_wan: initial,
      adjusted_wan: adjusted,
      executed_wan: executed,
      execution_rate: executionRatePercent(values.execution_rate ?? null, amount('execution_rate'), executed, adjusted ?? initial),
      weight: amount('weight'),
      score: amount('score'),
      reason: isInstruction(values.reason ?? null) ? null : cellValue(values.reason ?? null),
    };
  }

  /** Fills the budget block's fields still empty (a block written over two rows). */
  completeBudget(values: Partial<Record<BudgetKey, string | null>>): boolean {
    const budget = (this.form as { budget?: Record<BudgetKey, number | string | null> | null }).budget;
    if (!budget) return false;
    let took = false;
    for (const [k, raw] of Object.entries(values) as Array<[BudgetKey, string | null]>) {
      if (budget[k] != null || raw == null) continue;
      const n = parseAmount(raw);
      if (k === 'reason') { if (!isInstruction(raw)) { budget.reason = cellValue(raw); took = true; } continue; }
      if (n == null) continue;
      budget[k] = k === 'initial_wan' || k === 'adjusted_wan' || k === 'executed_wan' ? this.toWan(n, raw)
        : k === 'execution_rate' ? executionRatePercent(raw, n, numberOr(budget.executed_wan), numberOr(budget.adjusted_wan) ?? numberOr(budget.initial_wan)) : n;
      took = true;
    }
    return took;
  }

  /** The first total read stands, unless `replace` (a final score after the add-on rows a 合计 left out). */
  setTotal(raw: string, replace = false): void {
    if (!('total_score' in this.record) || (this.record.total_score != null && !replace)) return;
    const n = parseAmount(raw);
    if (n != null) this.record.total_score = n;
  }

  pushTask(name: string, content: string | null, budget: string | null): void {
    if (!('tasks' in this.record)) return;
    (this.form as { tasks: Array<{ name: string; content: string | null; budget_wan: number | null }> }).tasks.push({
      name: trimText(name),
      content: cellValue(content),
      budget_wan: this.moneyOf(budget),
    });
  }

  /** Fills the last task's content or budget (a task written as label lines, one field a line). */
  completeLastTask(content: string | null, budget: string | null): boolean {
    const tasks = (this.form as { tasks?: Array<{ name: string; content: string | null; budget_wan: number | null }> }).tasks;
    const last = tasks?.[tasks.length - 1];
    if (!last) return false;
    if (content != null && last.content == null) last.content = cellValue(content);
    if (budget != null && last.budget_wan == null) last.budget_wan = this.moneyOf(budget);
    return true;
  }

  /** Goes on with the last task's content on a line of its own (a task's items in rows under its one name). */
  continueLastTask(content: string): boolean {
    const tasks = (this.form as { tasks?: Array<{ name: string; content: string | null; budget_wan: number | null }> }).tasks;
    const last = tasks?.[tasks.length - 1];
    const more = cellValue(content);
    if (!last || more == null) return false;
    last.content = last.content == null ? more : `${last.content}\n${more}`;
    return true;
  }

  pushTitled(key: 'sub_goals' | 'measures', title: string, text: string): void {
    if (!(key in this.record)) return;
    (this.record[key] as Array<{ title: string; text: string }>).push({ title: trimText(title), text: trimText(text) });
  }

  appendToLastTitled(key: 'sub_goals' | 'measures', text: string): boolean {
    const list = this.record[key] as Array<{ title: string; text: string }> | undefined;
    const last = list?.[list.length - 1];
    if (!last) return false;
    last.text += trimText(text);
    return true;
  }

  /**
   * Notes the money unit a caption or line states (金额单位：元, 项目资金（元）): the form's
   * amounts are stored in 万元, so amounts written in 元 are divided by 10,000.
   */
  noteMoneyUnit(text: string): void {
    if (text.length > 120) return;
    const unit = moneyUnitOf(text);
    if (unit != null && !UNIT_STATEMENT.test(text) && !MONEY_WORDS.test(text)) return;
    if (unit != null) this.yuan = unit === '元';
  }

  /** An amount cell in 万元 (null when the cell holds no amount). */
  moneyOf(raw: string | null): number | null {
    const n = parseAmount(raw);
    return n == null ? null : this.toWan(n, raw ?? '');
  }

  private yuan = false;
  private periodTotal: number | null = null;
  private periodGoal: string | null = null;
  private governmentParts: number[] = [];
  private otherParts: number[] = [];

  /** Fills what only a fallback gave: the project's total budget when no year's budget was written. */
  finish(): void {
    if (this.periodTotal != null && this.record.budget_total_wan == null) this.record.budget_total_wan = this.periodTotal;
    if (this.periodGoal != null && 'goal' in this.record && this.record.goal == null) this.record.goal = this.periodGoal;
    // 一般公共预算 + 政府性基金预算 written apart, with no 财政拨款 line over them: together they are the government's money.
    for (const [parts, key] of [[this.governmentParts, this.governmentKey()], [this.otherParts, 'budget_other_wan']] as Array<[number[], FieldKey]>) {
      if (parts.length === 0) continue;
      const sum = Math.round(parts.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
      this.set(key, String(sum) + '万元');
    }
  }

  private toWan(amount: number, text: string): number {
    const written = /([万亿千]?)元[\s\u3000]*$/.exec(trimText(text).replace(/[（(].*$/, ''));
    const yuan = written ? written[1] === '' : this.yuan;
    return yuan ? Math.round(amount * 100) / 1e6 : amount;
  }

  warn(code: string, message: string, row: number | null = null): void {
    this.warnings.push({ form: this.formIndex, row, code, message });
  }
}

// 金额单位：元 / 单位：万元 as a line or cell; 资金情况（元） as a caption. 单位：元宝区… names a unit, not money.
const UNIT_STATEMENT = /(?<!计量|度量)单位\s*[：:]\s*(万元|元)(?![\u4e00-\u9fa5/／])/;
const UNIT_IN_CAPTION = /[（(]\s*(?:单位\s*[：:]\s*)?(万元|元)\s*[)）]/;

const MONEY_WORDS = /(资金|预算|金额|支出|经费|总额|拨款|投资|收入)/;

/** The money unit a text states, or null. */
export function moneyUnitOf(text: string): '元' | '万元' | null {
  const m = UNIT_STATEMENT.exec(text) ?? (text.length <= 30 ? UNIT_IN_CAPTION.exec(text) : null);
  return m ? (m[1] as '元' | '万元') : null;
}

// The budget block's amounts (not its rate, weight or score).
const MONEY_KEYS: BudgetKey[] = ['initial_wan', 'adjusted_wan', 'executed_wan'];

/**
 * The template's filling instructions printed in the reason cell (1.预算执行率=预算执行数/调整后预算数，
 * 未达到90%的需说明原因…): how to fill the cell, not a reason.
 */
function isInstruction(raw: string | null): boolean {
  if (raw == null) return false;
  const t = trimText(raw);
  return /[=＝][^，。；;]*[/／÷]/.test(t) || /(需|应|须)(单独)?(说明|填写|注明)(原因|理由)?/.test(t) || /^(填表说明|说明)[：:]/.test(t);
}

function fundKey(key: FieldKey): string {
  return key === 'fund.government' ? 'government_wan' : key === 'fund.special' ? 'special_account_wan' : 'unit_wan';
}

// A blank form per kind, parsed once by the schema, then copied: the schema fills defaults.
const TEMPLATES = new Map<FormKind, string>();
function freshForm(kind: FormKind): Form {
  let json = TEMPLATES.get(kind);
  if (!json) {
    json = JSON.stringify(emptyForm(kind));
    TEMPLATES.set(kind, json);
  }
  return JSON.parse(json) as Form;
}

function numberOr(v: number | string | null | undefined): number | null {
  return typeof v === 'number' ? v : null;
}
