import { useMemo, useRef } from 'react';
import type { Finding } from '../api/types';
import type { RowFlags } from './indicator-grid';
import { oneFormMessage } from './one-form-message';

/**
 * The grid's marks per row (worst severity, fields, tooltip) from the findings; info findings mark nothing.
 * A row whose marks did not change keeps its previous object, so its memoised grid row skips re-rendering.
 */
export function rowFlags(findings: readonly Finding[], previous: ReadonlyMap<number, RowFlags>): Map<number, RowFlags> {
  const next = new Map<number, RowFlags>();
  const grouped = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.row === null || f.severity === 'info') continue;
    const list = grouped.get(f.row);
    if (list) list.push(f);
    else grouped.set(f.row, [f]);
  }
  for (const [row, list] of grouped) {
    const flags: RowFlags = {
      severity: list.some((f) => f.severity === 'error') ? 'error' : 'warning',
      fields: [...new Set(list.map((f) => f.field ?? ''))].join('|'),
      title: list.map((f) => oneFormMessage(f.message)).join('\n'),
    };
    const old = previous.get(row);
    next.set(row, old && old.severity === flags.severity && old.fields === flags.fields && old.title === flags.title ? old : flags);
  }
  return next;
}

/** rowFlags across renders: each render's result is the next one's previous. */
export function useRowFlags(findings: Finding[]): Map<number, RowFlags> {
  const previous = useRef(new Map<number, RowFlags>());
  return useMemo(() => {
    const next = rowFlags(findings, previous.current);
    previous.current = next;
    return next;
  }, [findings]);
}
