import { parseAmount } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import type { FormSink } from './form-sink';
import { isBlank, normalizeLabel } from './normalize-label';
import { taskColumnOf } from './task-columns';

// A column caption saying "the total" under an amount label: 部门预算总额 | 合计 | 财政拨款 …, 年度预算 | 金额（万元） | 265.00
export const TOTAL_CAPTION = /^(合计|总计|小计|总额|金额合计|金额)$/;

/**
 * A form's 年度主要任务 block in the header area: its captions (任务名称 | 主要内容 | 预算金额) over one
 * row per task, or the same sub-table nested in one cell. It fills the form's task list.
 */
export class TaskBlockReader {
  private taskCols: { name: number; content: number; budget: number } | null = null;

  constructor(private readonly sink: FormSink) {}

  /** Forgets the captions above: an indicator table came in between. */
  reset(): void {
    this.taskCols = null;
  }

  /** A task row under the block's captions; a row that is none ends the block. */
  readRow(cells: GridCell[], filled: GridCell[], at: (col: number) => string | null): boolean {
    if (!this.taskCols) return false;
    const shifted = this.shiftedTaskRow(cells);
    if (shifted) {
      const { name, content, budget } = shifted;
      if (!matchLabel(name, this.sink.kind) && parseAmount(name) == null && !TOTAL_CAPTION.test(normalizeLabel(name))) {
        this.sink.pushTask(name, content, budget);
        return true;
      }
    }
    const name = at(this.taskCols.name);
    // 预算金额 over 总额 | 财政拨款 | 其他资金: the task's budget is the 总额 column.
    const total = filled.find((c) => TOTAL_CAPTION.test(normalizeLabel(c.text)));
    if ((name == null || isBlank(name)) && total && filled.every((c) => c.text.length <= 12 && parseAmount(c.text) == null)) {
      this.taskCols = { ...this.taskCols, budget: total.start };
      return true;
    }
    // A label anywhere in the row (部门预算总额 | 合计 …) starts the next part of the form.
    // A caption left of the task columns (预算情况 shifted up a row by a converter, or the block's own 年度主要任务 centred on its rows) names no field here.
    const labelled = filled.some((c) => {
      if (c.start === this.taskCols!.name) return false;
      const m = matchLabel(c.text, this.sink.kind);
      return m != null && !((m.key === 'caption' || m.key === 'tasks') && m.value == null && c.start < this.taskCols!.name);
    });
    if (name && !isBlank(name) && !labelled && !matchLabel(name, this.sink.kind) && parseAmount(name) == null && !TOTAL_CAPTION.test(normalizeLabel(name))) {
      this.sink.pushTask(name, at(this.taskCols.content), this.taskCols.budget >= 0 ? at(this.taskCols.budget) : null);
      return true;
    }
    // A 小计 row between groups of tasks sums the tasks above: no task, and the tasks go on below it.
    if (name && !labelled && /^小计$/.test(normalizeLabel(name))) return true;
    if (!labelled && this.continuesTask(filled, name)) return true;
    this.taskCols = null;
    return false;
  }

  /**
   * 困难群众救助 | 城乡低保：… | 3,280.00 over (merged) | 特困供养：… | (merged): a task whose items take a row each,
   * its name and budget merged down them or left blank below the first. A row with text under 主要内容 alone
   * (nothing under the name, the budget or anything right of it) goes on with the task above.
   */
  private continuesTask(filled: GridCell[], name: string | null): boolean {
    const cols = this.taskCols!;
    if ((name != null && !isBlank(name)) || cols.content < 0) return false;
    const row = filled.filter((c) => c.start >= cols.name);
    if (row.length !== 1) return false;
    const cell = row[0]!;
    if (cell.start > cols.content || cell.start + cell.span <= cols.content || (cols.budget >= 0 && cell.start + cell.span > cols.budget)) return false;
    if (parseAmount(cell.text) != null || matchLabel(cell.text, this.sink.kind)) return false;
    return this.sink.continueLastTask(cell.text);
  }

  /**
   * A browser's copy leaves out the 年度主要任务 label's rowspan cell: each task row arrives one cell
   * short, its cells shifted left under the captions. A row exactly as wide as the task columns that
   * ends before the last of them is that task, its cells in the captions' order.
   */
  private shiftedTaskRow(cells: GridCell[]): { name: string; content: string | null; budget: string | null } | null {
    const cols = this.taskCols!;
    const order = (['name', 'content', 'budget'] as const).filter((k) => cols[k] >= 0).sort((a, b) => cols[a] - cols[b]);
    const last = Math.max(...order.map((k) => cols[k]));
    if (cells.length !== order.length || cells[0]!.start >= cols[order[0]!] || cells.some((c) => c.start + c.span > last)) return null;
    if (cells.some((c) => isBlank(c.text) || c.span !== 1)) return null;
    const text = (k: 'name' | 'content' | 'budget') => (order.includes(k) ? cells[order.indexOf(k)]!.text : null);
    return { name: text('name')!, content: text('content'), budget: text('budget') };
  }

  /** The block's captions row: the task rows follow under it. */
  readHeader(cells: GridCell[]): boolean {
    if (!('tasks' in this.sink.form)) return false;
    let name = -1;
    let content = -1;
    let budget = -1;
    for (const c of cells) {
      const column = taskColumnOf(c.text);
      if (column === 'name') name = c.start;
      else if (column === 'content') content = c.start;
      else if (column === 'budget') budget = c.start;
    }
    if (name < 0 || (content < 0 && budget < 0)) return false;
    this.taskCols = { name, content, budget };
    return true;
  }

  /** The rows of a task table nested in one cell (its rows as lines, cells set apart by tabs). */
  readNested(text: string): boolean {
    const rows = text.split('\n').filter((l) => l.trim() !== '').map((l) => l.split('\t').map((t, k): GridCell => ({ text: t, start: k, span: 1, merged: false })));
    if (rows.length < 2 || !this.readHeader(rows[0]!)) return false;
    const cols = this.taskCols!;
    this.taskCols = null;
    for (const row of rows.slice(1)) {
      const at = (col: number) => (col >= 0 ? row[col]?.text ?? null : null);
      const name = at(cols.name);
      if (name == null || isBlank(name) || TOTAL_CAPTION.test(normalizeLabel(name))) continue;
      this.sink.pushTask(name, at(cols.content), at(cols.budget));
    }
    return true;
  }
}
