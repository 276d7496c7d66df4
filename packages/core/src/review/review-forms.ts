import type { Form } from '../forms/forms-schema';
import { DEFAULT_POLICY } from '../policy/policy';
import { checkBudgetArithmetic, checkDuplicateNames, checkSpendingPlan, checkWeights } from './check-form';
import { checkCoverage } from './check-coverage';
import { checkCostAboveBudget } from './check-cost-budget';
import { checkDescribedFigures } from './check-described-figures';
import { checkGoal } from './check-goal';
import { checkGoalBudget } from './check-goal-budget';
import { checkDepartmentTree } from './check-levels';
import { checkBenefitRestatesOutput } from './check-level-names';
import { checkHistoryAndPeers, indexStored, type StoredIndex } from './check-history';
import { checkIndicators } from './check-indicators';
import { checkPrivateData } from './check-private-data';
import { checkRowYears } from './check-row-years';
import { checkSelfEvaluation } from './check-self-evaluation';
import type { Finding } from './finding';
import { frameworkForYear, frameworkOfLayout } from './indicator-framework';
import type { FormContext, ReviewOptions } from './review-context';
import { rowReadings } from './row-readings';

/** error 0, warning 1, info 2: comparisons with the three constant strings, instead of a keyed lookup per comparison. */
function severityRank(s: Finding['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : s === 'info' ? 2 : NaN;
}

function reviewOne(form: Form, formIndex: number, options: ReviewOptions, stored: StoredIndex, projectTargetAtPolicyTotal = false): Finding[] {
  const policy = options.policy ?? DEFAULT_POLICY;
  const ctx: FormContext = {
    form,
    formIndex,
    policy,
    framework: options.frameworkFromYear ? frameworkForYear(form.fiscal_year, policy.framework) : policy.framework,
    publishing: options.publishing ?? false,
    isTarget: form.kind === 'project_target' || form.kind === 'department_target',
    scored: options.selfEvaluationScores?.[formIndex] ?? null,
    projectTargetAtPolicyTotal,
    readings: null,
    subtotals: undefined,
    place: null,
    rowPrefix: null,
    out: [],
  };
  // Without a framework the region fixed, a form is held to the layout it shows itself: many 2022+
  // templates still print 成本 under 产出, and a form consistent with itself is not returned for that.
  if (options.frameworkFromYear) {
    const readings = rowReadings(ctx);
    ctx.framework = frameworkOfLayout(readings.level1, readings.level2, form.indicators.length) ?? ctx.framework;
  }
  checkIndicators(ctx);
  checkDepartmentTree(ctx);
  checkBenefitRestatesOutput(ctx);
  checkDuplicateNames(ctx);
  checkWeights(ctx);
  checkSpendingPlan(ctx);
  checkBudgetArithmetic(ctx);
  checkGoalBudget(ctx);
  checkCostAboveBudget(ctx);
  checkCoverage(ctx);
  checkGoal(ctx);
  checkRowYears(ctx);
  checkDescribedFigures(ctx);
  checkSelfEvaluation(ctx);
  checkPrivateData(ctx);
  checkHistoryAndPeers(ctx, stored);
  return ctx.out;
}

/** Automated review (绩效目标审核, rules.md §2) of one form. Pure and never throws on a schema-valid form. */
export function reviewForm(form: Form, formIndex = 0, options: ReviewOptions = {}): Finding[] {
  const out = reviewOne(form, formIndex, options, indexStored(options.history, options.peers), options.projectTargetAtPolicyTotal === true);
  return sortFindings(out);
}

/** Reviews every form; findings come ordered by form, then errors before warnings before info, then row. */
export function reviewForms(forms: Form[], options: ReviewOptions = {}): Finding[] {
  const stored = indexStored(options.history, options.peers);
  const atPolicy = options.projectTargetAtPolicyTotal === true || anyProjectTargetAt((options.policy ?? DEFAULT_POLICY).weightTotals.project_target, forms);
  const out: Finding[] = [];
  // Every finding of form i carries form = i, so sorting each form's findings and appending them in
  // form order gives what one stable sort of all findings would, without sorting a long array.
  for (let i = 0; i < forms.length; i++) {
    const found = sortFindings(reviewOne(forms[i]!, i, options, stored, atPolicy));
    // One form (the editor's and the server's call): its own fresh findings array is the answer.
    if (forms.length === 1) return found;
    for (let k = 0; k < found.length; k++) out.push(found[k]!);
  }
  return out;
}

/** Whether some project target's weights total exactly the policy value. */
function anyProjectTargetAt(total: number, forms: Form[]): boolean {
  for (const f of forms) {
    if (f.kind !== 'project_target') continue;
    let sum = 0;
    let weighted = false;
    for (const ind of f.indicators) if (ind.weight != null) { sum += ind.weight; weighted = true; }
    if (weighted && Math.abs(sum - total) <= 0.01) return true;
  }
  return false;
}

function compareFindings(a: Finding, b: Finding): number {
  return a.form - b.form
    || severityRank(a.severity) - severityRank(b.severity)
    || (a.row ?? -1) - (b.row ?? -1);
}

// Up to this many findings are sorted by insertion, which (unlike Array.prototype.sort) needs no scratch copy.
const INSERTION_SORT_MAX = 32;

/** Sorts in place, stably: findings that compare equal keep the order they were found in. */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  if (n < 2) return findings;
  if (n > INSERTION_SORT_MAX) return findings.sort(compareFindings);
  for (let i = 1; i < n; i++) {
    const x = findings[i]!;
    let j = i - 1;
    while (j >= 0 && compareFindings(findings[j]!, x) > 0) {
      findings[j + 1] = findings[j]!;
      j--;
    }
    findings[j + 1] = x;
  }
  return findings;
}
