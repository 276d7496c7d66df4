import type { SourceBlock, SourceRow } from '../model/source-document';

// A web grid with frozen columns (智慧财政 portals, element-ui / ag-grid exports) prints one table as two:
// the fixed left part (levels, names) and the scrolling right part (values, scores), their rows matched by index.
const NAME_CAPTION = /(三级指标|指标名称|绩效指标名称|具体指标)/;
const VALUE_CAPTION = /(指标值|目标值|完成值|分值|得分|权重)/;

function headerText(row: SourceRow | undefined): string {
  return (row?.cells ?? []).map((c) => c.text).join('|');
}

function isFrozenPair(left: SourceRow[], right: SourceRow[]): boolean {
  if (left.length !== right.length || left.length < 3) return false;
  const l = headerText(left[0]);
  const r = headerText(right[0]);
  return NAME_CAPTION.test(l) && !VALUE_CAPTION.test(l) && VALUE_CAPTION.test(r) && !NAME_CAPTION.test(r);
}

/** Joins each frozen left table with the scrolling table right after it, row by row. */
export function joinFrozenColumnTables(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (block.kind === 'table' && prev?.kind === 'table' && isFrozenPair(prev.rows, block.rows)) {
      out[out.length - 1] = { kind: 'table', rows: prev.rows.map((row, i) => ({ ...row, cells: [...row.cells, ...block.rows[i]!.cells] })) };
      continue;
    }
    out.push(block);
  }
  return out;
}
