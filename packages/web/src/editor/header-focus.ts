/**
 * The header inputs (form-header-fields.tsx) a form-level finding's field points at, by their
 * aria-label; several labels because target forms of different kinds name the field differently.
 */
const HEADER_LABELS: Record<string, string[]> = {
  project_name: ['项目名称'],
  project_code: ['项目编码'],
  budget_total_wan: ['预算数', '部门预算总额'],
  budget_fiscal_wan: ['其中：财政资金'],
  budget_other_wan: ['其他资金'],
  budget_district_wan: ['区级支出'],
  budget_subsidy_towns_wan: ['补助街镇'],
  spending_plan: ['支出计划 3月底'],
  fund_sources: ['政府预算资金'],
  structure: ['基本支出'],
  overview: ['项目概况'],
  basis: ['立项依据'],
  goal: ['当年绩效目标', '当年整体绩效目标', '年度目标'],
};

/** Scrolls to and focuses the header input of `field`; false when the page has none. */
export function focusHeaderField(field: string): boolean {
  for (const label of HEADER_LABELS[field] ?? []) {
    const el = document.querySelector<HTMLElement>(`[aria-label="${label}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return true;
    }
  }
  return false;
}
