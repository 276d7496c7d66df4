import { yearClosedReason } from '../lib/year-closed';

/** What a 公开 / 撤回公开 confirmation is about: the evaluation as stored on the server. */
export interface PublishSubject {
  org_name: string;
  fiscal_year: number;
  total: number | null;
  grade: string | null;
  /** Rows still without a score: an unfinished evaluation is not published. */
  unscored: number;
  /** Edits on screen not yet saved: the report is built from what is stored. */
  dirty: boolean;
  /** Its fiscal year is closed: neither published nor withdrawn (the server answers year_closed). */
  yearClosed?: boolean;
  /** Published with a grade the region's policy now puts otherwise: the grade a withdrawal re-grades it to. */
  policyGrade?: string | null | undefined;
}

/** The department, year and score a confirmation names, so finance publishes or withdraws the one it means. */
export function publishSubjectText(s: Pick<PublishSubject, 'org_name' | 'fiscal_year' | 'total' | 'grade'>): string {
  return `${s.org_name} ${s.fiscal_year} 年度部门评价（总分 ${s.total ?? '—'}${s.grade ? `，等级 ${s.grade}` : ''}）`;
}

/** Why the report cannot be published (or, for a closed year, withdrawn) now, or null. */
export function publishBlockReason(s: PublishSubject, action: 'publish' | 'unpublish' = 'publish'): string | null {
  if (s.yearClosed) return yearClosedReason(s.fiscal_year);
  if (action === 'unpublish') return null;
  if (s.unscored > 0) return `还有 ${s.unscored} 项未打分，评价完成后才能公开`;
  if (s.dirty) return '有未保存的修改，请先保存评价再公开';
  return null;
}

export function publishConfirm(action: 'publish' | 'unpublish', s: PublishSubject): { title: string; content: string; okText: string } {
  const subject = publishSubjectText(s);
  return action === 'publish'
    ? { title: '公开评价报告？', content: `将公开 ${subject} 的评价报告，公众无需登录即可在公开页面查看和下载。公开期间不能修改评价得分。`, okText: '公开' }
    : { title: '撤回公开？', content: `将撤回 ${subject} 的评价报告，公开页面不再显示，已有链接将提示「已撤回」。${regradeNote(s)}撤回后可修改得分并再次公开。`, okText: '撤回公开' };
}

/** A withdrawal re-grades under the region's policy now: said when that moves the grade (按旧政策计算). */
function regradeNote(s: PublishSubject): string {
  if (s.policyGrade === undefined || s.policyGrade === s.grade) return '';
  return `撤回后按现行政策参数重新评定等级：${s.grade ?? '无等级'} → ${s.policyGrade ?? '无等级'}。`;
}
