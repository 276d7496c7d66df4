import type { QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { attachmentsKey, rectificationKey } from './form-keys';
import type { FormDetail } from './types';
import type { ResubmitBody } from '../pages/comment-replies';

/**
 * Submits a form for review at its latest saved version (a save just before may have moved it past the
 * version the page holds), with the unit's 修改说明 on a resubmission, then refreshes the form, its comments, attachments and
 * 整改 answers (no longer editable), and the lists. Throws the server's refusal.
 */
export async function submitForm(queryClient: QueryClient, id: string, pageVersion: number | undefined, note: ResubmitBody = {}): Promise<FormDetail | undefined> {
  const latest = queryClient.getQueryData<FormDetail>(['form', id]);
  const submitted = await api.post<FormDetail>(`/api/forms/${encodeURIComponent(id)}/submit`, { version: latest?.version ?? pageVersion, ...note });
  void queryClient.invalidateQueries({ queryKey: ['form', id] });
  void queryClient.invalidateQueries({ queryKey: ['comments', id] });
  void queryClient.invalidateQueries({ queryKey: ['forms'] });
  void queryClient.invalidateQueries({ queryKey: attachmentsKey(id) });
  void queryClient.invalidateQueries({ queryKey: rectificationKey(id) });
  return submitted;
}
