import { useRef, useState } from 'react';
import { App, Button, Card, Input, List, Popconfirm, Progress, Space, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ATTACHMENT_EXTENSIONS, type AttachmentList } from '@jixiao/core';
import { api, errorMessage } from '../api/client';
import { optionalGet } from '../api/queries';
import { uploadWithProgress } from '../api/upload';
import { formatDateTime } from '../lib/format-date-time';
import { attachmentBatchSummary, attachmentsEmptyText, fileSizeText, planAttachmentUploads } from '../lib/attachments';
import { attachmentsKey } from '../api/form-keys';

const ACCEPT = ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(',');

/**
 * 附件 / 佐证材料 of a form: every reader lists and downloads them; the form's editor adds (with an optional note) and
 * removes them, after a confirmation, while the form is a draft or returned. The file is checked here as the server will
 * check it, so a refusal comes before the upload, not after it. A reader sees an empty list only where `showEmpty` asks
 * (the review page: a reviewer should know the unit sent none, not wonder where they are). Several files may be picked
 * at once (a year's 佐证材料 rarely come one by one): they go up one after another, with the same note.
 */
export function AttachmentsPanel({ formId, title = '附件', noteExample = '立项批复文件', showEmpty = false }: { formId: string; title?: string; noteExample?: string; showEmpty?: boolean }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: attachmentsKey(formId),
    queryFn: ({ signal }) => optionalGet<AttachmentList>(`/api/forms/${encodeURIComponent(formId)}/attachments`, undefined, signal),
  });
  const picker = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  // Which file of a batch is going up (「第 2/5 个」), beside its progress bar.
  const [batch, setBatch] = useState<{ at: number; of: number } | null>(null);
  const data = list.data;
  if (!data) return null;
  const upload = async (files: File[]) => {
    const plan = planAttachmentUploads(files, data.items.length);
    const uploaded: string[] = [];
    const failed = [...plan.refused];
    for (const [i, file] of plan.accepted.entries()) {
      const body = new FormData();
      body.set('file', file);
      if (note.trim()) body.set('note', note.trim());
      setBatch(plan.accepted.length > 1 ? { at: i + 1, of: plan.accepted.length } : null);
      setProgress(0);
      try {
        const next = await uploadWithProgress<AttachmentList>(`/api/forms/${encodeURIComponent(formId)}/attachments`, body, setProgress);
        queryClient.setQueryData(attachmentsKey(formId), next);
        uploaded.push(file.name);
      } catch (error) {
        failed.push(`「${file.name}」${errorMessage(error)}`);
      }
    }
    setProgress(null);
    setBatch(null);
    if (uploaded.length > 0) setNote('');
    const summary = attachmentBatchSummary(title, uploaded, failed);
    if (summary.ok) message.success(summary.ok);
    if (summary.failed) message.error({ content: summary.failed, duration: 8 });
  };
  const remove = async (id: number, name: string) => {
    try {
      const next = await api.delete<AttachmentList>(`/api/forms/${encodeURIComponent(formId)}/attachments/${id}`);
      queryClient.setQueryData(attachmentsKey(formId), next);
      message.success(`已删除${title}「${name}」`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  if (!data.editable && data.items.length === 0 && !showEmpty) return null;
  return (
    <Card size="small" title={<span><PaperClipOutlined /> {title}（{data.items.length}）</span>} style={{ marginBottom: 12 }}>
      <List
        size="small"
        dataSource={data.items}
        // A year's 佐证材料 can run to dozens: paged, so the list does not push the form's own work off screen.
        pagination={data.items.length > 10 ? { pageSize: 10, size: 'small', hideOnSinglePage: true } : false}
        locale={{ emptyText: attachmentsEmptyText(title, data.editable) }}
        renderItem={(a) => (
          <List.Item
            actions={data.editable ? [
              <Popconfirm key="delete" title={`删除${title}「${a.file_name}」？`} description="删除后不能恢复，需要时请重新上传。" okText="删除" cancelText="取消" onConfirm={() => remove(a.id, a.file_name)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`删除附件「${a.file_name}」`} />
              </Popconfirm>,
            ] : []}
          >
            <List.Item.Meta
              title={<a href={`/api/forms/${encodeURIComponent(formId)}/attachments/${a.id}`} download={a.file_name}>{a.file_name}</a>}
              description={`${fileSizeText(a.size)} · ${a.uploaded_by ?? ''} ${formatDateTime(a.uploaded_at)}${a.note ? ` · ${a.note}` : ''}`}
            />
          </List.Item>
        )}
      />
      {data.editable && (
        <Space style={{ marginTop: 8, width: '100%' }} wrap>
          <Input size="small" style={{ width: 320 }} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder={`${title}说明（可选，如「${noteExample}」）`} aria-label="附件说明" />
          <input ref={picker} type="file" accept={ACCEPT} multiple hidden aria-label="选择附件文件" onChange={(e) => { const picked = [...(e.target.files ?? [])]; e.target.value = ''; if (picked.length > 0) void upload(picked); }} />
          <Button size="small" icon={<UploadOutlined />} loading={progress !== null} onClick={() => picker.current?.click()}>上传{title}</Button>
          {batch && <Typography.Text style={{ fontSize: 12 }}>第 {batch.at}/{batch.of} 个</Typography.Text>}
          {progress !== null && <Progress percent={progress} size="small" style={{ width: 160 }} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>PDF、Word、Excel、图片或压缩包，单个不超过 20 MB，可一次选多个</Typography.Text>
        </Space>
      )}
    </Card>
  );
}
