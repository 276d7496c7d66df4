import { z } from 'zod';
import { compileFormula } from './formula/compile-formula';

/**
 * A department evaluation template (部门整体评价指标体系, rules.md §3): a tree of items
 * (一级 / 二级 / 三级) with a maximum score each, an explanation (指标解释), a scoring text
 * (评分说明) and optionally a formula over named inputs. Deduction items (扣分项) take
 * points off and are floored at their limit.
 */
export interface TemplateItem {
  id: string;
  name: string;
  level: 1 | 2 | 3;
  /** 指标分值 as printed; null for a row scored together with a sibling (no own score). */
  maxScore: number | null;
  explanation?: string | null;
  scoringText?: string | null;
  /** A formula over named inputs giving the score (or, for a deduction, the points to take off). */
  formula?: string | null;
  /** 扣分项: the result is subtracted. */
  deduction?: boolean;
  /** For deductions: the most points this item may take off (its floor is −limit). */
  limit?: number | null;
  /**
   * The named inputs the formula may read (输入项), as the template's author listed them: a formula naming
   * anything else is a typo. Absent on older templates, whose formulas name their inputs themselves.
   */
  inputs?: string[] | null;
  children?: TemplateItem[];
}

const idSchema = z.string().min(1).max(100).regex(/^[\w.-]+$/, 'id 只能包含字母、数字、下划线、点和连字符');

export const templateItemSchema: z.ZodType<TemplateItem> = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: z.string().min(1).max(200),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    maxScore: z.number().finite().min(0).max(1000).nullable(),
    explanation: z.string().max(5000).nullable().optional(),
    scoringText: z.string().max(5000).nullable().optional(),
    formula: z.string().max(2000).nullable().optional(),
    deduction: z.boolean().optional(),
    limit: z.number().finite().min(0).max(1000).nullable().optional(),
    inputs: z.array(z.string().trim().min(1).max(100)).max(100).nullable().optional(),
    children: z.array(templateItemSchema).max(500).optional(),
  }),
);

export const evaluationTemplateSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  fiscalYear: z.number().int().min(1900).max(2200).nullable().default(null),
  /** Where the template comes from (文件号, 表名). */
  source: z.string().max(1000).nullable().default(null),
  /** The total a full score reaches, normally 100. */
  totalScore: z.number().finite().min(0).max(10000).default(100),
  /** Why the scores of some group's items do not add up to the group's (分值不一致说明), e.g. 「按印发文件原样」. */
  totalsNote: z.string().trim().max(2000).nullable().optional(),
  items: z.array(templateItemSchema).min(1).max(500),
});
export type EvaluationTemplate = z.infer<typeof evaluationTemplateSchema>;

export interface TemplateIssue {
  itemId: string | null;
  severity: 'error' | 'warning';
  message: string;
  /** `sums`: a group's stated score (or the template's 满分) differs from its items' total. */
  kind?: 'sums';
}

/** Every item in tree order, with its parent's id. */
export function flattenTemplate(items: readonly TemplateItem[], parent: string | null = null, out: Array<{ item: TemplateItem; parent: string | null }> = []) {
  for (const item of items) {
    out.push({ item, parent });
    if (item.children) flattenTemplate(item.children, item.id, out);
  }
  return out;
}

/** Sum of the maximum scores of the scorable leaves (deductions excluded). */
export function leafMaxTotal(items: readonly TemplateItem[]): number {
  let sum = 0;
  for (const { item } of flattenTemplate(items)) {
    if ((!item.children || item.children.length === 0) && !item.deduction && item.maxScore != null) sum += item.maxScore;
  }
  return Math.round(sum * 1e6) / 1e6;
}

/**
 * Checks a template: unique ids, formulas that compile, levels that nest, and stated
 * group maxima against their children's (a warning: printed templates often disagree).
 */
export function checkTemplate(template: EvaluationTemplate): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const seen = new Set<string>();
  for (const { item } of flattenTemplate(template.items)) {
    if (seen.has(item.id)) issues.push({ itemId: item.id, severity: 'error', message: `指标编号「${item.id}」重复；每个指标须有唯一编号。` });
    seen.add(item.id);
    if (item.formula) {
      const c = compileFormula(item.formula);
      if (!c.ok) for (const m of c.issues) issues.push({ itemId: item.id, severity: 'error', message: `「${item.name}」的公式有误：${m}` });
      else for (const name of undeclaredInputs(item, c.formula.inputs)) issues.push({ itemId: item.id, severity: 'error', message: unlistedInputMessage(item.name, name) });
    }
    const kids = item.children ?? [];
    for (const k of kids) {
      if (k.level <= item.level) issues.push({ itemId: k.id, severity: 'error', message: `「${k.name}」的级次（${k.level}级）不低于其上级「${item.name}」（${item.level}级）；请调整级次。` });
    }
    if (kids.length > 0 && item.maxScore != null && !item.deduction) {
      const sum = leafMaxTotal(kids);
      if (Math.abs(sum - item.maxScore) > 0.005) {
        issues.push({ itemId: item.id, severity: 'warning', kind: 'sums', message: `「${item.name}」标注分值${item.maxScore}分，但下级指标分值合计${sum}分；请核对指标体系。` });
      }
    }
  }
  const total = leafMaxTotal(template.items);
  if (Math.abs(total - template.totalScore) > 0.005) {
    issues.push({ itemId: null, severity: 'warning', kind: 'sums', message: `末级指标分值合计${total}分，与模板满分${template.totalScore}分不一致；请核对指标体系。` });
  }
  return issues;
}

/** The names a formula reads that its item does not list among its inputs (none when the item lists none). */
export function undeclaredInputs(item: Pick<TemplateItem, 'inputs'>, used: readonly string[]): string[] {
  if (!item.inputs) return [];
  const listed = new Set(item.inputs.map((n) => n.trim()));
  return used.filter((n) => !listed.has(n));
}

export function unlistedInputMessage(itemName: string, input: string): string {
  return `「${itemName}」的公式用到「${input}」，但它不在本指标的输入项中；请改正名称，或先把它加入输入项。`;
}

/**
 * A template whose groups do not add up may be kept only with a 说明 of why (printed templates often disagree):
 * the reason it may not be saved, or null.
 */
export function totalsNoteMissing(template: EvaluationTemplate): string | null {
  if (template.totalsNote && template.totalsNote.trim() !== '') return null;
  const sums = checkTemplate(template).filter((i) => i.kind === 'sums');
  if (sums.length === 0) return null;
  return `有 ${sums.length} 处分值合计不一致（${sums.map((i) => i.message.replace(/；请核对指标体系。$/, '')).join('；')}）；请调整分值，或在「分值不一致说明」中写明原因后再保存。`;
}
