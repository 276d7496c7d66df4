import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { FormDetail, FormSummary, ListResponse, Org } from './types';
import type { FiscalYearStatus } from '../lib/year-closed';

export interface FormFilters {
  org?: string;
  kind?: string;
  fiscal_year?: number | string;
  status?: string;
  /** Part of the project name. */
  q?: string;
  /** A column the server sorts by (its FORM_SORT_KEYS) and the direction; ties go by id. */
  sort?: string;
  order?: 'asc' | 'desc';
  /** 'only': the deleted forms (回收站) instead of the live ones. */
  deleted?: 'only';
  /** Whose decision the forms wait for: a 主管部门's or finance's (splits 待审核 for finance). */
  awaiting?: 'department' | 'finance' | undefined;
  /** 'open': only forms of years not closed (the 工作台 to-do list; a closed year's forms can only be read). */
  years?: 'open';
  /** Forms whose stored review has a finding of this code, or of this severity. */
  finding?: string | undefined;
  severity?: string | undefined;
}

export function useForms(filters: FormFilters = {}, enabled = true) {
  return useQuery({
    queryKey: ['forms', filters],
    enabled,
    queryFn: ({ signal }) => api.get<ListResponse<FormSummary>>('/api/forms', { ...filters }, signal),
  });
}

/**
 * One page of forms, filtered and counted by the server (GET /api/forms?limit&offset), so a list
 * of thousands shows every form and its true total. The previous page stays on screen while
 * the next one loads.
 */
export function usePagedForms(filters: FormFilters, page: number, pageSize: number, enabled = true) {
  return useQuery({
    queryKey: ['forms', 'page', filters, page, pageSize],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<ListResponse<FormSummary>>('/api/forms', { ...filters, limit: pageSize, offset: (page - 1) * pageSize }, signal),
  });
}

export function useForm(id: string | undefined) {
  return useQuery({
    queryKey: ['form', id],
    queryFn: ({ signal }) => api.get<FormDetail>(`/api/forms/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: !!id,
    // Fresh for the moment between the route asking for it (FormRoute) and the page mounting, which would otherwise
    // ask again; saves and workflow steps replace or invalidate it.
    staleTime: 3_000,
  });
}

export function useOrgs() {
  return useQuery({
    queryKey: ['orgs'],
    queryFn: ({ signal }) => api.get<ListResponse<Org>>('/api/orgs', undefined, signal),
    staleTime: 60_000,
  });
}

/** An optional endpoint: null when this server does not offer it, so screens can fall back. */
export async function optionalGet<T>(path: string, query?: Record<string, string | number | null | undefined>, signal?: AbortSignal): Promise<T | null> {
  try {
    return await api.get<T>(path, query, signal);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501)) return null;
    throw error;
  }
}

/** The fiscal years, open or closed (per region too): a closed year takes no new forms. Shared with 年度与政策. */
export function useFiscalYears(enabled = true) {
  return useQuery({
    queryKey: ['fiscal-years'],
    enabled,
    queryFn: ({ signal }) => api.get<{ items: FiscalYearStatus[] }>('/api/fiscal-years', undefined, signal),
  });
}
