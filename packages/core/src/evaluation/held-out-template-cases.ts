import { evaluateTemplate } from './evaluate-template';
import { evaluationTemplateSchema, type EvaluationTemplate, type TemplateItem } from './evaluation-template';
import type { FormulaInputs } from './formula/evaluate-formula';

/** Builders the held-out evaluation rounds write their template cases with. */

export const tpl = (items: TemplateItem[], totalScore = 100): EvaluationTemplate => evaluationTemplateSchema.parse({ id: 't', name: '测试模板', totalScore, items });
export const leaf = (id: string, maxScore: number | null, more: Partial<TemplateItem> = {}, level: 1 | 2 | 3 = 1): TemplateItem => ({ id, name: `项${id}`, level, maxScore, ...more });
/** Inputs as a clerk types them (text with units) reach the core through stored JSON: the type says numbers. */
export const text = (inputs: Record<string, unknown>) => inputs as unknown as FormulaInputs;
export const byId = (r: ReturnType<typeof evaluateTemplate>, id: string) => r.items.find((i) => i.id === id)!;

/** One formula item of max `max` beside a filler item, scored with the inputs given. */
export function scoreOf(formula: string, inputs: Record<string, unknown>, max = 10) {
  const t = tpl([leaf('x', max, { formula }), leaf('y', 100 - max)]);
  return byId(evaluateTemplate(t, { inputs: text(inputs) }), 'x');
}

export type FormulaRow = [label: string, formula: string, inputs: Record<string, unknown>, score: number | null];
