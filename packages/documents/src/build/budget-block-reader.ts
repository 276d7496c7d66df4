import { parseAmount } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import type { BudgetKey, FormSink } from './form-sink';
import { budgetKeyOf, budgetPairsOf, budgetRowShift } from './budget-captions';
import { normalizeLabel } from './normalize-label';

// 得分（10分）/ 得分(10): a score caption carrying the block's weight.
const SCORE_WITH_WEIGHT = /^(?:得分|自评得分)[（(](\d+(?:\.\d+)?)分?[）)]$/;

/**
 * A self-evaluation's budget block (预算执行情况) in the header area: captions over a 总额 row
 * (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), or one row of caption：value cells, or
 * captions each followed by its value. It fills the form's budget once.
 */
export class BudgetBlockReader {
  private budgetCols: Map<number, BudgetKey> | null = null;
  private budgetDone = false;
  /** The budget block came as caption：value cells, which may wrap onto the next row. */
  private budgetFromPairs = false;
  /** 得分（10分）: the budget block's weight written in its score caption. */
  private budgetCaptionWeight: string | null = null;

  constructor(private readonly sink: FormSink) {}

  /** The captions are read and their amounts not yet. */
  get expectsRow(): boolean {
    return this.budgetCols != null && !this.budgetDone;
  }

  /** Forgets the captions above: an indicator table came in between. */
  reset(): void {
    this.budgetCols = null;
  }

  /** A row of amounts under the block's captions (the 总额 row and its 其中 rows). */
  readAmounts(filled: GridCell[], at: (col: number) => string | null): boolean {
    const cols = this.budgetCols;
    if (!cols) return false;
    const numbers = [...cols.keys()].filter((col) => parseAmount(at(col)) != null).length;
    const blanks = [...cols.keys()].filter((col) => { const v = at(col); return v != null && /^[\s\u3000/／-]*$/.test(v); }).length;
    if (numbers < 1 || numbers + blanks < 2) {
      this.budgetCols = null;
      return false;
    }
    // The row's label is the last text before the amounts: the block's caption (项目资金（万元）)
    // printed centred on its rows may share the 总额 row, left of the label.
    const firstCol = Math.min(...cols.keys());
    const labelCell = [...filled].reverse().find((c) => c.start < firstCol && parseAmount(c.text) == null) ?? filled[0]!;
    const label = normalizeLabel(labelCell.text);
    // With no row label at all (the block's caption merged down on the left), the first
    // row of amounts right under the captions is the total.
    const unlabelled = cols.has(filled[0]!.start);
    // The same with the caption's cell left out of the copy (one cell a line): the row of figures
    // starts under the caption, one figure for each of the captions, in their order.
    const ordered = !unlabelled && filled.length === cols.size && parseAmount(filled[0]!.text) != null && filled[0]!.start < firstCol;
    if (!this.budgetDone && (unlabelled || ordered || /总额|合计|小计|总计|^资金总额/.test(label))) {
      const shift = unlabelled || ordered ? 0 : budgetRowShift(cols, labelCell.start, at);
      const values: Partial<Record<BudgetKey, string | null>> = {};
      if (ordered) [...cols.entries()].sort((a, b) => a[0] - b[0]).forEach(([, key], i) => { values[key] = filled[i]!.text; });
      else for (const [col, key] of cols) values[key] = at(col + shift);
      if (values.weight == null && this.budgetCaptionWeight != null) values.weight = this.budgetCaptionWeight;
      this.sink.setBudget(values);
      this.budgetDone = true;
    }
    return true;
  }

  /**
   * 年初预算数：100 | 全年预算数：120 | 全年执行数：110 | 执行率：92% … (or 全年预算数 | 312.00 | …): the
   * budget block written as one row of captions with their values instead of captions over a 总额 row.
   */
  readPairs(filled: GridCell[]): boolean {
    if (!('budget' in this.sink.form)) return false;
    if (this.budgetDone) {
      // 分值：10 | 得分：9.6 on the row after the amounts: the same block wrapped onto a second row.
      const more = this.budgetFromPairs ? budgetPairsOf(filled, true) : null;
      this.budgetFromPairs = false;
      return more != null && this.sink.completeBudget(more);
    }
    const values = budgetPairsOf(filled, false);
    if (!values) return false;
    this.sink.setBudget(values);
    this.budgetDone = true;
    this.budgetFromPairs = true;
    return true;
  }

  /** A row of the block's captions (年初预算数 | 全年预算数 | 执行数 …): the amounts come in the rows below. */
  readCaptions(cells: GridCell[]): boolean {
    if (!('budget' in this.sink.form)) return false;
    const cols = new Map<number, BudgetKey>();
    let weight: string | null = null;
    for (const c of cells) {
      const scored = SCORE_WITH_WEIGHT.exec(c.text.replace(/[\s\u3000]+/g, ''));
      if (scored) weight = scored[1]!;
      const key = budgetKeyOf(scored ? '得分' : c.text);
      if (key && ![...cols.values()].includes(key)) cols.set(c.start, key);
    }
    if (cols.size < 3) return false;
    this.budgetCols = cols;
    this.budgetCaptionWeight = weight;
    return true;
  }
}
