import { memo, useCallback, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { COMPARATORS, type Indicator } from '@jixiao/core';
import { COMPARATOR_LABELS } from '../lib/labels';
import { GRID_COLUMNS, applyPaste, pasteRows, type GridColumn } from './paste-rows';

const HEADERS: Record<GridColumn, { label: string; width: number }> = {
  level1: { label: '一级指标', width: 100 },
  level2: { label: '二级指标', width: 120 },
  name: { label: '三级指标', width: 220 },
  weight: { label: '权重', width: 64 },
  unit: { label: '计量单位', width: 76 },
  comparator: { label: '指标性质', width: 76 },
  target: { label: '指标值', width: 140 },
  basis: { label: '指标值确定依据', width: 180 },
};

export interface RowFlags {
  severity: 'error' | 'warning' | null;
  /** Fields with a finding, joined by "|" so rows compare by value. */
  fields: string;
  title: string;
}

interface RowProps {
  index: number;
  indicator: Indicator;
  flags: RowFlags | undefined;
  readOnly: boolean;
  onChange: (index: number, field: GridColumn, value: string) => void;
  onAction: (index: number, action: 'up' | 'down' | 'delete' | 'insert') => void;
}

function cellValue(ind: Indicator, col: GridColumn): string {
  const value = ind[col];
  return value === null || value === undefined ? '' : String(value);
}

const IndicatorRow = memo(function IndicatorRow({ index, indicator, flags, readOnly, onChange, onAction }: RowProps) {
  const flagged = flags?.fields.split('|') ?? [];
  const rowLabel = `第 ${index + 1} 行`;
  return (
    <tr className={flags?.severity ? `row-${flags.severity}` : undefined} title={flags?.title} data-row-index={index}>
      <td className="row-no">{index + 1}</td>
      {GRID_COLUMNS.map((col, c) => (
        <td key={col} className={flagged.includes(col) ? 'cell-flag' : undefined}>
          {col === 'comparator' ? (
            <select
              aria-label={`${rowLabel} ${HEADERS[col].label}`}
              data-row={index}
              data-col={c}
              disabled={readOnly}
              value={indicator.comparator ?? ''}
              onChange={(e) => onChange(index, col, e.target.value)}
            >
              <option value="">（无）</option>
              {COMPARATORS.map((cmp) => (
                <option key={cmp} value={cmp}>
                  {COMPARATOR_LABELS[cmp]}
                </option>
              ))}
            </select>
          ) : (
            <input
              aria-label={`${rowLabel} ${HEADERS[col].label}`}
              data-row={index}
              data-col={c}
              readOnly={readOnly}
              inputMode={col === 'weight' ? 'decimal' : undefined}
              value={cellValue(indicator, col)}
              onChange={(e) => onChange(index, col, e.target.value)}
            />
          )}
        </td>
      ))}
      {!readOnly && (
        <td>
          <div className="row-actions">
            <button type="button" aria-label={`${rowLabel} 上移`} title="上移" onClick={() => onAction(index, 'up')}>↑</button>
            <button type="button" aria-label={`${rowLabel} 下移`} title="下移" onClick={() => onAction(index, 'down')}>↓</button>
            <button type="button" aria-label={`在${rowLabel}下方插入`} title="在下方插入一行" onClick={() => onAction(index, 'insert')}>＋</button>
            <button type="button" aria-label={`删除${rowLabel}`} title="删除此行" onClick={() => onAction(index, 'delete')}>✕</button>
          </div>
        </td>
      )}
    </tr>
  );
});

export interface IndicatorGridProps {
  indicators: Indicator[];
  flags: Map<number, RowFlags>;
  readOnly: boolean;
  onRowChange: (index: number, field: GridColumn, value: string) => void;
  onRowAction: (index: number, action: 'up' | 'down' | 'delete' | 'insert') => void;
  onReplace: (indicators: Indicator[], message: string) => void;
}

/**
 * The indicator grid: plain inputs in a table (fast with hundreds of rows), spreadsheet
 * keys (Enter / ↑ ↓, ← → at the caret's ends, Tab), and paste of rows copied from Excel.
 */
export function IndicatorGrid({ indicators, flags, readOnly, onRowChange, onRowAction, onReplace }: IndicatorGridProps) {
  const tableRef = useRef<HTMLTableElement>(null);
  const indicatorsRef = useRef(indicators);
  indicatorsRef.current = indicators;

  const focusCell = useCallback((row: number, col: number) => {
    const el = tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`);
    if (el) {
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
    }
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const el = e.target as HTMLElement;
      if (!el.dataset.row) return;
      const row = Number(el.dataset.row);
      const col = Number(el.dataset.col);
      const isInput = el instanceof HTMLInputElement;
      const caretAtStart = isInput ? el.selectionStart === 0 && el.selectionEnd === 0 : true;
      const caretAtEnd = isInput ? el.selectionStart === el.value.length : true;
      let next: [number, number] | null = null;
      if (e.key === 'Enter') next = [row + (e.shiftKey ? -1 : 1), col];
      else if (e.key === 'ArrowDown' && isInput) next = [row + 1, col];
      else if (e.key === 'ArrowUp' && isInput) next = [row - 1, col];
      else if (e.key === 'ArrowLeft' && caretAtStart && !e.shiftKey) next = [row, col - 1];
      else if (e.key === 'ArrowRight' && caretAtEnd && !e.shiftKey) next = [row, col + 1];
      if (!next) return;
      const [r, c] = next;
      if (r < 0 || c < 0 || c >= GRID_COLUMNS.length) return;
      e.preventDefault();
      if (r >= indicatorsRef.current.length) {
        if (e.key === 'Enter' && !readOnly) {
          onRowAction(indicatorsRef.current.length - 1, 'insert');
          window.setTimeout(() => focusCell(r, c), 0);
        }
        return;
      }
      focusCell(r, c);
    },
    [focusCell, onRowAction, readOnly],
  );

  const onPaste = useCallback(
    (e: ClipboardEvent<HTMLTableElement>) => {
      if (readOnly) return;
      const el = e.target as HTMLElement;
      const text = e.clipboardData.getData('text/plain');
      if (!text || (!text.includes('\t') && !text.trim().includes('\n'))) return;
      e.preventDefault();
      const row = el.dataset.row ? Number(el.dataset.row) : indicatorsRef.current.length;
      const col = GRID_COLUMNS[el.dataset.col ? Number(el.dataset.col) : 0] ?? 'level1';
      const { rows, usedHeader } = pasteRows(text, col);
      if (rows.length === 0) return;
      onReplace(
        applyPaste(indicatorsRef.current, row, rows),
        `已从剪贴板粘贴 ${rows.length} 行${usedHeader ? '（按表头匹配列）' : ''}，自第 ${row + 1} 行起。`,
      );
    },
    [onReplace, readOnly],
  );

  return (
    <div className="grid-wrap">
      <table ref={tableRef} className="indicator-grid" onKeyDown={onKeyDown} onPaste={onPaste} aria-label="绩效指标表">
        <colgroup>
          <col style={{ width: 40 }} />
          {GRID_COLUMNS.map((col) => (
            <col key={col} style={{ width: HEADERS[col].width }} />
          ))}
          {!readOnly && <col style={{ width: 104 }} />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">序号</th>
            {GRID_COLUMNS.map((col) => (
              <th key={col} scope="col">
                {HEADERS[col].label}
              </th>
            ))}
            {!readOnly && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind, i) => (
            <IndicatorRow key={i} index={i} indicator={ind} flags={flags.get(i)} readOnly={readOnly} onChange={onRowChange} onAction={onRowAction} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
