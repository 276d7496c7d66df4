import type { FormKind } from '@jixiao/core';
import { trimText } from '@jixiao/core';
import type { GridCell, Item } from './flatten-source';
import { readHeaderRow } from './header-map';
import { matchLabel } from './field-labels';
import { yearOf } from './normalize-label';
import { formHeadingKind } from './form-titles';

export interface Segment {
  kind: FormKind | null;
  title: string | null;
  line: number | null;
  /** The year of the nearest heading before the form. */
  contextYear: number | null;
  items: Item[];
  /** Opened by the title of a table that is no performance form. */
  other?: boolean;
  /** Opened by a page heading inside a volume (see segmentForms): to the form after it, what a document's top is. */
  opening?: boolean;
}

/**
 * Cuts the document's items into one run per form title. A whole volume (部门预算公开, 80–200 forms
 * in one file) also opens some forms with a page heading that is no table title (a 自评报告's title,
 * a 公示 notice's heading, a form generator's 2026年项目支出绩效目标申报): after a form's indicator
 * rows such a heading, with its year, starts a fresh run as the top of a document does, so the
 * form under it is not read with the kind and year of the form before.
 */
export function segmentForms(items: Item[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { kind: null, title: null, line: null, contextYear: null, items: [] };
  let year: number | null = null;
  let lastHeader: string | null = null;
  // The grid table of a statement opened by its header row alone (no title): what follows it is no longer the statement.
  let statementTable: number | null = null;
  for (const [index, item] of items.entries()) {
    if (statementTable != null && (item.type === 'text' || (item.type === 'row' && item.tableIndex !== statementTable))) {
      segments.push(current);
      current = { kind: null, title: null, line: null, contextYear: year, items: [] };
    }
    if (item.type !== 'row' || item.tableIndex !== statementTable) statementTable = null;
    if (item.type === 'title') {
      // The form's own title printed again at the top of the next page (a PDF page header),
      // over the same indicator header: the table goes on, no new form starts.
      if (current.title != null && sameTitle(item.text, current.title) && lastHeader != null && headerAfter(items, index) === lastHeader) continue;
      // The same with no header printed again: the page's rows go on under the header above.
      if (current.title != null && item.kind != null && sameTitle(item.text, current.title) && lastHeader != null && rowsGoOnAfter(items, index, item.kind)) continue;
      lastHeader = null;
      segments.push(current);
      current = { kind: item.kind, title: item.text, line: item.line, contextYear: year, items: [] };
      year = yearOf(item.text) ?? year;
      continue;
    }
    if (item.type === 'other-title') {
      // Another statement's table follows: nothing until the next form title belongs to a form.
      segments.push(current);
      current = { kind: null, title: item.text, line: item.line, contextYear: year, items: [], other: true };
      if (item.headerTable != null) statementTable = item.headerTable;
      else year = yearOf(item.text) ?? year;
      continue;
    }
    if (item.type === 'text' && lastHeader != null && opensForm(item.text)) {
      lastHeader = null;
      segments.push(current);
      year = yearOf(item.text) ?? year;
      current = { kind: null, title: null, line: null, contextYear: year, items: [item], opening: true };
      continue;
    }
    current.items.push(item);
    if (item.type === 'row' && readHeaderRow(item.cells)) lastHeader = headerKey(item.cells);
    if (item.type === 'text' && isHeadingLike(item.text)) year = yearOf(item.text) ?? year;
  }
  segments.push(current);
  return segments;
}

function headerKey(cells: GridCell[]): string {
  return cells.map((c) => c.text.replace(/[\s\u3000]/g, '')).filter((t) => t !== '').join('|');
}

// 某某表 and 某某表（续表）/（续）are the same form's title.
function sameTitle(a: string, b: string): boolean {
  const plain = (t: string) => t.replace(/[\s\u3000]/g, '').replace(/[（(]续表?[）)]$|续表$/, '');
  return plain(a) === plain(b);
}

/** The indicator header right after a title (short lines between, like page numbers, skipped), if any. */
function headerAfter(items: Item[], index: number): string | null {
  for (let i = index + 1; i < items.length && i <= index + 4; i++) {
    const it = items[i]!;
    if (it.type === 'text' && it.text.length <= 20) continue;
    if (it.type !== 'row') return null;
    return readHeaderRow(it.cells) ? headerKey(it.cells) : null;
  }
  return null;
}

/** Indicator rows right after a repeated title (short lines between skipped): no header, no label of the form's fields. */
function rowsGoOnAfter(items: Item[], index: number, kind: FormKind): boolean {
  for (let i = index + 1; i < items.length && i <= index + 4; i++) {
    const it = items[i]!;
    if (it.type === 'text' && it.text.length <= 20) continue;
    if (it.type !== 'row' || readHeaderRow(it.cells)) return false;
    const filled = it.cells.filter((c) => c.text.trim() !== '');
    return filled.length >= 3 && !filled.some((c) => c.text.length <= 40 && matchLabel(trimText(c.text), kind) != null);
  }
  return false;
}

// A title-like line: short, no sentence punctuation. Body text mentioning a year is not one.
export function isHeadingLike(text: string): boolean {
  return text.length <= 40 && !/[，。；,;]/.test(text);
}

/** A page heading that names a form's kind and year without being its table's title (see segmentForms). */
function opensForm(text: string): boolean {
  return isHeadingLike(text) && yearOf(text) != null && formHeadingKind(text) != null;
}
