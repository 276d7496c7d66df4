import { memo, useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type ClipboardEvent, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { CommentBadge } from '../components/comment-badge';
import { COMPARATORS, type Indicator } from '@jixiao/core';
import { COMPARATOR_LABELS } from '../lib/labels';
import { GRID_COLUMNS, applyPaste, pasteRows, type GridColumn } from './paste-rows';
import { rowWindow } from './row-window';
import { usePrinting } from '../lib/use-printing';
import { cellRestores, escapeRestore, type RowSnapshot } from './grid-focus';

// Widths in px (一级 fits 满意度指标, 二级 most 二级 names); 三级指标 (null) takes the rest, and the table's min-width keeps it at least
// ~180px, so indicator names stay readable beside the findings panel even at 1366×768.
const HEADERS: Record<GridColumn, { label: string; width: number | null }> = {
  level1: { label: '一级指标', width: 84 },
  level2: { label: '二级指标', width: 112 },
  name: { label: '三级指标', width: null },
  weight: { label: '权重', width: 52 },
  unit: { label: '计量单位', width: 64 },
  comparator: { label: '指标性质', width: 64 },
  target: { label: '指标值', width: 96 },
  basis: { label: '指标值确定依据', width: 100 },
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
  /** Reviewers' comments on this row's indicator (退回 批注). */
  comments?: readonly string[] | undefined;
  readOnly: boolean;
  onChange: (index: number, field: GridColumn, value: string) => void;
  /** The cell lost focus: what was typed in it is final (a target typed with its sign or unit is split then). */
  onCommit?: ((index: number, field: GridColumn) => void) | undefined;
  onAction: (index: number, action: 'up' | 'down' | 'delete' | 'insert') => void;
}

function cellValue(ind: Indicator, col: GridColumn): string {
  const value = ind[col];
  return value === null || value === undefined ? '' : String(value);
}

const IndicatorRow = memo(function IndicatorRow({ index, indicator, flags, comments, readOnly, onChange, onCommit, onAction }: RowProps) {
  const flagged = flags?.fields.split('|') ?? [];
  const rowLabel = `第 ${index + 1} 行`;
  const rowClass = [flags?.severity ? `row-${flags.severity}` : '', comments?.length ? 'row-commented' : ''].join(' ').trim() || undefined;
  return (
    <tr className={rowClass} title={flags?.title} data-row-index={index} aria-rowindex={index + 2}>
      <td className="row-no">
        {index + 1}
        <CommentBadge row={index} texts={comments} />
      </td>
      {GRID_COLUMNS.map((col, c) => (
        <td key={col} className={[flagged.includes(col) ? 'cell-flag' : '', col === 'weight' ? 'num' : ''].join(' ').trim() || undefined}>
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
              title={cellValue(indicator, col) || undefined}
              onChange={(e) => onChange(index, col, e.target.value)}
              onBlur={onCommit && !readOnly ? () => onCommit(index, col) : undefined}
            />
          )}
        </td>
      ))}
      {!readOnly && (
        <td className="actions-cell">
          {/* Out of the Tab order, so Tab goes cell to cell as in Excel; the keys in ROW_KEYS do the same from a cell. */}
          <div className="row-actions">
            <button type="button" tabIndex={-1} aria-label={`${rowLabel} 上移`} title="上移（Alt+↑）" onClick={() => onAction(index, 'up')}>↑</button>
            <button type="button" tabIndex={-1} aria-label={`${rowLabel} 下移`} title="下移（Alt+↓）" onClick={() => onAction(index, 'down')}>↓</button>
            <button type="button" tabIndex={-1} aria-label={`在${rowLabel}下方插入`} title="在下方插入一行（Ctrl+Enter）" onClick={() => onAction(index, 'insert')}>＋</button>
            <button type="button" tabIndex={-1} aria-label={`删除${rowLabel}`} title="删除此行（Ctrl+Delete）" onClick={() => onAction(index, 'delete')}>✕</button>
          </div>
        </td>
      )}
    </tr>
  );
});

export interface IndicatorGridHandle {
  /** Scrolls the row into the rendered window and focuses one of its cells. */
  focusCell: (row: number, col: number) => void;
  /** Focuses the row's cell in the column last focused (after a row is deleted, say). */
  focusRow: (row: number) => void;
}

