import { compileFormula, flattenTemplate, isYesNoInput, readInputValue, YES_NO_HINT, type EvaluatedItem, type EvaluationTemplate, type TemplateItem } from '@jixiao/core';

/** Formula inputs as the clerk typed them (「95%」, 「1,200万元」), by input name. */
export type TypedInputs = Record<string, string>;

/**
 * The number the evaluator reads from a typed input, or null when it reads none: the core's own
 * reader, so the page and the score agree on 「1,200万元」, 「95%」 or 「否」 for a yes/no input.
 */
export function readTypedInput(text: string, name?: string): number | null {
  return text.trim() === '' ? null : readInputValue(text, name);
}

/** What is wrong with a typed input, in one sentence, or null: a yes/no input is told to take 是 or 否. */
export function inputProblem(name: string, text: string): string | null {
  if (text.trim() === '' || readTypedInput(text, name) !== null) return null;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return isYesNoInput(name) ? `「${shown}」无法识别；${YES_NO_HINT}。` : `「${shown}」不是数值；请填写数值（可带单位，如 95%、1,200万元）。`;
}

/** The typed inputs the evaluator should see: blank boxes are inputs not given, not zeros. */
export function givenInputs(typed: TypedInputs): TypedInputs {
  const out: TypedInputs = {};
  for (const [name, text] of Object.entries(typed)) if (text.trim() !== '') out[name] = text;
  return out;
}

/** Stored inputs (the text as typed, or a number saved before text was kept) for the input boxes. */
export function typedFromStored(stored: Readonly<Record<string, number | string | null>> | null | undefined): TypedInputs {
  const out: TypedInputs = {};
  for (const [name, value] of Object.entries(stored ?? {})) {
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = String(value);
    else if (typeof value === 'string' && value.trim() !== '') out[name] = value;
  }
  return out;
}

/**
 * What the server stores: each typed input as typed, once it reads as a number (the server's core reads it the
 * same way); an input that reads as none is named, never sent.
 */
export function storedInputs(typed: TypedInputs): { ok: true; inputs: Record<string, string> } | { ok: false; issues: string[] } {
  const inputs: Record<string, string> = {};
  const issues: string[] = [];
  for (const [name, text] of Object.entries(givenInputs(typed))) {
    const problem = inputProblem(name, text);
    if (problem !== null) issues.push(`输入项「${name}」的值${problem}`);
    else inputs[name] = text.trim();
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, inputs };
}

/**
 * An item nobody has scored yet: its only issue, if any, is that it has no score. Such items are
 * the work still to do, not problems, so the page lists them as 待评分 instead of as warnings.
 */
export function isPending(item: EvaluatedItem, entered: Readonly<Record<string, number>>): boolean {
  // The core says which rows nothing was given for: a row with one input filled and one left blank, or with a value
  // it cannot read, has one message too, and that one is a problem to show.
  return item.source === 'none' && item.score === null && (item.pending === true || item.issues.length === 0) && !Object.prototype.hasOwnProperty.call(entered, item.id);
}

/**
 * Groups that may take one score for the whole group (the sheet prints a score for 二级 and leaves
 * its rows blank): not deductions, with a maximum, over rows none of which is scored — or already
 * given a whole score, so the clerk can still see and clear it once rows beneath are scored.
 */
export function wholeScorableGroups(items: readonly TemplateItem[], evaluated: readonly EvaluatedItem[], entered: Readonly<Record<string, number>>): Set<string> {
  const byId = new Map(evaluated.map((e) => [e.id, e]));
  const out = new Set<string>();
  const visit = (item: TemplateItem, underDeduction: boolean) => {
    const deduction = underDeduction || item.deduction === true;
    const kids = item.children ?? [];
    if (kids.length === 0) return;
    const leaves = flattenTemplate(kids).filter(({ item: k }) => !k.children?.length);
    const unscored = leaves.every(({ item: k }) => {
      const e = byId.get(k.id);
      return !e || e.source === 'none';
    });
    // Offered on the lowest groups only (a 二级 over its rows), so a fresh sheet is not strewn with boxes on every level.
    const ofLeaves = kids.every((k) => !k.children?.length);
    if (!deduction && item.maxScore != null && ((unscored && ofLeaves) || Object.prototype.hasOwnProperty.call(entered, item.id))) out.add(item.id);
    for (const k of kids) visit(k, deduction);
  };
  for (const item of items) visit(item, false);
  return out;
}

