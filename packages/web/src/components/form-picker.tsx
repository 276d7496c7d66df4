import { useMemo, useRef, useState } from 'react';
import { Select } from 'antd';
import type { FormKind } from '@jixiao/core';
import { usePagedForms } from '../api/queries';
import type { FormSummary } from '../api/types';
import { formLabel } from './form-label';

interface FormPickerProps {
  ariaLabel: string;
  kind: FormKind;
  /** One or two statuses the picked form must be in (the server filters one status per query). */
  statuses: readonly [string] | readonly [string, string];
  value: string | undefined;
  onChange: (id: string) => void;
  placeholder: string;
  emptyText: string;
  width?: number | string;
}

const PAGE = 50;

/**
 * Picks one form by typing part of its project name: the server searches, so the picker
 * reaches every form of a unit with thousands, not just the first page.
 */
export function FormPicker({ ariaLabel, kind, statuses, value, onChange, placeholder, emptyText, width = '100%' }: FormPickerProps) {
  const [search, setSearch] = useState('');
  const q = search || undefined;
  const first = usePagedForms({ kind, status: statuses[0], q }, 1, PAGE);
  const second = usePagedForms({ kind, status: statuses[1] ?? statuses[0], q }, 1, PAGE, statuses.length > 1);
  // Remembers forms seen, so the chosen one keeps its label when a later search no longer lists it.
  const seen = useRef(new Map<string, FormSummary>());
  const options = useMemo(() => {
    const list = [...(first.data?.items ?? []), ...(statuses.length > 1 ? (second.data?.items ?? []) : [])];
    for (const f of list) seen.current.set(String(f.id), f);
    const chosen = value && !list.some((f) => String(f.id) === value) ? seen.current.get(value) : undefined;
    return (chosen ? [chosen, ...list] : list).map((f) => ({ value: String(f.id), label: formLabel(f) }));
  }, [first.data, second.data, statuses.length, value]);
  const total = (first.data?.total ?? 0) + (statuses.length > 1 ? (second.data?.total ?? 0) : 0);
  return (
    <Select
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={first.isFetching || second.isFetching}
      placeholder={placeholder}
      notFoundContent={search ? '没有名称匹配的表，请换个关键词' : emptyText}
      style={{ width }}
      value={value}
      onChange={(v) => {
        onChange(v);
        setSearch('');
      }}
      options={options}
      popupRender={(menu) => (
        <>
          {menu}
          {total > options.length && <div style={{ padding: '4px 12px', color: '#888', fontSize: 12 }}>共 {total} 张，仅列出前 {PAGE} 张；输入项目名称可搜索其余的表</div>}
        </>
      )}
    />
  );
}
