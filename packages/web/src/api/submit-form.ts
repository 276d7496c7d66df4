import type { QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { FormDetail } from './types';

/**
 * Submits a form for review at its latest saved version (a save just before may have moved it past the
 * version the page holds), then refreshes the form and the lists. Throws the server's refusal.
 */
export async function submitForm(queryClient: QueryClient, id: string, pageVersion: number | undefined): Promise<FormDetail | undefined> {
  const latest = queryClient.getQueryData<FormDetail>(['form', id]);
  const submitted = await api.post<FormDetail>(`/api/forms/${encodeURIComponent(id)}/submit`, { version: latest?.version ?? pageVersion });
  void queryClient.invalidateQueries({ queryKey: ['form', id] });
  void queryClient.invalidateQueries({ queryKey: ['forms'] });
  return submitted;
}
