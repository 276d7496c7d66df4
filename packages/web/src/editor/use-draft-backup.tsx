import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Space } from 'antd';
import type { Form, FormKind } from '@jixiao/core';
import { formatDateTime } from '../lib/format-date-time';
import { clearDraft, draftDiffers, draftKey, readDraft, writeDraft, type DraftBackup } from './draft-backup';

interface Options {
  formId: string | undefined;
  username: string | undefined;
  /** The form as the server has it (the first load is compared with the backup). */
  serverForm: Form | undefined;
  form: Form | null;
  version: number;
  dirty: boolean;
  editable: boolean;
}

/**
 * Keeps unsaved edits in this browser while they are unsaved (written shortly after each change and when
 * the page is hidden), and on opening the form offers back a copy the server does not have.
 */
export function useDraftBackup({ formId, username, serverForm, form, version, dirty, editable }: Options) {
  const key = formId && username ? draftKey(username, formId) : null;
  const [offered, setOffered] = useState<DraftBackup | null>(null);
  const checked = useRef<string | null>(null);

  useEffect(() => {
    if (!key || !serverForm || !editable || checked.current === key) return;
    checked.current = key;
    const backup = readDraft(key);
    if (backup && draftDiffers(backup, serverForm)) setOffered(backup);
    else if (backup) clearDraft(key);
  }, [key, serverForm, editable]);

  const latest = useRef<DraftBackup | null>(null);
  // While an older copy waits for the clerk's choice it is not overwritten by new typing.
  const writing = !!key && editable && dirty && !!form && !offered;
  latest.current = writing && form ? { version, savedAt: new Date().toISOString(), form } : null;

  useEffect(() => {
    if (!writing || !key) return;
    const timer = window.setTimeout(() => {
      if (latest.current) writeDraft(key, latest.current);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [writing, key, form, version]);

  useEffect(() => {
    if (!key) return;
    const flush = () => {
      if (latest.current) writeDraft(key, latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [key]);

  /** The edits reached the server (or were deliberately dropped): the copy is no longer needed. */
  const clear = useCallback(() => {
    if (key) clearDraft(key);
  }, [key]);

  const dismiss = useCallback(() => {
    clear();
    setOffered(null);
  }, [clear]);

  return { offered, clear, dismiss, take: () => setOffered(null) };
}

/**
 * The offer of a backup: restore it into the editor, or drop it (asked first: it cannot be had back). onConflict says what
 * a save does if the server's form changed meanwhile (the editor lists the differences; a sheet asks before overwriting).
 */
export function DraftRestoreBanner({ backup, onRestore, onDiscard, onConflict = '保存时会列出差异供您选择' }: { backup: DraftBackup; onRestore: (b: DraftBackup) => void; onDiscard: () => void; onConflict?: string }) {
  const { modal } = App.useApp();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={`本机保存有 ${formatDateTime(backup.savedAt)} 未保存到服务器的修改（基于第 ${backup.version} 版，${backup.form.indicators.length} 项指标）。`}
      description={`可能是上次保存失败、登录已过期或未保存就关闭了页面。恢复后请检查并保存；若服务器上的表已被他人修改，${onConflict}。`}
      action={
        <Space orientation="vertical">
          <Button size="small" type="primary" onClick={() => onRestore(backup)}>恢复这些修改</Button>
          <Button
            size="small"
            danger
            onClick={() =>
              modal.confirm({
                title: '丢弃本机保存的修改？',
                content: '丢弃后无法找回，表单保持服务器上的内容。',
                okText: '丢弃',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: onDiscard,
              })
            }
          >
            丢弃
          </Button>
        </Space>
      }
    />
  );
}

/**
 * The offer on a self-evaluation sheet (project or department): a restore puts the kept sheet and its version back as
 * unsaved entries. A sheet's 409 asks before overwriting rather than listing differences.
 */
export function SheetDraftBanner<K extends FormKind>({ draft, kind, restore }: { draft: ReturnType<typeof useDraftBackup>; kind: K; restore: (form: Extract<Form, { kind: K }>, version: number) => void }) {
  const { message } = App.useApp();
  if (!draft.offered) return null;
  return (
    <DraftRestoreBanner
      backup={draft.offered}
      onRestore={(b) => {
        if (b.form.kind === kind) restore(b.form as Extract<Form, { kind: K }>, b.version);
        draft.take();
        message.info('已恢复本机保存的填写内容，请检查后保存');
      }}
      onDiscard={draft.dismiss}
      onConflict="保存时会询问是否覆盖"
    />
  );
}
