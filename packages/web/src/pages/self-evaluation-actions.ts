import type { QueryClient } from '@tanstack/react-query';
import type { App } from 'antd';
import type { Form } from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import { submitForm } from '../api/submit-form';
import type { FormDetail } from '../api/types';
import type { FormComment } from '../components/comments-list';
import { confirmSubmit } from '../components/confirm-submit';
import { confirmOverwrite } from '../lib/confirm-overwrite';

type AppApi = ReturnType<typeof App.useApp>;

/** What saving a self-evaluation sheet (project or department) needs from its page. */
export interface SheetSave {
  id: string;
  /** The sheet as it is saved: the unit's own scores and total. */
  form: Form | null;
  version: number;
  queryClient: QueryClient;
  modal: AppApi['modal'];
  message: AppApi['message'];
  setVersion: (version: number) => void;
  setDirty: (dirty: boolean) => void;
  setSaving: (saving: boolean) => void;
  /** Tells the clerk what was saved (the total, what is still owed before submitting). */
  onSaved: () => void;
}

/**
 * Saves the sheet against the version read (or the server's newer one, when the clerk chose to overwrite it). A half-done
 * sheet saves too (the review records what is missing); only submitting needs every reason. Nothing typed is lost on failure.
 */
export async function saveSelfEvaluationSheet(s: SheetSave, baseVersion?: number): Promise<boolean> {
  s.setSaving(true);
  try {
    const saved = await api.put<FormDetail>(`/api/forms/${s.id}`, { version: baseVersion ?? s.version, form: s.form });
    s.setVersion(saved.version);
    s.queryClient.setQueryData(['form', s.id], saved);
    void s.queryClient.invalidateQueries({ queryKey: ['forms'] });
    s.setDirty(false);
    s.onSaved();
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      confirmOverwrite(s.modal, s.message, '自评表', async () => {
        const fresh = await api.get<FormDetail>(`/api/forms/${s.id}`);
        await saveSelfEvaluationSheet(s, fresh.version);
      });
    } else {
      s.message.error(`保存失败：${errorMessage(error)}修改仍保留在本页，可稍后重试。`);
    }
    return false;
  } finally {
    s.setSaving(false);
  }
}

/**
 * 提交审核 of a self-evaluation sheet: confirms (with the 修改说明 of a returned sheet), saves unsaved entries first, then
 * submits; a refusal reloads the sheet so the server's review shows what to fix.
 */
export function submitSelfEvaluationSheet(o: {
  id: string;
  version: number;
  queryClient: QueryClient;
  modal: AppApi['modal'];
  message: AppApi['message'];
  setVersion: (version: number) => void;
  /** The confirmation's text: the total (and the system's, where they differ). */
  content: string;
  comments: readonly FormComment[] | null;
  indicators: ReadonlyArray<{ name: string }>;
  dirty: boolean;
  save: () => Promise<boolean>;
}): void {
  confirmSubmit(o.modal, {
    title: '提交自评表？',
    content: o.content,
    comments: o.comments,
    indicators: o.indicators,
    onOk: async (note) => {
      if (o.dirty && !(await o.save())) return;
      try {
        const submitted = await submitForm(o.queryClient, o.id, o.version, note);
        if (submitted?.version) o.setVersion(submitted.version);
        o.message.success('自评表已提交审核');
      } catch (error) {
        o.message.error(errorMessage(error));
        void o.queryClient.invalidateQueries({ queryKey: ['form', o.id] });
      }
    },
  });
}
