import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Button, Collapse, Input, List, Radio, Space, Tag, Tooltip, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { optionalGet } from '../api/queries';
import { formatDateTime } from '../lib/format-date-time';
import { RECTIFICATION_STATUSES, RECTIFICATION_STATUS_LABELS, rectificationAnswerBlocker, type Rectification, type RectificationItem, type RectificationStatus } from '@jixiao/core';
import { ITEM_KIND_LABELS, RECTIFICATION_STATUS_COLORS, itemsBySource, rectificationIntro, rectificationSummary } from '../pages/rectification';
import { rectificationKey } from '../api/form-keys';

export function useRectification(formId: string | number | undefined) {
  return useQuery({
    queryKey: rectificationKey(formId ?? ''),
    enabled: formId !== undefined,
    queryFn: ({ signal }) => optionalGet<Rectification>(`/api/forms/${encodeURIComponent(String(formId))}/rectification`, undefined, signal),
  });
}

/**
 * 上年问题整改 on a target form: what the project's (or unit's) last self-evaluation and published 部门评价 found, and the
 * unit's answer to each — editable by the form's editor while it is a draft or returned, read by the reviewer. Shows
 * nothing where there is nothing to answer. `onUnsavedChange` hears how many answers are typed but not saved yet, so the
 * page's submit can say they would be left behind.
 */
export function RectificationPanel({ formId, onUnsavedChange }: { formId: string; onUnsavedChange?: (count: number) => void }) {
  const query = useRectification(formId);
  const r = query.data;
  const unsaved = useRef(new Set<string>());
  const onChanged = useCallback((key: string, changed: boolean) => {
    const had = unsaved.current.has(key);
    if (changed === had) return;
    if (changed) unsaved.current.add(key);
    else unsaved.current.delete(key);
    onUnsavedChange?.(unsaved.current.size);
  }, [onUnsavedChange]);
  if (!r || r.items.length === 0) return null;
  const summary = rectificationSummary(r);
  const title = (
    <span>
      上年问题整改
      <Typography.Text type={r.open > 0 ? 'warning' : 'secondary'} style={{ marginLeft: 8 }}>{summary.text}</Typography.Text>
    </span>
  );
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12, background: '#fff' }}
      defaultActiveKey={summary.unfolded ? ['rectification'] : []}
      items={[{
        key: 'rectification',
        label: title,
        children: (
          // Unfolded, the list takes the room it needs in the page (no box scrolling inside the page); folding it back to
          // its one line is how the form's own work comes back up.
          <div>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>{rectificationIntro(r)}</Typography.Paragraph>
            {itemsBySource(r).filter((g) => g.items.length > 0).map(({ source, items }) => (
              <div key={`${source.kind}-${source.id}`} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{source.title}</Typography.Text>
                {source.summary && <Typography.Text type="secondary">（{source.summary}）</Typography.Text>}
                {source.improvements && (
                  <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>当时提出的改进措施：{source.improvements}</Typography.Paragraph>
                )}
                <List size="small" dataSource={items} renderItem={(item) => <ItemRow key={item.key} formId={formId} item={item} editable={r.editable} onChanged={onChanged} />} />
              </div>
            ))}
          </div>
        ),
      }]}
    />
  );
}

function ItemRow({ formId, item, editable, onChanged }: { formId: string; item: RectificationItem; editable: boolean; onChanged: (key: string, changed: boolean) => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RectificationStatus | null>(item.status);
  const [note, setNote] = useState(item.note ?? '');
  const [saving, setSaving] = useState(false);
  const changed = status !== item.status || note.trim() !== (item.note ?? '');
  const blocker = rectificationAnswerBlocker(status, note);
  useEffect(() => {
    onChanged(item.key, editable && changed);
    return () => onChanged(item.key, false);
  }, [onChanged, item.key, editable, changed]);
  const save = async () => {
    setSaving(true);
    try {
      const next = await api.put<Rectification>(`/api/forms/${encodeURIComponent(formId)}/rectification`, { key: item.key, status, note: note.trim() || null });
      queryClient.setQueryData(rectificationKey(formId), next);
      message.success('整改情况已保存');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <List.Item style={{ display: 'block' }}>
      <div>
        <Tag>{ITEM_KIND_LABELS[item.kind]}</Tag>
        <Typography.Text>{item.text}</Typography.Text>
        {!editable && (item.status ? <Tag color={RECTIFICATION_STATUS_COLORS[item.status]} style={{ marginLeft: 8 }}>{RECTIFICATION_STATUS_LABELS[item.status]}</Tag> : <Tag color="gold" style={{ marginLeft: 8 }}>未说明</Tag>)}
      </div>
      {item.detail && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.kind === 'deduction' ? '评分标准' : '当时说明的原因'}：{item.detail}</Typography.Text>}
      {editable ? (
        <Space direction="vertical" style={{ width: '100%', marginTop: 4 }} size={4}>
          <Radio.Group size="small" value={status} onChange={(e) => setStatus(e.target.value as RectificationStatus)} aria-label={`「${item.text}」的整改情况`}>
            {RECTIFICATION_STATUSES.map((s) => <Radio.Button key={s} value={s}>{RECTIFICATION_STATUS_LABELS[s]}</Radio.Button>)}
          </Radio.Group>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={status === 'not_applicable' ? '不适用的理由' : status === 'in_progress' ? '整改措施和预计完成时间' : '整改措施或结果（可选）'}
            aria-label={`「${item.text}」的整改说明`}
          />
          <Space size={8}>
            <Tooltip title={changed ? blocker : null}>
              <Button size="small" type="primary" ghost disabled={!changed || blocker !== null} loading={saving} onClick={() => void save()}>保存</Button>
            </Tooltip>
            {item.updated_at && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.updated_by ?? ''} {formatDateTime(item.updated_at)} 已保存</Typography.Text>}
          </Space>
        </Space>
      ) : item.note ? (
        <div><Typography.Text style={{ fontSize: 13 }}>整改说明：{item.note}</Typography.Text></div>
      ) : null}
    </List.Item>
  );
}
