import type { FormSummary } from '../api/types';
import { statusLabel } from '../lib/labels';

// How far a sheet has gone: the furthest is the department's word on its year (a draft may still change).
const PROGRESS = ['draft', 'returned', 'submitted', 'department_approved', 'dept_approved', 'approved', 'accepted', 'published'];

type Sheet = Pick<FormSummary, 'id' | 'status' | 'total_score' | 'grade' | 'reported_total'>;

/** The department's own 部门整体支出绩效自评表 of the year to set beside an evaluation: the one furthest along. */
export function departmentOwnSheet<T extends Sheet>(sheets: readonly T[]): T | null {
  let best: T | null = null;
  for (const s of sheets) if (best === null || PROGRESS.indexOf(s.status) > PROGRESS.indexOf(best.status)) best = s;
  return best;
}

const points = (n: number) => `${Math.round(n * 100) / 100}`;

/**
 * The comparison a finance evaluator reads beside 评价总分: the department's own sheet by the rules' total (and the
 * unit's stated one where it differs), its state, and how far the evaluation is above or below it. An unfinished
 * evaluation's total is no result yet, so no gap is said.
 */
export function departmentOwnComparison(sheet: Sheet | null, year: number, evaluation: { total: number; unscored: number }): { value: string; detail: string } {
  if (!sheet) return { value: '未填报', detail: `该部门 ${year} 年度还没有部门整体支出绩效自评表` };
  const state = statusLabel(sheet.status);
  if (sheet.total_score == null) return { value: '未计分', detail: `自评表${state}，还没有可核算的指标` };
  const stated = sheet.reported_total != null && Math.abs(sheet.reported_total - sheet.total_score) >= 0.005 ? `，填报 ${points(sheet.reported_total)}` : '';
  const value = `${points(sheet.total_score)}${sheet.grade ? `（${sheet.grade}）` : ''}`;
  if (evaluation.unscored > 0) return { value, detail: `系统核算${stated} · ${state}；评价完成后比较差距` };
  // From the totals as shown (two decimals), so the gap said is the difference of the figures on screen.
  const gap = Math.round((Math.round(evaluation.total * 100) / 100 - sheet.total_score) * 100) / 100;
  const said = gap === 0 ? '评价与自评相同' : `评价比自评${gap > 0 ? '高' : '低'} ${points(Math.abs(gap))} 分`;
  return { value, detail: `系统核算${stated} · ${state}；${said}` };
}
