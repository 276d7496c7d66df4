import { App, Button } from 'antd';
import type { Form } from '@jixiao/core';
import type { FormDetail } from '../api/types';
import { ConflictDialog } from './conflict-dialog';
import type { FieldChange } from './form-diff';
import type { FormMerge } from './merge-forms';

/** A save refused because someone else saved first: the server's form, what differs, and both people's edits merged. */
export interface SaveConflict {
  server: FormDetail;
  changes: FieldChange[];
  merge: FormMerge | null;
}

interface FormConflictResolutionProps {
  conflict: SaveConflict | null;
  form: Form | null;
  onClose: () => void;
  /** Saves `body` over the server's `version`; true when saved. */
  save: (version: number, body?: Form) => Promise<boolean>;
  /** The page's form replaced; each other part given is replaced too (omitted: unchanged). */
  adopt: (next: { form: Form; base?: Form; version?: number; status?: string; dirty?: boolean }) => void;
  clearDraft: () => void;
}

/** The three ways out of a save conflict: merge both, take the server's (undoable for a while), or keep one's own. */
export function FormConflictResolution({ conflict, form, onClose, save, adopt, clearDraft }: FormConflictResolutionProps) {
  const { message } = App.useApp();
  return (
    <ConflictDialog
      open={!!conflict}
      changes={conflict?.changes ?? []}
      serverVersion={conflict?.server.version ?? 0}
      mergeConflicts={conflict?.merge?.conflicts ?? null}
      onMerge={async () => {
        if (!conflict?.merge) return;
        const { server, merge } = conflict;
        onClose();
        adopt({ form: merge.form, base: server.form });
        if (await save(server.version, merge.form)) message.success(merge.conflicts.length ? `已合并并保存；${merge.conflicts.length} 处双方都改的内容采用了您的修改` : '已合并双方修改并保存');
      }}
      onCancel={onClose}
      onTakeServer={() => {
        if (!conflict || !form) return;
        // Dropping one's own edits is undoable for a while: 撤销 brings them back on top of the server's version.
        const mine = form;
        const { server } = conflict;
        adopt({ form: server.form, base: server.form, version: server.version, status: server.status, dirty: false });
        onClose();
        clearDraft();
        const key = `take-server-${Date.now()}`;
        message.info({
          key,
          duration: 10,
          content: (
            <span>
              已采用服务器版本，您的修改已放弃。
              <Button type="link" size="small" onClick={() => { adopt({ form: mine, dirty: true }); message.destroy(key); message.info('已恢复您的修改，保存时将覆盖服务器版本'); }}>撤销</Button>
            </span>
          ),
        });
      }}
      onKeepMine={async () => {
        if (!conflict) return;
        const serverVersion = conflict.server.version;
        onClose();
        await save(serverVersion);
      }}
    />
  );
}
