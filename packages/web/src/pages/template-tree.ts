import {
  checkTemplate, compileFormula, evaluateFormula, leafMaxTotal, totalsNoteMissing, undeclaredInputs, unlistedInputMessage,
  type CompiledFormula, type EvaluationTemplate, type FormulaInputs, type TemplateItem,
} from '@jixiao/core';

/**
 * The 评价模板 editor's tree edits, as pure functions over the items: each returns a new tree and leaves the
 * one it was given as it was, so the page can compare against what was saved and undo by keeping the old tree.
 */

export function findItem(items: readonly TemplateItem[], id: string): TemplateItem | null {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = item.children ? findItem(item.children, id) : null;
    if (inner) return inner;
  }
  return null;
}

/** The id of the item's parent (null at the top), or undefined when no item has that id. */
export function parentOf(items: readonly TemplateItem[], id: string, parent: string | null = null): string | null | undefined {
  for (const item of items) {
    if (item.id === id) return parent;
    const inner = item.children ? parentOf(item.children, id, item.id) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function mapTree(items: readonly TemplateItem[], fn: (siblings: TemplateItem[], parent: TemplateItem | null) => TemplateItem[], parent: TemplateItem | null = null): TemplateItem[] {
  const own = fn(items.slice(), parent);
  return own.map((item) => (item.children ? { ...item, children: mapTree(item.children, fn, item) } : item));
}

export function updateItem(items: readonly TemplateItem[], id: string, patch: Partial<Omit<TemplateItem, 'id' | 'level' | 'children'>>): TemplateItem[] {
  return mapTree(items, (siblings) => siblings.map((item) => (item.id === id ? { ...item, ...patch } : item)));
}

/** An id no item of the tree has, under the parent's (overall.3, overall.3.1 …), as the built-in template names them. */
export function freshItemId(items: readonly TemplateItem[], parentId: string | null): string {
  const taken = new Set<string>();
  const walk = (list: readonly TemplateItem[]) => list.forEach((i) => { taken.add(i.id); if (i.children) walk(i.children); });
  walk(items);
  const base = parentId ?? 'item';
  for (let n = 1; ; n++) if (!taken.has(`${base}.${n}`)) return `${base}.${n}`;
}

/** Adds an item at the end of the parent's children (a 一级 item at the end when parentId is null); 三级 items take none. */
export function addItem(items: readonly TemplateItem[], parentId: string | null, name = '新指标'): { items: TemplateItem[]; id: string } | null {
  const id = freshItemId(items, parentId);
  if (parentId === null) return { items: [...items, { id, name, level: 1, maxScore: 0 }], id };
  const parent = findItem(items, parentId);
  if (!parent || parent.level >= 3) return null;
  const level = (parent.level + 1) as 2 | 3;
  // Under a 扣分项 every row takes points off, bounded by the group until it is given a 分值 or 扣分上限 of its own (a 0
  // would let it take nothing off).
  const added: TemplateItem = { id, name, level, ...(parent.deduction ? { maxScore: null, deduction: true } : { maxScore: 0 }) };
  return { items: mapTree(items, (siblings) => siblings.map((item) => (item.id === parentId ? { ...item, children: [...(item.children ?? []), added] } : item))), id };
}

/** Removes the item with everything under it; `removed` counts them, for the question asked before. */
export function removeItem(items: readonly TemplateItem[], id: string): TemplateItem[] {
  return mapTree(items, (siblings) => siblings.filter((item) => item.id !== id));
}

export function countUnder(item: TemplateItem): number {
  return (item.children ?? []).reduce((n, k) => n + 1 + countUnder(k), 0);
}

/** Moves an item one place up (−1) or down (+1) among its siblings; null when it is already first or last. */
export function moveItem(items: readonly TemplateItem[], id: string, delta: -1 | 1): TemplateItem[] | null {
  let moved = false;
  const next = mapTree(items, (siblings) => {
    const at = siblings.findIndex((i) => i.id === id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= siblings.length) return siblings;
    [siblings[at], siblings[to]] = [siblings[to]!, siblings[at]!];
    moved = true;
    return siblings;
  });
  return moved ? next : null;
}

/** The deepest level a template's items take (一级 / 二级 / 三级). */
export const TEMPLATE_DEPTH = 3;

function depthBelow(item: TemplateItem): number {
  return (item.children ?? []).reduce((d, k) => Math.max(d, 1 + depthBelow(k)), 0);
}

function withLevel(item: TemplateItem, level: number, deduction: boolean): TemplateItem {
  const moved: TemplateItem = { ...item, level: level as 1 | 2 | 3, ...(deduction ? { deduction: true } : {}) };
  if (item.children) moved.children = item.children.map((k) => withLevel(k, level + 1, deduction));
  return moved;
}

export type MoveResult = { ok: true; items: TemplateItem[] } | { ok: false; reason: string };

/**
 * Why the item may not go under the new parent (null at the top), or null when it may: not under itself or its own
 * rows, not where it already is, and not so deep that a row of its subtree would pass 三级.
 */
export function moveRefusal(items: readonly TemplateItem[], id: string, parentId: string | null): string | null {
  const item = findItem(items, id);
  if (!item) return '要移动的指标不存在。';
  const from = parentOf(items, id);
  if (from === parentId) return `「${item.name}」已在此处。`;
  if (parentId === id || (parentId !== null && findItem(item.children ?? [], parentId))) return `不能把「${item.name}」移到它自己或它的下级指标之下。`;
  const parent = parentId === null ? null : findItem(items, parentId);
  if (parentId !== null && !parent) return '目标上级指标不存在。';
  const level = parent ? parent.level + 1 : 1;
  const deepest = level + depthBelow(item);
  if (deepest > TEMPLATE_DEPTH) {
    return parent
      ? `「${item.name}」连同下级共 ${depthBelow(item) + 1} 级，移到「${parent.name}」（${parent.level}级）之下将超过三级；请先调整其下级指标。`
      : `「${item.name}」连同下级超过三级，不能移为一级指标。`;
  }
  return null;
}

/**
 * Moves an item with its rows to the end of another parent's children (to the top level when parentId is null): its
 * level and its rows' levels follow the new place, and under a 扣分项 they take points off, as an added row does.
 */
export function moveItemTo(items: readonly TemplateItem[], id: string, parentId: string | null): MoveResult {
  const refused = moveRefusal(items, id, parentId);
  if (refused) return { ok: false, reason: refused };
  const item = findItem(items, id)!;
  const parent = parentId === null ? null : findItem(items, parentId)!;
  const underDeduction = parentId !== null && deductionAt(items, parentId);
  const moved = withLevel(item, parent ? parent.level + 1 : 1, underDeduction);
  const without = removeItem(items, id);
  if (parentId === null) return { ok: true, items: [...without, moved] };
  return { ok: true, items: mapTree(without, (siblings) => siblings.map((p) => (p.id === parentId ? { ...p, children: [...(p.children ?? []), moved] } : p))) };
}

/** True when the item or a group above it is a 扣分项. */
export function deductionAt(items: readonly TemplateItem[], id: string): boolean {
  for (let at: string | null | undefined = id; at; at = parentOf(items, at)) if (findItem(items, at)?.deduction) return true;
  return false;
}

export interface MoveTarget {
  /** null: the top, as a 一级 item. */
  id: string | null;
  label: string;
  level: number;
}

/** The places the item may move to, in tree order, the top first: what 移动到… offers. */
export function moveTargets(items: readonly TemplateItem[], id: string): MoveTarget[] {
  const out: MoveTarget[] = [];
  if (!moveRefusal(items, id, null)) out.push({ id: null, label: '（作为一级指标）', level: 0 });
  const walk = (list: readonly TemplateItem[], path: string) => {
    for (const p of list) {
      const label = path ? `${path} / ${p.name}` : p.name;
      if (!moveRefusal(items, id, p.id)) out.push({ id: p.id, label, level: p.level });
      if (p.children && p.id !== id) walk(p.children, label);
    }
  };
  walk(items, '');
  return out;
}

export interface GroupTotal {
  id: string;
  name: string;
  level: number;
  /** The group's own 分值 as written; null when none is written. */
  stated: number | null;
  /** Its scorable rows' 分值 added up (rows scored with a sibling and 扣分项 add nothing). */
  children: number;
  matches: boolean;
}

/** Each group's stated 分值 beside its rows' sum, 一级 first in tree order, for the live totals. */
export function groupTotals(items: readonly TemplateItem[]): GroupTotal[] {
  const out: GroupTotal[] = [];
  const walk = (list: readonly TemplateItem[], underDeduction: boolean) => {
    for (const item of list) {
      const deduction = underDeduction || item.deduction === true;
      if (item.children && item.children.length > 0) {
        if (!deduction) {
          const children = leafMaxTotal(item.children);
          out.push({ id: item.id, name: item.name, level: item.level, stated: item.maxScore, children, matches: item.maxScore == null || Math.abs(children - item.maxScore) <= 0.005 });
        }
        walk(item.children, deduction);
      }
    }
  };
  walk(items, false);
  return out;
}

/** The whole tree's scorable 分值 against the template's 满分. */
export function wholeTotal(template: Pick<EvaluationTemplate, 'items' | 'totalScore'>): { sum: number; stated: number; matches: boolean } {
  const sum = leafMaxTotal(template.items);
  return { sum, stated: template.totalScore, matches: Math.abs(sum - template.totalScore) <= 0.005 };
}

export type FormulaCheck = { ok: true; inputs: string[] } | { ok: false; issues: string[] };

/** The item's formula compiled, null when it has none, or what is wrong with it (a name the item does not list too). */
function readFormula(item: Pick<TemplateItem, 'name' | 'formula' | 'inputs'>): { ok: true; formula: CompiledFormula | null } | { ok: false; issues: string[] } {
  if (!item.formula || item.formula.trim() === '') return { ok: true, formula: null };
  const c = compileFormula(item.formula);
  if (!c.ok) return c;
  const unknown = undeclaredInputs(item, c.formula.inputs);
  if (unknown.length > 0) return { ok: false, issues: unknown.map((n) => unlistedInputMessage(item.name, n)) };
  return c;
}

/** The formula read by the core's compiler, with any name the item does not list as its input. An empty formula is fine. */
export function checkFormula(item: Pick<TemplateItem, 'name' | 'formula' | 'inputs'>): FormulaCheck {
  const r = readFormula(item);
  return r.ok ? { ok: true, inputs: r.formula?.inputs ?? [] } : r;
}

export type FormulaPreview = { ok: true; value: number; raw: number } | { ok: false; issues: string[] };

/**
 * The formula's score on sample inputs, bounded as an evaluation bounds it: a score within [0, 分值], points off
 * within [0, the most the row may take off] (deductionFloor: its 扣分上限, 分值, group or 满分).
 */
export function previewFormula(item: TemplateItem, samples: FormulaInputs, deductionCap: number | null = null): FormulaPreview {
  const read = readFormula(item);
  if (!read.ok) return read;
  if (read.formula === null) return { ok: false, issues: ['本指标没有公式，评价时直接录入得分。'] };
  const r = evaluateFormula(read.formula, samples);
  if (!r.ok) return r;
  const cap = deductionCap ?? (item.deduction ? (item.limit ?? item.maxScore) : item.maxScore);
  const value = Math.round(Math.min(Math.max(r.value, 0), cap ?? Infinity) * 100) / 100;
  return { ok: true, value, raw: r.value };
}

/** Every item's own problems (an empty name, a bad formula), by item id, for the marks in the tree. */
export function itemProblems(items: readonly TemplateItem[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (list: readonly TemplateItem[]) => {
    for (const item of list) {
      const own: string[] = [];
      if (item.name.trim() === '') own.push('指标名称不能为空。');
      const f = checkFormula(item);
      if (!f.ok) own.push(...f.issues);
      if (own.length > 0) out.set(item.id, own);
      if (item.children) walk(item.children);
    }
  };
  walk(items);
  return out;
}

/** Why the template may not be saved yet, in the words the clerk acts on; empty when it may. */
export function saveBlockers(template: EvaluationTemplate): string[] {
  const out: string[] = [];
  if (template.name.trim() === '') out.push('请填写模板名称。');
  if (template.items.length === 0) out.push('模板至少要有一个一级指标。');
  for (const list of itemProblems(template.items).values()) out.push(...list);
  for (const issue of checkTemplate(template)) {
    if (issue.severity === 'error' && !out.some((m) => issue.message.includes(m) || m.includes(issue.message))) out.push(issue.message);
  }
  const sums = totalsNoteMissing(template);
  if (sums) out.push(sums);
  return [...new Set(out)];
}

/**
 * A copy to edit: its own key, name and year, not built in, and every formula's inputs listed (older templates
 * let the formula name them), so a mistyped name in a later edit is caught.
 */
export function copyTemplate(source: EvaluationTemplate, target: { key: string; name: string; fiscalYear: number | null }): EvaluationTemplate {
  const listInputs = (items: readonly TemplateItem[]): TemplateItem[] =>
    items.map((item) => {
      const copy: TemplateItem = { ...item };
      if (!copy.inputs && copy.formula) {
        const c = compileFormula(copy.formula);
        if (c.ok) copy.inputs = c.formula.inputs;
      }
      if (item.children) copy.children = listInputs(item.children);
      return copy;
    });
  const copy = structuredClone(source);
  return { ...copy, id: target.key, name: target.name, fiscalYear: target.fiscalYear, items: listInputs(copy.items) };
}

/** A template key no stored template has: the year and a short stamp (custom-2025-k3x9), as ids may hold. */
export function freshTemplateKey(year: number | null, taken: readonly string[], stamp = Date.now().toString(36)): string {
  const base = `custom-${year ?? 'tpl'}-${stamp}`;
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}
