import { parseAmount, trimText } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';
import type { FormSink } from './form-sink';
import { isBlank } from './normalize-label';

// A paragraph's text ends at a full stop (or a list item at its semicolon); a long line ending otherwise was cut
// where the line ended. Names and codes end in no stop, so only the paragraph fields go on.
const isCutOff = (text: string): boolean => trimText(text).length >= 20 && !/[。；;！!？?]$/.test(trimText(text));
export const PARAGRAPH_FIELDS: ReadonlySet<FieldKey> = new Set(['goal', 'goal_period', 'overview', 'basis', 'goal_outcome', 'conclusion', 'problems', 'improvements'] as FieldKey[]);

// The number opening a paragraph of a list: 2. / 2、 / （二） / 二、 / 二是.
const PARAGRAPH_ITEM = /^(?:[0-9０-９]{1,2}\s*[.、．）)]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?:、|是))/;

/**
 * The rows under a paragraph field read beside its label that go on with it: the rest of a line cut at the
 * export's width, or the field's next paragraphs a row each under the label's merge.
 */
export class TextContinuations {
  private openText: { key: FieldKey; start: number } | null = null;
  private paragraphRows: { key: FieldKey; start: number; label: number } | null = null;

  constructor(private readonly sink: FormSink) {}

  reset(): void {
    this.openText = null;
    this.paragraphRows = null;
  }

  /** A paragraph field's text was just read from the value cell at `start`, its label at `label`, ending the row. */
  opened(key: FieldKey, label: number, start: number, text: string): void {
    if (!PARAGRAPH_FIELDS.has(key)) return;
    if (isCutOff(text)) this.openText = { key, start };
    this.paragraphRows = { key, start, label };
  }

  /** Whether the row goes on with the text above (and was added to it). */
  continues(cells: GridCell[], filled: GridCell[]): boolean {
    return this.continuesText(filled) || this.continuesParagraphs(cells, filled);
  }

  /**
   * 项目概况 | …每处占地400至 ⏎ (empty) | 3000平方米，…: a text export that wraps a long paragraph at a fixed width
   * puts the rest on lines of their own under the value's column. A line alone in that column, right under a
   * text left open mid-sentence, goes on in that text.
   */
  private continuesText(filled: GridCell[]): boolean {
    const open = this.openText;
    this.openText = null;
    if (!open || !this.aloneAt(filled, open.start)) return false;
    this.sink.append(open.key, filled[0]!.text);
    if (!/[。；;！!？?]$/.test(trimText(filled[0]!.text))) this.openText = open;
    return true;
  }

  /**
   * 年度履职目标 (merged down) | 一是…； over (merged) | 二是…； over (merged) | 三是…。: the field's paragraphs
   * a row each under one label. A row of one text cell in the value's column goes on with the field when the
   * label's merge covers it, or when the label cell is blank and the text opens with an item number (2. / 二是 /
   * （二）), as a copy that drops merges leaves it.
   */
  private continuesParagraphs(cells: GridCell[], filled: GridCell[]): boolean {
    const open = this.paragraphRows;
    this.paragraphRows = null;
    if (!open || !this.aloneAt(filled, open.start)) return false;
    const text = trimText(filled[0]!.text);
    const label = cells.find((c) => c.start === open.label);
    if (!label || !isBlank(label.text) || !(label.merged || PARAGRAPH_ITEM.test(text))) return false;
    this.sink.append(open.key, text, '\n');
    this.paragraphRows = open;
    return true;
  }

  private aloneAt(filled: GridCell[], start: number): boolean {
    if (filled.length !== 1 || filled[0]!.start !== start) return false;
    const text = filled[0]!.text;
    return !matchLabel(text, this.sink.kind) && parseAmount(text) == null;
  }
}
