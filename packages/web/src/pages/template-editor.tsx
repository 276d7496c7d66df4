import { useMemo, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Col, Input, InputNumber, Row, Space, Tag, Tree, Typography } from 'antd';
import { PlusOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { deductionFloors, flattenTemplate, type EvaluationTemplate, type TemplateItem } from '@jixiao/core';
import { ApiError, api, errorMessage } from '../api/client';
import { useUnsavedGuard } from '../editor/use-unsaved-guard';
import { TemplateItemPanel } from './template-item-panel';
import { TemplateMoveDialog } from './template-move-dialog';
import { addItem, deductionAt, findItem, groupTotals, itemProblems, moveItem, moveItemTo, parentOf, removeItem, saveBlockers, updateItem, wholeTotal } from './template-tree';

/** The template open in the editor: a copy not saved yet has no server id. */
export interface TemplateDraft {
  serverId: number | null;
  version: number | null;
  template: EvaluationTemplate;
}

interface Props {
  draft: TemplateDraft;
  onSaved: (saved: TemplateDraft) => void;
  onClose: () => void;
  /** A template evaluations already use cannot take the edits: they go on in a copy. */
  onCopyInstead: (template: EvaluationTemplate) => void;
}

/** 评价模板 editing: the tree on the left with its totals, the chosen item on the right, saved as one template. */
export function TemplateEditor({ draft, onSaved, onClose, onCopyInstead }: Props) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [template, setTemplate] = useState(draft.template);
  const [saved, setSaved] = useState(() => JSON.stringify(draft.template));
  const [selected, setSelected] = useState<string | null>(draft.template.items[0]?.id ?? null);
  // The tree before the last deletion or 移动到…, for 撤销删除 / 撤销移动 until the next edit of the tree.
  const [undo, setUndo] = useState<{ items: TemplateItem[]; label: string } | null>(null);
  const [moving, setMoving] = useState<TemplateItem | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(template) !== saved;

  const items = template.items;
  const setItems = (next: TemplateItem[]) => setTemplate((t) => ({ ...t, items: next }));
  const problems = useMemo(() => itemProblems(items), [items]);
  const totals = useMemo(() => groupTotals(items), [items]);
  const floors = useMemo(() => deductionFloors(items, template.totalScore), [items, template.totalScore]);
  // The tree opens every group when it mounts: a new shape (an item added, removed or moved) mounts it again, so a
  // group that just got its first row shows it.
  const shape = useMemo(() => flattenTemplate(items).map(({ item: it, parent }) => `${parent ?? ''}>${it.id}`).join(','), [items]);
  const whole = wholeTotal(template);
  const mismatched = new Map(totals.filter((g) => !g.matches).map((g) => [g.id, g]));
  const sumsOff = mismatched.size > 0 || !whole.matches;
  const item = selected ? findItem(items, selected) : null;

  const save = async (): Promise<boolean> => {
    const blockers = saveBlockers(template);
    if (blockers.length > 0) {
      modal.error({ title: '模板未保存：请先处理以下问题', width: 560, content: <ul className="template-save-blockers">{blockers.map((m) => <li key={m}>{m}</li>)}</ul> });
      return false;
    }
    setSaving(true);
    try {
      const next: TemplateDraft = draft.serverId === null || draft.version === null
        ? await api.post<{ id: number; version: number }>('/api/evaluation-templates', { template }).then((r) => ({ serverId: r.id, version: r.version, template }))
        : await api.put<{ id: number; version: number }>(`/api/evaluation-templates/${draft.serverId}`, { version: draft.version, template }).then((r) => ({ serverId: r.id, version: r.version, template }));
      setSaved(JSON.stringify(template));
      await queryClient.invalidateQueries({ queryKey: ['evaluation-templates'] });
      message.success(`模板「${template.name}」已保存，可在「部门评价」中选用`);
      onSaved(next);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'template_in_use') {
        modal.confirm({
          title: '此模板已有评价在使用，不能修改',
          content: `${error.message} 选择「复制为新模板」，本页的修改将带到新模板中，原模板保持不变。`,
          okText: '复制为新模板',
          cancelText: '取消',
          onOk: () => { setSaved(JSON.stringify(template)); onCopyInstead(template); },
        });
      } else modal.error({ title: '模板未保存', content: `${errorMessage(error)}本页的修改仍保留。` });
      return false;
    } finally {
      setSaving(false);
    }
  };
  useUnsavedGuard(dirty, save);

  const close = () => {
    if (!dirty) return onClose();
    modal.confirm({ title: '放弃未保存的修改？', content: '模板有未保存的修改，返回列表将丢失这些修改。', okText: '放弃修改', okButtonProps: { danger: true }, cancelText: '继续编辑', onOk: onClose });
  };
  const edit = (next: TemplateItem[] | null) => {
    if (!next) return;
    setItems(next);
    setUndo(null);
  };
  const add = (parentId: string | null) => {
    const r = addItem(items, parentId);
    if (!r) return;
    edit(r.items);
    setSelected(r.id);
  };
  const remove = (target: TemplateItem) => {
    const parent = parentOf(items, target.id) ?? null;
    setUndo({ items, label: `撤销删除「${target.name}」` });
    setItems(removeItem(items, target.id));
    setSelected(parent);
  };
  const moveTo = (target: TemplateItem, parentId: string | null, label: string) => {
    const r = moveItemTo(items, target.id, parentId);
    setMoving(null);
    if (!r.ok) return void message.error(r.reason);
    setUndo({ items, label: `撤销移动「${target.name}」` });
    setItems(r.items);
    message.success(parentId === null ? `「${target.name}」已移为一级指标` : `「${target.name}」已移到「${label}」之下`);
  };
  const parentId = item ? parentOf(items, item.id) ?? null : null;
  const siblings = parentId === null ? items : findItem(items, parentId)?.children ?? [];
  const at = item ? siblings.findIndex((s) => s.id === item.id) : -1;
  const underDeduction = parentId !== null && deductionAt(items, parentId);

  const treeData = useMemo(() => {
    interface Node { key: string; title: ReactNode; children?: Node[] }
    const node = (it: TemplateItem): Node => {
      const off = mismatched.get(it.id);
      return {
        key: it.id,
        title: (
          <span className="template-tree-node">
            {it.name || '（未命名）'}
            {it.maxScore != null && <Tag style={{ marginLeft: 6 }}>{it.maxScore} 分</Tag>}
            {off && <Tag color="warning">下级合计 {off.children}</Tag>}
            {it.deduction && <Tag color="red">扣分项，最多扣 {floors.get(it.id)?.points ?? template.totalScore} 分</Tag>}
            {it.formula && <Tag color="blue">公式</Tag>}
            {problems.has(it.id) && <Tag color="error">有误</Tag>}
          </span>
        ),
        ...(it.children?.length ? { children: it.children.map(node) } : {}),
      };
    };
    return items.map(node);
  }, [items, mismatched, problems, floors, template.totalScore]);

  return (
    <div className="template-editor">
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap align="start">
          <Space size={4}><span>模板名称</span><Input aria-label="模板名称" style={{ width: 320 }} maxLength={200} value={template.name} status={template.name.trim() === '' ? 'error' : undefined} onChange={(e) => setTemplate({ ...template, name: e.target.value })} /></Space>
          <Space size={4}><span>适用年度</span><InputNumber aria-label="适用年度" min={1900} max={2200} value={template.fiscalYear} onChange={(v) => setTemplate({ ...template, fiscalYear: typeof v === 'number' ? v : null })} /></Space>
          <Space size={4}><span>满分</span><InputNumber aria-label="满分" min={0} max={10000} value={template.totalScore} onChange={(v) => typeof v === 'number' && setTemplate({ ...template, totalScore: v })} /></Space>
          <Space size={4}><span>来源</span><Input aria-label="来源" style={{ width: 280 }} maxLength={1000} placeholder="文件号、表名（选填）" value={template.source ?? ''} onChange={(e) => setTemplate({ ...template, source: e.target.value || null })} /></Space>
        </Space>
        <Space wrap style={{ display: 'flex', marginTop: 8 }}>
          <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>保存模板</Button>
          <Button onClick={close}>返回模板列表</Button>
          {undo && <Button icon={<RollbackOutlined />} onClick={() => { setItems(undo.items); setUndo(null); }}>{undo.label}</Button>}
          {draft.serverId === null && <Tag color="blue">新模板，尚未保存</Tag>}
          {draft.version !== null && <Tag>第 {draft.version} 版</Tag>}
          {dirty && <Tag color="gold">有未保存的修改</Tag>}
        </Space>
      </Card>
      <Row gutter={12}>
        <Col span={10}>
          <Card size="small" title="指标体系" extra={<Button size="small" icon={<PlusOutlined />} onClick={() => add(null)}>添加一级指标</Button>}>
            <TotalsLine totals={totals} whole={whole} />
            <Tree blockNode showLine defaultExpandAll treeData={treeData} selectedKeys={selected ? [selected] : []} onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))} key={shape} />
          </Card>
          {sumsOff && (
            <Card size="small" style={{ marginTop: 12 }} title="分值不一致说明">
              <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>有指标的下级分值合计与其标注分值不一致。请调整分值，或写明原因（如「按印发文件原样」）后保存。</Typography.Paragraph>
              <Input.TextArea aria-label="分值不一致说明" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} status={template.totalsNote?.trim() ? undefined : 'warning'} value={template.totalsNote ?? ''} onChange={(e) => setTemplate({ ...template, totalsNote: e.target.value || null })} />
            </Card>
          )}
        </Col>
        <Col span={14}>
          {item ? (
            <TemplateItemPanel
              key={item.id}
              item={item}
              underDeduction={underDeduction}
              floor={floors.get(item.id) ?? null}
              canMoveUp={at > 0}
              canMoveDown={at >= 0 && at < siblings.length - 1}
              onChange={(patch) => edit(updateItem(items, item.id, patch))}
              onAddChild={() => add(item.id)}
              onMove={(delta) => edit(moveItem(items, item.id, delta))}
              onMoveTo={() => setMoving(item)}
              onRemove={() => remove(item)}
            />
          ) : (
            <Alert type="info" showIcon title="在左侧选择一个指标进行编辑，或添加一级指标。" />
          )}
        </Col>
      </Row>
      {moving && <TemplateMoveDialog items={items} item={moving} onMove={(to, label) => moveTo(moving, to, label)} onCancel={() => setMoving(null)} />}
    </div>
  );
}

/** The live totals: each 一级 against its rows, and the whole against 满分. */
function TotalsLine({ totals, whole }: { totals: ReturnType<typeof groupTotals>; whole: ReturnType<typeof wholeTotal> }) {
  const top = totals.filter((g) => g.level === 1);
  const lower = totals.filter((g) => g.level > 1 && !g.matches);
  return (
    <div className="template-totals" style={{ marginBottom: 8 }}>
      <Space wrap size={[4, 4]}>
        {top.map((g) => (
          <Tag key={g.id} color={g.matches ? 'green' : 'warning'}>{g.name}：{g.stated ?? '—'} 分，下级合计 {g.children} 分</Tag>
        ))}
        <Tag color={whole.matches ? 'green' : 'warning'}>全部末级合计 {whole.sum} 分 / 满分 {whole.stated} 分</Tag>
      </Space>
      {lower.length > 0 && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="warning">{lower.map((g) => `「${g.name}」标注 ${g.stated} 分，下级合计 ${g.children} 分`).join('；')}</Typography.Text>
        </div>
      )}
    </div>
  );
}
