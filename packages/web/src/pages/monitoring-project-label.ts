import type { FormSummary } from '../api/types';

/**
 * A monitored project as the picker lists it: name, then year, then unit. Same-name projects of two years (one
 * approved for next year's budget) differ by year, so the year comes before the unit, whose long name is what a
 * narrow box cuts off.
 */
export function monitoringProjectLabel(f: Pick<FormSummary, 'project_name' | 'org' | 'org_name' | 'fiscal_year'>): string {
  const unit = f.org_name ?? f.org;
  return [f.project_name ?? '未命名项目', f.fiscal_year ? `${f.fiscal_year} 年度` : null, unit].filter(Boolean).join(' · ');
}
