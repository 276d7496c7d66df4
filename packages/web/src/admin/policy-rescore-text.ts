import type { GradeMove, RescoreTally } from '@jixiao/core';

/** The re-scoring a policy change does, as the server reports it (the ids of changed sheets go to the audit log only). */
export type RescoreCounts = Omit<RescoreTally, 'grade_changed_ids'>;

const gradeName = (g: string | null) => g ?? '无等级';

/** The stored review counts a policy change recounts (every live form of the region's year, any kind). */
export interface RecountCounts {
  forms: number;
  changed: number;
}

/**
 * What a policy change does beyond the self-evaluations and counts: the unpublished 部门评价 re-graded, and the published
 * (已公开) results it leaves as published although it would grade them otherwise (ids; the server keeps them so).
 */
export interface MoreEffects {
  evaluations: RescoreCounts;
  kept_published: { sheets: number[]; evaluations: number[] };
}

/** 「优→良 2 张、差→中 1 张」: the grade moves as a clerk reads them. */
export function gradeMovesText(moves: readonly GradeMove[], unit = '张'): string {
  return moves.map((m) => `${gradeName(m.from)}→${gradeName(m.to)} ${m.count} ${unit}`).join('、');
}

function evaluationsText(year: number, e: RescoreCounts, done: boolean): string {
  if (e.sheets === 0) return '';
  const effect = e.grade_changed === 0 ? '等级都不变' : `${e.grade_changed} 份等级变化（${gradeMovesText(e.grade_moves, '份')}）`;
  return done ? `已重新评定 ${e.sheets} 份部门评价的等级，${e.grade_changed === 0 ? '等级都没有变化' : effect}` : `将按新参数重新评定该区划 ${year} 年度 ${e.sheets} 份未公开部门评价的等级：${effect}。`;
}

/** Published results stay as published (按旧政策计算) until finance withdraws them: the admin is told which kind and how many. */
function keptText(k: MoreEffects['kept_published']): string {
  const parts = [k.sheets.length > 0 ? `${k.sheets.length} 张自评表` : '', k.evaluations.length > 0 ? `${k.evaluations.length} 份部门评价` : ''].filter(Boolean);
  if (parts.length === 0) return '';
  return `已公开的 ${parts.join('和 ')} 按新参数等级会变，但保持公开时的结果，标注「按旧政策计算」；如需按新参数重算，请撤回公开后再公开。`;
}

/**
 * The confirmation before saving: how many of the year's self-evaluations and 部门评价 the change re-grades and what it
 * does to them, that every unpublished form of the year is reviewed, scored and lit under it from then, and which
 * published results it leaves as published.
 */
export function rescoreConfirmText(year: number, t: RescoreCounts, r: RecountCounts, more?: MoreEffects): string {
  const after = `${recountConfirmText(year, r)}${more ? evaluationsText(year, more.evaluations, false) : ''}保存后，该区划 ${year} 年度未公开的表（含已审核通过的表）的自动审核、系统核算和监控亮灯都按新参数计算；已公开的表和部门评价保持公开时的结果。${more ? keptText(more.kept_published) : ''}`;
  if (t.sheets === 0) return `该区划 ${year} 年度还没有自评表，无需重新核算。${after}`;
  const effect = t.changed === 0
    ? '按新参数核算，总分和等级都不变'
    : t.grade_changed === 0
      ? `其中 ${t.changed} 张的系统核算总分将变化，等级都不变`
      : `其中 ${t.changed} 张的系统核算总分或等级将变化，${t.grade_changed} 张等级变化（${gradeMovesText(t.grade_moves)}）`;
  return `将重新核算该区划 ${year} 年度已有的 ${t.sheets} 张自评表（项目支出和部门整体）的系统核算总分和等级：${effect}。${after}`;
}

/**
 * The lists' 错误/警告 columns and the 工作台 count what the review found when each form was saved: the change recounts
 * them, and the admin is told how many forms' counts move (a clerk sees a list change without having touched it).
 */
function recountConfirmText(year: number, r: RecountCounts): string {
  if (r.forms === 0) return '';
  const effect = r.changed === 0 ? '都不变' : `其中 ${r.changed} 张将变化`;
  return `将按新参数重新统计该区划 ${year} 年度 ${r.forms} 张表的审核发现（列表和工作台中的错误、警告数）：${effect}。`;
}

/** The message after saving: what the re-scoring and the recount did. */
export function rescoreSavedText(t: RescoreCounts, r: RecountCounts, more?: MoreEffects): string {
  const parts: string[] = [];
  if (t.sheets > 0 && t.changed === 0) parts.push(`已重新核算 ${t.sheets} 张自评表，总分和等级都没有变化`);
  if (t.changed > 0) {
    const grades = t.grade_changed === 0 ? '等级都没有变化' : `${t.grade_changed} 张等级变化（${gradeMovesText(t.grade_moves)}）`;
    parts.push(`已重新核算 ${t.sheets} 张自评表，${t.changed} 张总分或等级有变化，${grades}`);
  }
  if (r.forms > 0) parts.push(`已重新统计 ${r.forms} 张表的审核发现，${r.changed === 0 ? '错误、警告数都没有变化' : `${r.changed} 张的错误、警告数有变化`}`);
  if (more) parts.push(evaluationsText(0, more.evaluations, true), keptText(more.kept_published).replace(/。$/, ''));
  return ['政策参数已保存', ...parts.filter(Boolean)].join('；');
}
