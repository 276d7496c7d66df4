import type { GridCell, Item } from './flatten-source';
import { budgetKeyOf } from './budget-captions';
import { normalizeLabel } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

// Column captions of a budget block turned on its side: the money's sources (合计 | 财政拨款 | 其他资金).
const TOTAL_SOURCE = /^(合计|总计|小计|资金总额|年度资金总额|金额|预算资金)$/;
const PART_SOURCE = /(财政|拨款|其他|自筹|单位资金|上级|本级|结转|社会)/;

/**
 * A self-evaluation's budget block laid out the other way round: the stages down the first column
 * (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 / 得分) and the money's sources across the top
 * (项目 | 合计 | 财政拨款 | 其他资金), as a report's 资金情况表 prints it. It becomes the block it stands
 * for: one caption row of the stages and one row per source, the total's first. A run needs three
 * stage rows at least, among them two of the amounts, and a caption row naming the total; other items
 * pass through unchanged.
 */
export function untransposeBudgetRows(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const run = stageRun(items, i);
    if (!run) { out.push(items[i]!); continue; }
    out.push(...turn(run.head, run.rows));
    i = run.end - 1;
  }
  return out;
}

function cellsByColumn(row: RowItem): Map<number, string> {
  return new Map(row.cells.filter((c) => c.text.trim() !== '').map((c) => [c.start, c.text.trim()]));
}

function stageOf(item: Item | undefined, tableIndex: number): string | null {
  if (item?.type !== 'row' || item.tableIndex !== tableIndex) return null;
  const first = item.cells[0];
  if (!first || first.start !== 0) return null;
  return budgetKeyOf(first.text.trim());
}

function stageRun(items: Item[], start: number): { head: RowItem; rows: RowItem[]; end: number } | null {
  const head = items[start]!;
  if (head.type !== 'row') return null;
  const sources = [...cellsByColumn(head)].filter(([col]) => col > 0);
  if (sources.length < 2 || !TOTAL_SOURCE.test(normalizeLabel(sources[0]![1]))) return null;
  if (!sources.slice(1).every(([, t]) => PART_SOURCE.test(t) || TOTAL_SOURCE.test(normalizeLabel(t)))) return null;
  // The corner caption (项目 / 资金来源 / blank) is no stage; a caption row that itself names stages is an ordinary block.
  if (sources.some(([, t]) => budgetKeyOf(t) != null)) return null;
  const rows: RowItem[] = [];
  const seen = new Set<string>();
  let end = start + 1;
  for (; end < items.length; end++) {
    const key = stageOf(items[end], head.tableIndex);
    if (!key || seen.has(key)) break;
    seen.add(key);
    rows.push(items[end] as RowItem);
  }
  const amounts = ['initial_wan', 'adjusted_wan', 'executed_wan'].filter((k) => seen.has(k)).length;
  if (rows.length < 3 || amounts < 2) return null;
  return { head, rows, end };
}

function turn(head: RowItem, rows: RowItem[]): Item[] {
  const cell = (text: string, k: number): GridCell => ({ text, start: k, span: 1, merged: false });
  const sources = [...cellsByColumn(head)].filter(([col]) => col > 0);
  const captions = rows.map((r) => r.cells[0]!.text.trim());
  const out: Item[] = [{ type: 'row', cells: [cell('项目资金', 0), ...captions.map((t, k) => cell(t, k + 1))], line: head.line, tableIndex: head.tableIndex }];
  sources.forEach(([col, text], s) => {
    // The total's column is the block's 年度资金总额 row; the parts keep their own captions (其中：财政拨款).
    const label = s === 0 ? '年度资金总额' : text;
    const values = rows.map((r) => cellsByColumn(r).get(col) ?? '');
    out.push({ type: 'row', cells: [cell(label, 0), ...values.map((t, k) => cell(t, k + 1))], line: rows[0]!.line, tableIndex: head.tableIndex });
  });
  return out;
}
