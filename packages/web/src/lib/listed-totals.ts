/** How a score that differs from the system's is marked, in tables and in lists alike. */
export const DIFFERS_STYLE = { background: '#fff1f0', color: '#cf1322', fontWeight: 600, padding: '0 4px' } as const;

/**
 * A self-evaluation's two totals as a list row shows them: the system's 系统核算总分 with its grade (what lists sort and
 * the 工作台 counts by, either kind of sheet) and the unit's own 填报总分, marked where the two differ by more than
 * half a cent (the tolerance the core's total check uses).
 */
export interface ListedTotals {
  system: string;
  reported: string;
  differs: boolean;
  /** Said on hover of a differing 填报总分 and to screen readers; null where the totals agree. */
  hint: string | null;
}

const HALF_CENT = 0.005;
const figure = (n: number) => String(Math.round(n * 100) / 100);

export function listedTotals(f: { total_score?: number | null; grade?: string | null; reported_total?: number | null }): ListedTotals {
  const system = f.total_score ?? null;
  const reported = f.reported_total ?? null;
  const differs = system !== null && reported !== null && Math.abs(system - reported) > HALF_CENT;
  return {
    system: system === null ? '—' : `${figure(system)}${f.grade ? `（${f.grade}）` : ''}`,
    reported: reported === null ? '未填' : figure(reported),
    differs,
    hint: differs ? `填报总分 ${figure(reported!)} 与系统按规则核算的 ${figure(system!)} 不一致；打开自评表可见各行核算` : null,
  };
}
