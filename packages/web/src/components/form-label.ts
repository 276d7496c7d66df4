import { FORM_KIND_LABELS } from '@jixiao/core';
import type { FormSummary } from '../api/types';

/** A form as a picker lists it: its project (or its kind, for a department's form), unit and year. */
export function formLabel(f: Pick<FormSummary, 'project_name' | 'kind' | 'org' | 'org_name' | 'fiscal_year'>): string {
  const name = f.project_name ?? FORM_KIND_LABELS[f.kind] ?? '未命名';
  return `${name}（${f.org_name ?? f.org}${f.fiscal_year ? `，${f.fiscal_year} 年度` : ''}）`;
}
