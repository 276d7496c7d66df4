import type { Org, Role } from '../api/types';

export interface ReviewStep {
  /** Return and approve are offered (approve may still be blocked). */
  canReturn: boolean;
  /** Why approving is not this reviewer's step yet; null when it is. */
  approveBlocked: string | null;
  /** What the reviewer should know about whose turn it is, when it is not obviously theirs. */
  note: string | null;
  /** A 主管部门's approval of a target form sends it on to finance rather than ending the review. */
  forwardsToFinance: boolean;
}

/** What approving does, in the words of the button, the confirmation and the message after it. */
export interface ApproveWording {
  button: string;
  title: string;
  ok: string;
  effect: string;
  done: string;
}

/**
 * The approval's wording: a 主管部门 reviewer who reads 审核通过 on a target form cannot tell that finance still
 * reviews it (the version is frozen and finance may still return it); finance's approval is the final one.
 */
export function approveWording(forwardsToFinance: boolean, version: number): ApproveWording {
  if (forwardsToFinance) {
    return {
      button: '通过并报财政',
      title: '审核通过并报财政审核',
      ok: '通过并报财政',
      effect: `通过后冻结当前版本（第 ${version} 版），本表转入财政审核（状态「主管部门已审」），单位不能再修改；财政审核通过后才算批复，财政也可退回。`,
      done: '已审核通过，已报财政审核',
    };
  }
  return { button: '审核通过', title: '审核通过', ok: '通过', effect: `审核通过将冻结当前版本（第 ${version} 版）。`, done: '已审核通过，版本已冻结' };
}

const TARGET_KINDS = new Set(['department_target', 'project_target']);

/**
 * Whether the role writes review comments (the server's COMMENT_ROLES): the reviewers do; a unit sees them on
 * its submitted form and answers by changing and resubmitting it.
 */
export function canComment(role: Role | undefined): boolean {
  return role === 'department_reviewer' || role === 'finance_reviewer';
}

/** Whether the org or one of its ancestors is a 主管部门 (a target form then passes the department first). */
export function hasDepartment(orgCode: string | null, orgs: Org[]): boolean {
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const seen = new Set<string>();
  for (let code = orgCode; code && !seen.has(code); code = byCode.get(code)?.parent ?? null) {
    seen.add(code);
    if (byCode.get(code)?.kind === 'department') return true;
  }
  return false;
}

/**
 * The decisions a reviewer has on a form, mirroring the server's workflow: a target form of a
 * unit under a 主管部门 is approved by the department first, then by finance; self-evaluations
 * are accepted by either reviewer.
 */
export function reviewStep(role: Role | undefined, status: string, kind: string, orgCode: string | null, orgs: Org[]): ReviewStep {
  const none: ReviewStep = { canReturn: false, approveBlocked: null, note: null, forwardsToFinance: false };
  if (status !== 'submitted' && status !== 'department_approved') return none;
  const finance = role === 'finance_reviewer';
  const department = role === 'department_reviewer';
  if (!finance && !department) return none;
  if (!TARGET_KINDS.has(kind)) return { ...none, canReturn: true };
  const atDepartment = status === 'submitted' && hasDepartment(orgCode, orgs);
  if (atDepartment) {
    if (department) return { ...none, canReturn: true, forwardsToFinance: true };
    return {
      ...none,
      canReturn: true,
      approveBlocked: '该单位有主管部门，须先经主管部门审核通过，财政才能审核通过',
      note: '本表待主管部门审核；财政可先退回，审核通过须待主管部门审核之后。',
    };
  }
  if (finance) return { ...none, canReturn: true };
  return { ...none, note: status === 'department_approved' ? '主管部门已审核通过，待财政审核。' : '本表由财政直接审核。' };
}
