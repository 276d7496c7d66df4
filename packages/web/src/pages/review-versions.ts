/** The versions of a form under review and the server's comparison of a frozen one with the current form, as rows a reviewer reads. */
import { useQuery } from '@tanstack/react-query';
import type { Indicator } from '@jixiao/core';
import { api } from '../api/client';
import { optionalGet } from '../api/queries';
import { fieldLabel, rowFieldLabel, showValue } from '../editor/form-diff';

export interface VersionItem {
  version: number;
  status?: string;
  reason?: string | null;
  created_at?: string;
  /** The workflow step that froze it: a resubmission's 修改说明 are that step's comments. */
  review_id?: number | null;
}

export interface FieldDelta {
  field: string;
  before: unknown;
  after: unknown;
}

/** The server's comparison of a frozen version with the current form (GET /api/forms/{id}/diff). */
export interface FormDiffResponse {
  header: FieldDelta[];
  indicators: {
    added: Array<{ ordinal: number; indicator: Indicator }>;
    removed: Array<{ ordinal: number; indicator: Indicator }>;
    changed: Array<{ ordinal: number; name: string; fields: FieldDelta[] }>;
  };
}

export interface ChangeRow {
  key: string;
  where: string;
  field: string;
  before: string;
  after: string;
}

export function changeRows(diff: FormDiffResponse): ChangeRow[] {
  const rows: ChangeRow[] = diff.header.map((d) => ({ key: `h-${d.field}`, where: '表头', field: fieldLabel(d.field), before: showValue(d.before), after: showValue(d.after) }));
  for (const c of diff.indicators.changed)
    for (const f of c.fields) rows.push({ key: `c-${c.ordinal}-${f.field}`, where: `第 ${c.ordinal + 1} 行 ${c.name}`, field: rowFieldLabel(f.field), before: showValue(f.before), after: showValue(f.after) });
  for (const a of diff.indicators.added) rows.push({ key: `a-${a.ordinal}`, where: `第 ${a.ordinal + 1} 行`, field: '新增指标', before: '', after: a.indicator.name });
  for (const r of diff.indicators.removed) rows.push({ key: `r-${r.ordinal}`, where: `原第 ${r.ordinal + 1} 行`, field: '删除指标', before: r.indicator.name, after: '' });
  return rows;
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: ['versions', id],
    queryFn: async ({ signal }) => (await optionalGet<{ items: VersionItem[] }>(`/api/forms/${id}/versions`, undefined, signal))?.items ?? [],
  });
}

export function useDiff(id: string, from: number | null) {
  return useQuery({
    queryKey: ['diff', id, from],
    enabled: from !== null,
    queryFn: ({ signal }) => api.get<FormDiffResponse>(`/api/forms/${id}/diff`, { from }, signal),
  });
}
