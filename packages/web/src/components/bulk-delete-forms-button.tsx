import { App, Button, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { formLabel, type DeletableForm } from './delete-form-button';
import { bulkDeleteQuestion, bulkOutcomeText, eachForm, type BulkItem } from './bulk-delete';

/**
 * 删除选中 for the forms list: one confirmation naming how many (and which), then the per-form delete for each,
 * so every form keeps its own checks and audit. The result names each form refused; 撤销 restores the ones deleted,
 * and they stay in the 回收站 to restore later.
 */
export function BulkDeleteFormsButton({ forms, onDone }: { forms: DeletableForm[]; onDone: () => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['forms'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };
  const items: BulkItem[] = forms.map((f) => ({ id: f.id, version: f.version, label: formLabel(f) }));
  const report = (outcome: Awaited<ReturnType<typeof eachForm>>, verb: '删除' | '恢复', undo?: () => void) => {
    const { ok, text, failures } = bulkOutcomeText(outcome, verb);
    const key = `bulk-${verb}-${Date.now()}`;
    const content = (
      <span>
        {text}
        {undo && outcome.done.length > 0 && <Button type="link" size="small" onClick={() => { message.destroy(key); undo(); }}>撤销</Button>}
      </span>
    );
    if (ok) message.success({ key, duration: 10, content });
    else {
      message.warning({ key, duration: 10, content });
      modal.warning({ title: text, content: <ul style={{ margin: 0, paddingLeft: 20 }}>{failures.map((f) => <li key={f}>{f}</li>)}</ul> });
    }
  };
  const restore = async (deleted: BulkItem[]) => {
    const outcome = await eachForm(deleted, (i) => api.post(`/api/forms/${i.id}/restore`, {}).then(() => undefined), errorMessage);
    refresh();
    report(outcome, '恢复');
  };
  const confirm = () => {
    const q = bulkDeleteQuestion(items);
    modal.confirm({
      title: q.title,
      width: 560,
      content: (
        <>
          <ul style={{ margin: '0 0 8px', paddingLeft: 20 }}>
            {q.lines.map((line) => <li key={line}>{line}</li>)}
            {q.more > 0 && <li>……等共 {items.length} 张</li>}
          </ul>
          <Typography.Text type="secondary">删除后不再出现在列表、统计和导出中；可在随后的提示中点「撤销」，或到「回收站」逐张恢复。</Typography.Text>
        </>
      ),
      okText: `删除 ${items.length} 张`,
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const outcome = await eachForm(items, (i) => api.delete(`/api/forms/${i.id}?version=${i.version}`).then(() => undefined), errorMessage);
        refresh();
        onDone();
        report(outcome, '删除', () => void restore(outcome.done));
      },
    });
  };
  return (
    <Button danger icon={<DeleteOutlined />} disabled={forms.length === 0} onClick={confirm}>
      删除选中{forms.length ? `（${forms.length}）` : ''}
    </Button>
  );
}