export interface IndicatorGridProps {
  indicators: Indicator[];
  flags: Map<number, RowFlags>;
  /** Reviewers' comments per row (commentsByRow): the rows are marked and the comment shows on hover or click. */
  comments?: ReadonlyMap<number, readonly string[]>;
  readOnly: boolean;
  onRowChange: (index: number, field: GridColumn, value: string) => void;
  onRowCommit?: (index: number, field: GridColumn) => void;
  onRowAction: (index: number, action: 'up' | 'down' | 'delete' | 'insert') => void;
  onReplace: (indicators: Indicator[], message: string) => void;
  handle?: Ref<IndicatorGridHandle>;
}

/** Row actions from the keyboard, the same as the buttons at the row's end (which Tab skips). */
function rowKeyAction(e: KeyboardEvent): 'up' | 'down' | 'insert' | 'delete' | null {
  if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
    if (e.key === 'ArrowUp') return 'up';
    if (e.key === 'ArrowDown') return 'down';
  }
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
    if (e.key === 'Enter') return 'insert';
    if (e.key === 'Delete') return 'delete';
  }
  return null;
}

const DEFAULT_ROW_HEIGHT = 30;
const OVERSCAN = 12;
const LAST_COL = GRID_COLUMNS.length - 1;

/**
 * The indicator grid: plain inputs in a table, spreadsheet keys (Enter / ↑ ↓, ← → at the
 * caret's ends, Tab, Esc to undo the cell being edited), and paste of rows copied from Excel. Only the rows in view (plus a
 * margin) are rendered, so a 200-row form costs the same per keystroke as a 20-row one;
 * moving the focus to a row outside the window scrolls it in first.
 */
