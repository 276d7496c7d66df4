import { useMemo, useRef, useState } from 'react';
import { Select } from 'antd';
import { usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { monitoringProjectLabel } from './monitoring-project-label';

const PAGE = 50;
const STATUSES = ['approved', 'published'] as const;

interface Props {
  value: string | undefined;
  onChange: (id: string) => void;
  placeholder: string;
  emptyText: string;
  width: number;
}

/**
 * Picks a monitored project (an approved or published project target) by typing part of its name; the server searches.
 * Unlike the general form picker, an option reads 项目名 · 年度 · 单位 and wraps rather than being cut, so projects of
 * the same name in two years are told apart.
 */
export function MonitoringProjectPicker({ value, onChange, placeholder, emptyText, width }: Props) {
  const [search, setSearch] = useState('');
  const q = search || undefined;
  const approved = usePagedForms({ kind: 'project_target', status: STATUSES[0], q }, 1, PAGE);
  const published = usePagedForms({ kind: 'project_target', status: STATUSES[1], q }, 1, PAGE);
  // Remembers projects seen, so the chosen one keeps its label when a later search no longer lists it.
  const seen = useRef(new Map<string, FormSummary>());
  const options = useMemo(() => {
    const list = [...(approved.data?.items ?? []), ...(published.data?.items ?? [])];
    for (const f of list) seen.current.set(String(f.id), f);
    const chosen = value && !list.some((f) => String(f.id) === value) ? seen.current.get(value) : undefined;
    return (chosen ? [chosen, ...list] : list).map((f) => {
      const label = monitoringProjectLabel(f);
      return { value: String(f.id), label, title: label };
    });
  }, [approved.data, published.data, value]);
  const total = (approved.data?.total ?? 0) + (published.data?.total ?? 0);
  return (
    <Select
      aria-label="监控项目"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={approved.isFetching || published.isFetching}
      placeholder={placeholder}
      notFoundContent={search ? '没有名称匹配的项目，请换个关键词' : emptyText}
      style={{ width }}
      popupMatchSelectWidth={Math.max(width, 560)}
      value={value}
      onChange={(v) => {
        onChange(v);
        setSearch('');
      }}
      options={options}
      optionRender={(o) => <div style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{o.label}</div>}
      popupRender={(menu) => (
        <>
          {menu}
          {total > options.length && <div style={{ padding: '4px 12px', color: '#888', fontSize: 12 }}>共 {total} 个项目，仅列出前 {PAGE} 个；输入项目名称可搜索其余的项目</div>}
        </>
      )}
    />
  );
}
