import type { Org } from '../api/types';

/** The org and its ancestors by parent links, nearest first (a cycle in bad data ends the walk). */
function chain(code: string | null | undefined, byCode: ReadonlyMap<string, Org>): Org[] {
  const out: Org[] = [];
  const seen = new Set<string>();
  for (let c = code ?? null; c && !seen.has(c); c = byCode.get(c)?.parent ?? null) {
    seen.add(c);
    const org = byCode.get(c);
    if (org) out.push(org);
  }
  return out;
}

const quoted = (orgs: Org[]) => orgs.map((o) => `「${o.name}」`).join('、');

/**
 * What moving an org under a new parent does to who reviews its forms, for the confirmation: the 主管部门 above
 * the old place and not above the new one stop seeing them, those above the new place start reviewing them
 * (target forms then pass the department before finance), and finance, the same within one 区划, keeps them.
 * Saying the old parent's reviewers lose the forms is wrong when the old parent is the 财政局 or still above.
 */
export function moveEffect(org: Org, newParent: string, orgs: readonly Org[]): string {
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const before = chain(org.parent, byCode).filter((o) => o.kind === 'department');
  const after = chain(newParent, byCode).filter((o) => o.kind === 'department');
  const lost = before.filter((d) => !after.some((a) => a.code === d.code));
  const gained = after.filter((d) => !before.some((b) => b.code === d.code));
  const parts = ['它的下级单位、表单和用户随之移动。'];
  if (lost.length > 0) parts.push(`主管部门${quoted(lost)}的审核人员将看不到这些表单。`);
  if (gained.length > 0) parts.push(`主管部门${quoted(gained)}的审核人员即可查看和审核这些表单，待审核和此后提交的绩效目标表须先经其审核再报财政。`);
  if (lost.length === 0 && gained.length === 0) parts.push('审核人员不变。');
  parts.push('财政部门的审核不受影响；编码不变，可再移回。');
  return parts.join('');
}
