/**
 * Stages at which finance records the 拨款决定 (rules.md §4): with the 验收 of a submitted table, or later on an accepted
 * one (accepted before the decision was made, or the decision changes); a returned table is the unit's again.
 */
export const DECIDABLE: ReadonlySet<string> = new Set(['submitted', 'accepted']);

/** The confirmation's words: a first decision on a submitted table also accepts it; on an accepted one it records or changes it. */
export function decisionPrompt(row: { project_name: string | null; status: string; decision: string | null }, decision: string): { title: string; content: string } {
  const name = row.project_name ?? '未命名项目';
  const check = '请确认已与项目单位核实执行情况。';
  if (row.status === 'accepted' && row.decision) {
    return { title: `将「${name}」的拨款决定由「${row.decision}」改为「${decision}」？`, content: `监控表已验收；改动记入审计日志。${check}` };
  }
  if (row.status === 'accepted') return { title: `对「${name}」记录「${decision}」？`, content: `监控表已验收，本次只记录拨款决定；以后仍可修改，改动记入审计日志。${check}` };
  return { title: `对「${name}」记录「${decision}」？`, content: `记录后监控表将验收归档，单位不能再修改；拨款决定以后仍可在本清单修改。${check}` };
}
