import type { Form } from '@jixiao/core';
import { filledDepartmentLists } from '../editor/department-lists';

const GOAL_LABELS: Record<Form['kind'], string> = {
  project_target: '当年绩效目标',
  department_target: '整体绩效目标',
  project_self_evaluation: '年度目标',
  department_self_evaluation: '年度目标',
};

/** Text on one line, cut at `max` characters with an ellipsis. */
function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * The folded 「基本信息与绩效目标」 of the review page as one line: the goal the indicators must carry (cut short) and,
 * for a department target, how many of its lists are filled, so the reviewer sees what unfolding would show while the
 * indicators and findings stay at the top of the page.
 */
export function reviewHeaderLine(form: Form, max = 60): string {
  const goal = form.goal?.trim();
  const parts = [`${GOAL_LABELS[form.kind]}：${goal ? oneLine(goal, max) : '（未填）'}`];
  if (form.kind === 'department_target') {
    const lists = filledDepartmentLists(form);
    if (lists.length > 0) parts.push(`另有${lists.map(({ list, rows }) => `${list.label} ${rows.length} 项`).join('、')}`);
  }
  return parts.join('；');
}
