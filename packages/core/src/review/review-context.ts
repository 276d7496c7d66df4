import type { Form, Indicator } from '../forms/forms-schema';
import { FORM_KIND_LABELS } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import type { SelfEvaluationScore } from '../scoring/score-self-evaluation';
import { type GroupSubtotals, groupSubtotals } from '../scoring/group-subtotals';
import { type Finding, type FindingCode, severityOf } from './finding';
import type { Framework } from './indicator-framework';
import type { RowReadings } from './row-readings';

/** Last year's actual of one indicator (stored data), keyed by library name, unit and org. */
export interface HistoryEntry {
  name: string;
  unit: string | null;
  org?: string | null;
  fiscal_year?: number | null;
  /** 完成值 as written or as a number. */
  actual: string | number | null;
}

/** Another unit's target for the same library indicator. */
export interface PeerEntry {
  name: string;
  unit: string | null;
  org?: string | null;
  comparator?: string | null;
  target: string | number | null;
}

export interface ReviewOptions {
  policy?: Policy;
  /** The forms will be published (公开): personal data in them is flagged. Default false (drafts being edited). */
  publishing?: boolean;
  history?: HistoryEntry[];
  peers?: PeerEntry[];
  /**
   * Pick each form's framework from its own layout (成本 as a 一级 → 2021, 成本 under 产出 → 2020),
   * else from its fiscal year (≤2021 → 2020, else 2021), instead of policy.framework; for reviewing
   * documents whose region and year have no stored policy.
   */
  frameworkFromYear?: boolean;
  /**
   * Another project target of the same unit and year, not among the forms reviewed, totals the
   * policy's weight total: then a project target totalling policy + budget weight (100) breaks
   * the unit's own convention and is flagged, as it is when that sibling is in the same call.
   */
  projectTargetAtPolicyTotal?: boolean;
  /**
   * scoreSelfEvaluation results the caller already has, index-aligned with the reviewed forms and
   * computed with the same policy: the self_evaluation check reuses them instead of scoring the
   * sheet again. Missing entries (or a shorter array) are scored as usual.
   */
  selfEvaluationScores?: ReadonlyArray<SelfEvaluationScore | null | undefined>;
}

/** What every check of one form needs, computed once per form. */
export interface FormContext {
  form: Form;
  formIndex: number;
  policy: Policy;
  framework: Framework;
  publishing: boolean;
  /** Target-setting forms (目标表), as opposed to self-evaluation sheets. */
  isTarget: boolean;
  /** The caller's score of this form (ReviewOptions.selfEvaluationScores), if any. */
  scored: SelfEvaluationScore | null;
  /**
   * Another project target reviewed in the same call has weights totalling the policy value (90): the
   * document's own convention, so a project target at policy + budget-execution weight (100) is a slip there.
   */
  projectTargetAtPolicyTotal: boolean;
  /** Per-row parses shared by the checks (rowReadings); null until first asked for. */
  readings: RowReadings | null;
  /** The form's group subtotal lines (formSubtotals); undefined until first asked for. */
  subtotals: GroupSubtotals | null | undefined;
  /** formPlace of this form, spelled on first use. */
  place: string | null;
  /** 第3张表第, the start of every rowPlace of this form, spelled on first use. */
  rowPrefix: string | null;
  out: Finding[];
}

/** The form's group subtotal lines (groupSubtotals: 部门整体 score trees only), read once per form. */
export function formSubtotals(ctx: FormContext): GroupSubtotals | null {
  if (ctx.subtotals === undefined) ctx.subtotals = groupSubtotals(ctx.form);
  return ctx.subtotals;
}

export function push(ctx: FormContext, code: FindingCode, row: number | null, field: string | null, message: string): void {
  ctx.out.push({ code, severity: severityOf(code), form: ctx.formIndex, row, field, message });
}

export function formTitle(form: Form): string {
  const label = FORM_KIND_LABELS[form.kind];
  const name = 'project_name' in form && form.project_name ? form.project_name : form.org;
  return name ? `${label}「${name}」` : label;
}

/** 第3张表（项目支出绩效目标表「…」）: where a form-level finding is. */
export function formPlace(ctx: FormContext): string {
  return (ctx.place ??= `第${ctx.formIndex + 1}张表（${formTitle(ctx.form)}）`);
}

/** 第3张表第2行指标「…」: where a row finding is. */
export function rowPlace(ctx: FormContext, row: number, ind: Indicator): string {
  const name = ind.name.trim() === '' ? '（无名称）' : ind.name.length > 40 ? `${ind.name.slice(0, 40)}…` : ind.name;
  const prefix = (ctx.rowPrefix ??= `第${ctx.formIndex + 1}张表第`);
  return `${prefix}${row + 1}行指标「${name}」`;
}

/** 第3张表第8行「履职效能」小计行: where a finding on a group's subtotal line is. */
export function subtotalPlace(ctx: FormContext, row: number, group: string): string {
  const prefix = (ctx.rowPrefix ??= `第${ctx.formIndex + 1}张表第`);
  return `${prefix}${row + 1}行「${group}」小计行`;
}

/** A target value as people read it: ≥95%, =6人, 有效提高. */
export function showTarget(ind: Indicator): string {
  const sign = ind.comparator === '>=' ? '≥' : ind.comparator === '<=' ? '≤' : ind.comparator === 'qualitative' || ind.comparator == null ? '' : ind.comparator;
  // A unit the value already ends on (5000人次 beside 人次) is not shown twice.
  const unit = ind.unit && ind.unit !== '定性' && !ind.target.trimEnd().endsWith(ind.unit.trim()) ? ind.unit : '';
  return `${sign}${ind.target}${unit}`;
}
