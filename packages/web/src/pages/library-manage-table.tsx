import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, Space, Table, Tag, Tooltip } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '../api/client';
import { keywordList } from '../components/library-picker';
import { COMPARATOR_LABELS, formatTarget } from '../lib/labels';
import { chinaToday, entryStatus, type ManagedEntry } from './library-entry-edit';
import { LibraryEntryModal } from './library-entry-modal';
import { namedPageItem } from '../lib/list-columns';

const STATUS_TAGS = { retired: <Tag>已停用</Tag>, pending: <Tag color="blue">未启用</Tag>, active: null } as const;

// Where an entry comes from: the library every region shares, this region's edit of a shared entry, or this region's own.
const SOURCE_TAGS = { shared: <Tag>各区划共用</Tag>, override: <Tag color="cyan">本区划修改</Tag>, own: <Tag color="geekblue">本区划</Tag> } as const;
const entrySource = (e: ManagedEntry): keyof typeof SOURCE_TAGS => (e.shared !== false ? 'shared' : e.overrides_id != null ? 'override' : 'own');

/** 维护指标库 (finance): every entry, also those out of force, with 编辑 and 删除. */
export function LibraryManageTable() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<ManagedEntry | null>(null);
  // Under the 'library' key, so an edit or 纳入 refreshes this list and the editor's picker alike.
  const library = useQuery({
    queryKey: ['library', 'manage'],
    queryFn: ({ signal }) => api.get<{ items: ManagedEntry[] }>('/api/library', { limit: 500, include_retired: 'true' }, signal),
  });
  const today = chinaToday();
  const rows = useMemo(() => {
    const needle = search.trim();
    const items = library.data?.items ?? [];
    return needle ? items.filter((e) => [e.name, e.level1, e.level2, e.unit, e.explanation, ...keywordList(e)].some((s) => s?.includes(needle))) : items;
  }, [library.data, search]);

  const remove = (entry: ManagedEntry) =>
    modal.confirm({
      title: entry.overrides_id != null ? `删除本区划对「${entry.name}」的修改？` : `从指标库删除「${entry.name}」？`,
      content: entry.overrides_id != null
        ? '删除后本区划恢复使用各区划共用的原指标；已经使用该指标的表单保留各自的指标行，不受影响。'
        : '删除后填报单位不能再从指标库选用它；已经使用该指标的表单保留各自的指标行，不受影响。只是过时的指标，可改为在「编辑」中填写「有效期至」停用。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.delete(`/api/library/${entry.id}`);
          message.success(`已从指标库删除「${entry.name}」`);
          await queryClient.invalidateQueries({ queryKey: ['library'] });
        } catch (error) {
          message.error(`删除失败：${errorMessage(error)}`);
        }
      },
    });

  return (
    <>
      <Input.Search placeholder="搜索指标名称、分类、单位、关键词" allowClear aria-label="搜索要维护的指标" onChange={(e) => setSearch(e.target.value)} style={{ marginBottom: 8, maxWidth: 420 }} />
      {library.error && <Alert type="error" showIcon title={errorMessage(library.error)} style={{ marginBottom: 8 }} />}
      <Table<ManagedEntry>
        size="small"
        scroll={{ x: 900 }}
        rowKey="id"
        loading={library.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 15, showTotal: (t) => `共 ${t} 条`, itemRender: namedPageItem }}
        locale={{ emptyText: '指标库中没有匹配的指标' }}
        columns={[
          { title: '一级', dataIndex: 'level1', width: 100, render: (v: string | null) => v ?? <Tag color="orange">未分类</Tag> },
          { title: '二级', dataIndex: 'level2', width: 120, render: (v: string | null) => v ?? '—' },
          {
            title: '指标名称',
            width: 220,
            render: (_, e) => (
              <Space size={4} wrap>
                {e.name}
                {e.scope === 'specific' && <Tag color="purple">个性</Tag>}
                {SOURCE_TAGS[entrySource(e)]}
                {STATUS_TAGS[entryStatus(e, today)]}
              </Space>
            ),
          },
          { title: '单位', dataIndex: 'unit', width: 70, render: (v: string | null) => v ?? '—' },
          { title: '性质', width: 56, render: (_, e) => (e.comparator ? (COMPARATOR_LABELS[e.comparator] ?? e.comparator) : '') },
          { title: '常用指标值', width: 110, render: (_, e) => formatTarget(e.comparator ?? null, e.typical_target ?? '', e.unit ?? null) || '—' },
          { title: '有效期', width: 170, render: (_, e) => (e.valid_from || e.valid_to ? `${e.valid_from ?? '…'} 至 ${e.valid_to ?? '…'}` : '长期') },
          { title: '说明', ellipsis: true, render: (_, e) => e.explanation ?? '' },
          {
            title: '操作',
            width: 150,
            fixed: 'right',
            render: (_, e) => (
              <Space size={4}>
                <Button size="small" icon={<EditOutlined />} aria-label={`编辑「${e.name}」`} onClick={() => setEditing(e)}>编辑</Button>
                <Tooltip title={e.shared ? '各区划共用的指标不能在本区划删除；不再使用可在「编辑」中填写「有效期至」停用（只对本区划生效）' : undefined}>
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label={`删除「${e.name}」`} disabled={e.shared === true} onClick={() => remove(e)}>删除</Button>
                </Tooltip>
              </Space>
            ),
          },
        ]}
      />
      <LibraryEntryModal entry={editing} onClose={() => setEditing(null)} />
    </>
  );
}
