import { useMemo, useRef, useState, type ReactNode } from 'react';
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
  /** An option's text; by default the form's label. */
  optionLabel?: (f: FormSummary) => string;
  /** A wider list whose options wrap rather than being cut (long labels). */
  popupWidth?: number;
  /** What is picked, in the messages: 表 counted in 张 by default. */
  noun?: { name: string; measure: string; counted: string };
}

const FORMS_NOUN = { name: '表', measure: '张', counted: '' };

const PAGE = 50;

/**
 * Picks one form by typing part of its project name: the server searches, so the picker
 * reaches every form of a unit with thousands, not just the first page.
 */
export function FormPicker({ ariaLabel, kind, statuses, value, onChange, placeholder, emptyText, width = '100%', optionLabel = formLabel, popupWidth, noun = FORMS_NOUN }: FormPickerProps) {
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
    return (chosen ? [chosen, ...list] : list).map((f) => {
      const label = optionLabel(f);
      return popupWidth ? { value: String(f.id), label, title: label } : { value: String(f.id), label };
    });
  }, [first.data, second.data, statuses.length, value, optionLabel, popupWidth]);
  const total = (first.data?.total ?? 0) + (statuses.length > 1 ? (second.data?.total ?? 0) : 0);
  return (
    <Select
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={first.isFetching || second.isFetching}
      placeholder={placeholder}
      notFoundContent={search ? `没有名称匹配的${noun.name}，请换个关键词` : emptyText}
      style={{ width }}
      {...(popupWidth ? { popupMatchSelectWidth: popupWidth, optionRender: (o: { label?: ReactNode }) => <div style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{o.label}</div> } : {})}
      value={value}
      onChange={(v) => {
        onChange(v);
        setSearch('');
      }}
      options={options}
      popupRender={(menu) => (
        <>
          {menu}
          {total > options.length && <div style={{ padding: '4px 12px', color: '#888', fontSize: 12 }}>共 {total} {noun.measure}{noun.counted}，仅列出前 {PAGE} {noun.measure}；输入项目名称可搜索其余的{noun.name}</div>}
        </>
      )}
    />
  );
}