/** Named formula inputs of a template, in first-use order. */
export function formulaInputs(template: EvaluationTemplate): string[] {
  const names: string[] = [];
  for (const { item } of flattenTemplate(template.items)) {
    if (!item.formula) continue;
    const compiled = compileFormula(item.formula);
    if (compiled.ok) for (const n of compiled.formula.inputs) if (!names.includes(n)) names.push(n);
  }
  return names;
}

/** A formula input name close to a stray one (one or two characters apart, or one inside the other). */
export function nearName(stray: string, names: readonly string[]): string | null {
  return names.find((n) => n.includes(stray) || stray.includes(n) || (n.length === stray.length && [...n].filter((c, i) => c !== stray[i]).length <= Math.max(1, Math.floor(n.length / 3)))) ?? null;
}

/**
 * The orgs a 部门整体评价 may be started for, in the reviewer's scope: the budget departments (一级预算单位), i.e.
 * departments and units with no department above them (a 街道办事处 directly under the 财政局). rules.md §3 evaluates a
 * department as a whole, so the 区划, the 财政局 and the units under a department (its schools) are not offered.
 * An org list from a server that does not send kinds is offered as it comes.
 */
export function evaluableOrgs<T extends { code: string; kind?: string | null; parent?: string | null }>(orgs: readonly T[]): T[] {
  if (!orgs.some((o) => o.kind != null)) return [...orgs];
  const kindOf = new Map(orgs.map((o) => [o.code, o.kind ?? null]));
  return orgs.filter((o) => o.kind === 'department' || (o.kind === 'unit' && o.parent != null && kindOf.get(o.parent) === 'finance'));
}

/** How a stored evaluation is labelled in 已有评价: its grade once finished, else 未完成 and what is left; 已关闭 when its year is. */
export function evaluationLabel(
  e: { org_name: string; fiscal_year: number; total_score: number | null; grade: string | null; unscored?: number | null; year_closed?: boolean; template_name?: string | null },
  all: ReadonlyArray<{ org_name: string; fiscal_year: number }> = [],
): string {
  const state = e.unscored != null && e.unscored > 0 ? ` 未完成（${e.unscored} 项未评分）` : e.total_score != null ? ` ${e.total_score}${e.grade ? `（${e.grade}）` : ''}` : '';
  // Two evaluations of one department and year (by different templates) would read alike: the template tells them apart.
  const twin = e.template_name && all.filter((o) => o.org_name === e.org_name && o.fiscal_year === e.fiscal_year).length > 1;
  return `${e.org_name} ${e.fiscal_year}年${twin ? `「${e.template_name}」` : ''}${e.year_closed ? '（已关闭）' : ''}${state}`;
}

/**
 * The evaluation year a new evaluation starts on: the chosen template's own year, else the latest year any template is
 * for, else last year. A 2024 template scored under 2025 would be graded by another year's policy.
 */
export function defaultEvaluationYear(template: Pick<EvaluationTemplate, 'fiscalYear'> | null, all: ReadonlyArray<Pick<EvaluationTemplate, 'fiscalYear'>>, now: Date): number {
  if (template?.fiscalYear != null) return template.fiscalYear;
  const years = all.map((t) => t.fiscalYear).filter((y): y is number => y != null);
  return years.length > 0 ? Math.max(...years) : now.getFullYear() - 1;
}

/** The line beside 年度 saying which template year applies, and whether the chosen year differs from it. */
export function templateYearNote(template: Pick<EvaluationTemplate, 'fiscalYear'> | null, year: number): { text: string; differs: boolean } | null {
  if (template?.fiscalYear == null) return null;
  const differs = template.fiscalYear !== year;
  return { text: differs ? `模板为${template.fiscalYear}年度，与评价年度${year}年不同；请核对` : `适用${template.fiscalYear}年度模板`, differs };
}

/**
 * Whether a deduction row needs the 扣分项 tag beside its name: a row named for it already (「扣分项」, 「违规扣分」,
 * 「扣减分值」) would read 「扣分项扣分项」 on screen.
 */
export function needsDeductionTag(name: string): boolean {
  return !/扣分|扣减/.test(name);
}
