import { useQuery } from '@tanstack/react-query';
import { BUILTIN_TEMPLATES, type EvaluationTemplate } from '@jixiao/core';
import { optionalGet } from '../api/queries';

/** 部门评价 as the server sends it: the stored templates (with the built-in ones it does not list), the evaluations. */
export interface TemplateChoice {
  /** The server's id for the stored template; null for a built-in one the server does not list. */
  serverId: number | null;
  template: EvaluationTemplate;
  /** Archived in 评价模板: it still scores its evaluations, but starts no new one. */
  archived?: boolean;
}

/** A template as 评价模板 lists it: its version to save under, whether evaluations use it (then it is copied, not edited). */
export interface StoredTemplate {
  id: number;
  key: string | null;
  name: string;
  builtin: boolean;
  template: EvaluationTemplate;
  version: number;
  archived_at: string | null;
  used_by: number;
}

export interface EvaluationView {
  id: number;
  template: { id: number; key: string | null; name: string };
  org: string;
  org_name: string;
  fiscal_year: number;
  evaluator?: string | null;
  status: string;
  version: number;
  inputs: Record<string, number | string | null>;
  scores: Record<string, number>;
  deductions: Record<string, number>;
  /** A published one's is the grade it was published with, whatever the policy says since. */
  grade?: string | null;
  /** The grade under the region's policy now. */
  policy_grade?: string | null;
  /** Published with a grade the region's policy now puts otherwise (按旧政策计算): 撤回公开 re-grades it. */
  graded_under_old_policy?: boolean;
  published_at?: string | null;
  /** Its fiscal year is closed: read and its report downloaded, never scored or (un)published. */
  year_closed?: boolean;
}

/** The opened evaluation as stored: what saves, publishing and the status line work from. */
export type Opened = Pick<EvaluationView, 'id' | 'org' | 'version' | 'status' | 'evaluator' | 'org_name' | 'fiscal_year' | 'grade' | 'policy_grade' | 'graded_under_old_policy' | 'published_at' | 'year_closed'>;
export const openedOf = (v: EvaluationView): Opened => ({
  id: v.id, org: v.org, version: v.version, status: v.status, evaluator: v.evaluator, org_name: v.org_name, fiscal_year: v.fiscal_year, grade: v.grade ?? null,
  policy_grade: v.policy_grade ?? null, graded_under_old_policy: v.graded_under_old_policy ?? false, published_at: v.published_at ?? null, year_closed: v.year_closed ?? false,
});

export interface EvaluationListItem {
  id: number;
  org: string;
  org_name: string;
  fiscal_year: number;
  template_name: string;
  status: string;
  total_score: number | null;
  grade: string | null;
  /** Rows still without a score (null when the server could not read the template). */
  unscored?: number | null;
  year_closed?: boolean;
}

export function useTemplates() {
  return useQuery({
    queryKey: ['evaluation-templates'],
    queryFn: async ({ signal }): Promise<TemplateChoice[]> => {
      const stored = await optionalGet<{ items: Array<Pick<StoredTemplate, 'id' | 'template' | 'archived_at'>> }>('/api/evaluation-templates', undefined, signal);
      const choices: TemplateChoice[] = (stored?.items ?? []).filter((t) => t.template && Array.isArray(t.template.items)).map((t) => ({ serverId: t.id, template: t.template, archived: !!t.archived_at }));
      for (const builtin of BUILTIN_TEMPLATES) if (!choices.some((c) => c.template.id === builtin.id)) choices.push({ serverId: null, template: builtin });
      return choices;
    },
  });
}

export function useEvaluations() {
  return useQuery({
    queryKey: ['evaluations'],
    queryFn: async ({ signal }) => (await optionalGet<{ items: EvaluationListItem[] }>('/api/evaluations', undefined, signal))?.items ?? [],
  });
}

/** The stored templates for 评价模板, archived ones included. */
export function useStoredTemplates() {
  return useQuery({
    queryKey: ['evaluation-templates', 'stored'],
    queryFn: async ({ signal }) => (await optionalGet<{ items: StoredTemplate[] }>('/api/evaluation-templates', undefined, signal))?.items ?? [],
  });
}
