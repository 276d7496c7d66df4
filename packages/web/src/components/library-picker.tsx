import { useMemo, useState } from 'react';
import { Alert, Button, Input, Table, Tag, Tree } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { emptyIndicator, type Comparator, type Indicator } from '@jixiao/core';
import { errorMessage } from '../api/client';
import { optionalGet } from '../api/queries';
import { COMPARATOR_LABELS, formatTarget } from '../lib/labels';
import { libraryLevel2 } from './library-level2';
import { namedPageItem } from '../lib/list-columns';

export interface LibraryEntry {
  id?: number | string;
  level1: string | null;
  level2: string | null;
  name: string;
  unit?: string | null;
  comparator?: string | null;
  target?: string | null;
  typical_target?: string | null;
  explanation?: string | null;
  description?: string | null;
  basis?: string | null;
  basis_kind?: string | null;
  /** The server stores keywords as one text (separated by 、，, or spaces). */
  keywords?: string | string[] | null;
  scope?: string | null;
  shared?: boolean;
}

export function useLibrary(q: string) {
  return useQuery({
    queryKey: ['library', q],
    queryFn: async ({ signal }) => {
      const data = await optionalGet<{ items: LibraryEntry[] } | LibraryEntry[]>('/api/library', { q, limit: 500 }, signal);
      if (!data) return [];
      return Array.isArray(data) ? data : data.items;
    },
  });
}

export function keywordList(entry: LibraryEntry): string[] {
  const raw = entry.keywords;
  if (!raw) return [];
  return (Array.isArray(raw) ? raw : raw.split(/[,，、;；\s]+/)).map((k) => k.trim()).filter(Boolean);
}

export function entryToIndicator(entry: LibraryEntry): Indicator {
  return {
    ...emptyIndicator(entry.name),
    level1: entry.level1,
    level2: libraryLevel2(entry.level1, entry.level2),
    unit: entry.unit ?? null,
    comparator: (entry.comparator ?? null) as Comparator | null,
    target: entry.typical_target ?? entry.target ?? '',
    description: entry.explanation ?? entry.description ?? null,
    basis: entry.basis ?? entry.basis_kind ?? null,
  };
}

function matches(entry: LibraryEntry, needle: string): boolean {
  if (!needle) return true;
  return [entry.name, entry.level1, entry.level2, entry.explanation, ...keywordList(entry)].some((s) => s?.includes(needle));
}

/** Browse the 指标库 by category, search it, and hand a chosen entry to `onInsert`. */
export function LibraryPicker({ onInsert, projectName }: { onInsert?: (ind: Indicator) => void; projectName?: string | null }) {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const library = useLibrary('');
  const entries = useMemo(() => library.data ?? [], [library.data]);
  const tree = useMemo(() => {
    const groups = new Map<string, Set<string>>();
    for (const e of entries) {
      const l1 = e.level1 ?? '未分类';
      if (!groups.has(l1)) groups.set(l1, new Set());
      if (e.level2) groups.get(l1)!.add(e.level2);
    }
    return [...groups].map(([l1, l2s]) => ({ key: l1, title: l1, children: [...l2s].map((l2) => ({ key: `${l1}/${l2}`, title: l2 })) }));
  }, [entries]);
  const rows = entries.filter((e) => {
    if (category) {
      const [l1, l2] = category.split('/');
      if ((e.level1 ?? '未分类') !== l1) return false;
      if (l2 && e.level2 !== l2) return false;
    }
    return matches(e, search.trim());
  });
  const suggested = projectName ? entries.filter((e) => keywordList(e).some((k) => projectName.includes(k))).slice(0, 5) : [];

  return (
    <div style={{ display: 'flex', gap: 12 }}>
      <div style={{ width: 200, flex: 'none' }}>
        <Tree treeData={tree} defaultExpandAll selectedKeys={category ? [category] : []} onSelect={(k) => setCategory((k[0] as string) ?? null)} aria-label="指标分类" />
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Input.Search placeholder="搜索指标名称、关键词" allowClear aria-label="搜索指标库" onChange={(e) => setSearch(e.target.value)} style={{ marginBottom: 8 }} />
        {library.error && <Alert type="error" showIcon title={errorMessage(library.error)} />}
        {suggested.length > 0 && (
          <div style={{ marginBottom: 8 }}>
            按项目名称推荐：
            {suggested.map((e) => (
              <Tag key={String(e.id ?? e.name)} color="blue" style={{ cursor: 'pointer' }} onClick={() => onInsert?.(entryToIndicator(e))}>
                {e.name}
              </Tag>
            ))}
          </div>
        )}
        {/* In the editor's drawer the table is narrow: it scrolls sideways rather than squeezing names to one character a line. */}
        <Table<LibraryEntry>
          size="small"
          scroll={{ x: 760 }}
          rowKey={(e) => String(e.id ?? `${e.level1}-${e.level2}-${e.name}`)}
          loading={library.isLoading}
          dataSource={rows}
          pagination={{ pageSize: 12, showTotal: (t) => `共 ${t} 条`, itemRender: namedPageItem }}
          locale={{ emptyText: '指标库中没有匹配的指标' }}
          columns={[
            { title: '一级', dataIndex: 'level1', width: 90 },
            { title: '二级', dataIndex: 'level2', width: 110 },
            { title: '指标名称', dataIndex: 'name', width: 200 },
            { title: '单位', dataIndex: 'unit', width: 64 },
            { title: '性质', width: 56, render: (_, e) => (e.comparator ? COMPARATOR_LABELS[e.comparator] ?? e.comparator : '') },
            // As the form will print it (≥90%): the typical value is an example to adjust, not a rule.
            { title: '常用指标值', width: 110, render: (_, e) => formatTarget(e.comparator ?? null, e.typical_target ?? e.target ?? '', e.unit ?? null) || '—' },
            { title: '说明', ellipsis: true, render: (_, e) => e.explanation ?? e.description ?? '' },
            ...(onInsert
              ? [{ title: '操作', width: 72, fixed: 'right' as const, render: (_: unknown, e: LibraryEntry) => <Button size="small" aria-label={`插入「${e.name}」`} onClick={() => onInsert(entryToIndicator(e))}>插入</Button> }]
              : []),
          ]}
        />
      </div>
    </div>
  );
}
