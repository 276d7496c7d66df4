import { normalizeLabel } from './normalize-label';

/** Which column of a 年度主要任务 sub-table a caption names (任务名称 | 主要内容 | 预算金额), if any. */
export function taskColumnOf(text: string): 'name' | 'content' | 'budget' | null {
  const n = normalizeLabel(text);
  if (/^(任务名称|任务|工作任务|主要任务名称)$/.test(n)) return 'name';
  if (/^(主要内容|主要实施内容|实施内容|任务内容|内容|工作内容)$/.test(n)) return 'content';
  if (/^(预算金额|预算|金额|资金|预算数)$/.test(n)) return 'budget';
  return null;
}