export function IndicatorGrid({ indicators, flags, comments, readOnly, onRowChange, onRowCommit, onRowAction, onReplace, handle }: IndicatorGridProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const indicatorsRef = useRef(indicators);
  indicatorsRef.current = indicators;
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const pendingFocus = useRef<{ row: number; col: number } | null>(null);
  // The row as it was when a cell took the focus (Esc puts it back), and the column last focused.
  const snapshot = useRef<RowSnapshot | null>(null);
  const lastCol = useRef(2);
  // Printing shows every row (a printout is the whole form), not the window on screen.
  const printing = usePrinting();
  const win = printing ? { start: 0, end: indicators.length, padTop: 0, padBottom: 0 } : rowWindow(scrollTop, viewport, rowHeight, indicators.length, OVERSCAN);

  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const measure = () => setViewport(wrap.clientHeight || 600);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(wrap);
    return () => observer.disconnect();
  }, []);

  // Rows are one line high; measure the real height once so the spacers match the content.
  useLayoutEffect(() => {
    const first = tableRef.current?.querySelector<HTMLElement>('tbody tr[data-row-index]');
    if (first && first.offsetHeight > 0 && Math.abs(first.offsetHeight - rowHeight) > 0.5) setRowHeight(first.offsetHeight);
  });

  const findCell = useCallback((row: number, col: number) => tableRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`) ?? null, []);

  const focusElement = (el: HTMLElement) => {
    el.focus();
    if (el instanceof HTMLInputElement) el.select();
  };

  const focusCell = useCallback(
    (row: number, col: number) => {
      const el = findCell(row, col);
      if (el) {
        focusElement(el);
        return;
      }
      // Not rendered: bring the row into the window, focus it once it exists.
      const wrap = wrapRef.current;
      if (!wrap) return;
      const head = tableRef.current?.tHead?.offsetHeight ?? 0;
      const top = Math.max(0, head + row * rowHeight - wrap.clientHeight / 2);
      wrap.scrollTop = top;
      pendingFocus.current = { row, col };
      setScrollTop(wrap.scrollTop);
    },
    [findCell, rowHeight],
  );

  useLayoutEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const el = findCell(pending.row, pending.col);
    if (el) {
      pendingFocus.current = null;
      focusElement(el);
    }
  });

  useImperativeHandle(handle, () => ({ focusCell, focusRow: (row: number) => focusCell(row, lastCol.current) }), [focusCell]);

  const onFocus = useCallback((e: FocusEvent<HTMLTableElement>) => {
    const el = e.target as HTMLElement;
    if (!el.dataset.row) return;
    const row = Number(el.dataset.row);
    lastCol.current = Number(el.dataset.col);
    snapshot.current = null;
    // Taken once what the cell just left has been applied (a target split when its cell lost the focus, rendered in
    // React's microtask queued before this one), so Esc here does not undo that.
    queueMicrotask(() => {
      const indicator = indicatorsRef.current[row];
      if (document.activeElement === el) snapshot.current = indicator ? { row, indicator } : null;
    });
  }, []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      // Keys that pick or confirm a candidate in a Chinese input method (Enter, arrows) are the IME's, not the grid's.
      if (e.nativeEvent.isComposing || e.key === 'Process') return;
      const el = e.target as HTMLElement;
      const count = indicatorsRef.current.length;
      // Tab past a row's last cell, or back from its first, crosses to the neighbour row even when it is not rendered yet.
      if (e.key === 'Tab') {
        if (!el.dataset.row) return;
        const at = Number(el.dataset.row);
        if (!e.shiftKey && el.dataset.col === String(LAST_COL) && at + 1 < count) {
          e.preventDefault();
          focusCell(at + 1, 0);
        } else if (e.shiftKey && el.dataset.col === '0' && at > 0) {
          e.preventDefault();
          focusCell(at - 1, LAST_COL);
        }
        return;
      }
      if (!el.dataset.row) return;
      const row = Number(el.dataset.row);
      const col = Number(el.dataset.col);
      if (e.key === 'Escape') {
        const current = indicatorsRef.current[row];
        const restore = readOnly ? null : escapeRestore(snapshot.current, row, current);
        if (restore && current) {
          e.preventDefault();
          for (const [field, raw] of cellRestores(restore, current)) onRowChange(row, field, raw);
        }
        return;
      }
      const action = readOnly ? null : rowKeyAction(e);
      if (action) {
        // The rows shift: the focus that follows takes a new snapshot.
        snapshot.current = null;
        e.preventDefault();
        const to = action === 'up' ? row - 1 : action === 'down' ? row + 1 : action === 'insert' ? row + 1 : null;
        // The focus follows the moved row, or lands in the new one; a delete asks first and leaves it.
        if (to !== null && to >= 0 && (to < count || action === 'insert')) pendingFocus.current = { row: to, col };
        onRowAction(row, action);
        return;
      }
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
      if (r >= count) {
        if (e.key === 'Enter' && !readOnly) {
          onRowAction(count - 1, 'insert');
          pendingFocus.current = { row: r, col: c };
        }
        return;
      }
      focusCell(r, c);
    },
    [focusCell, onRowAction, onRowChange, readOnly],
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
      // A paste is taken back with its own 撤销, not with Esc.
      snapshot.current = null;
      onReplace(
        applyPaste(indicatorsRef.current, row, rows),
        `已从剪贴板粘贴 ${rows.length} 行${usedHeader ? '（按表头匹配列）' : ''}，自第 ${row + 1} 行起。`,
      );
    },
    [onReplace, readOnly],
  );

  const columns = GRID_COLUMNS.length + (readOnly ? 1 : 2);
  const rows: ReactNode[] = [];
  for (let i = win.start; i < win.end; i++) {
    rows.push(<IndicatorRow key={i} index={i} indicator={indicators[i]!} flags={flags.get(i)} comments={comments?.get(i)} readOnly={readOnly} onChange={onRowChange} onCommit={onRowCommit} onAction={onRowAction} />);
  }

  return (
    <div className="grid-wrap" ref={wrapRef} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <table
        ref={tableRef}
        className="indicator-grid"
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onPaste={onPaste}
        aria-label="绩效指标表"
        aria-rowcount={indicators.length + 1}
        data-rendered-rows={win.end - win.start}
      >
        <colgroup>
          <col style={{ width: 36 }} />
          {GRID_COLUMNS.map((col) => (
            <col key={col} style={HEADERS[col].width ? { width: HEADERS[col].width } : undefined} />
          ))}
          {!readOnly && <col style={{ width: 92 }} />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">序号</th>
            {GRID_COLUMNS.map((col) => (
              <th key={col} scope="col">
                {HEADERS[col].label}
              </th>
            ))}
            {!readOnly && <th scope="col" className="actions-cell">操作</th>}
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && (
            <tr className="grid-spacer" aria-hidden="true" style={{ height: win.padTop }}>
              <td colSpan={columns} />
            </tr>
          )}
          {rows}
          {win.padBottom > 0 && (
            <tr className="grid-spacer" aria-hidden="true" style={{ height: win.padBottom }}>
              <td colSpan={columns} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
