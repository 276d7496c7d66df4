import type { EvaluationTemplate } from './evaluation-template';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';

/** Templates shipped with jixiao; regions add their own through the server. */
export const BUILTIN_TEMPLATES: readonly EvaluationTemplate[] = [DEPT_2024_TEMPLATE];

export function findBuiltinTemplate(id: string): EvaluationTemplate | null {
  return BUILTIN_TEMPLATES.find((t) => t.id === id) ?? null;
}
