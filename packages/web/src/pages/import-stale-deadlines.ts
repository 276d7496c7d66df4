import { deadlineYear } from '../lib/deadline-year';

export interface DeadlineForm {
  kind?: string;
  indicators?: ReadonlyArray<{ name: string; target: string | null }>;
}

const SHOWN = 3;

/**
 * The preview's note on a target's rows whose deadline falls before the year the forms are stored under: last year's
 * target imported as this year's (预算年度 2027 over a 2022 document) kept 完成时限「2022年12月31日前」, and nothing said
 * so until monitoring showed the old date. Targets only (a self-evaluation's values are its approved target's); a
 * later deadline (a project over several years) or a baseline year (较2022年) is no note. Null when no row is stale.
 */
export function staleDeadlineLine(forms: readonly DeadlineForm[], chosenYear: number): string | null {
  const rows: string[] = [];
  const several = forms.length > 1;
  forms.forEach((form, f) => {
    if (form.kind !== 'project_target' && form.kind !== 'department_target') return;
    (form.indicators ?? []).forEach((ind, i) => {
      const year = ind.target ? deadlineYear(ind.target) : null;
      if (year === null || year >= chosenYear) return;
      rows.push(`${several ? `第 ${f + 1} 张表` : ''}第 ${i + 1} 行「${ind.name.trim()}」的「${ind.target!.trim()}」`);
    });
  });
  if (rows.length === 0) return null;
  const listed = rows.length > SHOWN ? `${rows.slice(0, SHOWN).join('、')}等 ${rows.length} 行` : rows.join('、');
  return `${listed}的完成时限早于 ${chosenYear} 年，按 ${chosenYear} 年度存放后请在编辑器中改为本年度的时限。`;
}
