import type { DepartmentSelfEvaluation } from '../forms/forms-schema';
import { foldWidth } from '../values/normalize-text';
import { flattenTemplate, type EvaluationTemplate } from './evaluation-template';

export interface FormScoreMapping {
  /** Item id → the score the form entered for it. */
  enteredScores: Record<string, number>;
  /** Form rows (0-based) with a score but no matching template item. */
  unmatchedRows: number[];
  messages: string[];
}

function key(name: string): string {
  return foldWidth(name).replace(/[\s、，,。.：:；;（）()“”"'‘’]/g, '').replace(/指标$/, '');
}

/**
 * Reads the 自评得分 of an imported 部门整体支出绩效自评表 into a template's item ids,
 * matching rows to leaf items by name (punctuation, width and a trailing 指标 ignored).
 */
export function enteredScoresFromForm(template: EvaluationTemplate, form: DepartmentSelfEvaluation): FormScoreMapping {
  const byName = new Map<string, string>();
  for (const { item } of flattenTemplate(template.items)) {
    if (!item.children || item.children.length === 0) byName.set(key(item.name), item.id);
  }
  const enteredScores: Record<string, number> = {};
  const unmatchedRows: number[] = [];
  const messages: string[] = [];
  form.indicators.forEach((ind, row) => {
    if (ind.score == null) return;
    const id = byName.get(key(ind.name));
    if (id == null) {
      unmatchedRows.push(row);
      messages.push(`第${row + 1}行「${ind.name}」在模板「${template.name}」中没有对应指标，其得分${ind.score}未计入；请检查指标名称或选择其他模板。`);
      return;
    }
    if (Object.prototype.hasOwnProperty.call(enteredScores, id)) {
      messages.push(`第${row + 1}行「${ind.name}」与前面的行对应同一模板指标，已采用后一行的得分；请检查是否重复。`);
    }
    enteredScores[id] = ind.score;
  });
  return { enteredScores, unmatchedRows, messages };
}
