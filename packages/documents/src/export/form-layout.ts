/**
 * A printed form as a grid, independent of the output format: the xlsx, docx and pdf
 * writers all draw the same layout, so the three files carry the same cells, merges and
 * header rows, and a fix to a layout shows up in every format.
 */
export interface LayoutCell {
  /** 0-based first grid column. */
  col: number;
  text: string;
  colSpan: number;
  rowSpan: number;
  bold: boolean;
  align: 'left' | 'center';
  /** The figure behind `text`, for writers that keep numbers as numbers (xlsx): absent for text. */
  figure?: Figure;
}

/** A number with the spreadsheet number format that shows it as `text` shows it. */
export interface Figure {
  value: number;
  numFmt: string;
}

/** What a cell holds: plain text, or a figure with its printed text. */
export type CellContent = string | { text: string; figure?: Figure };

export interface LayoutRow {
  cells: LayoutCell[];
  /** Column header of the indicator table: repeated at the top of every printed page. */
  header: boolean;
}

export interface FormLayout {
  /** Official table name, printed above the table. */
  title: string;
  /** Lines printed under the title: year, 编制单位, 单位：万元. */
  subtitle: string[];
  /** Relative column widths, in characters of body text. */
  columns: number[];
  rows: LayoutRow[];
  /** Sheet name stem (before uniqueness and length rules). */
  name: string;
}

export function cell(col: number, content: CellContent, options: Partial<Omit<LayoutCell, 'col' | 'text' | 'figure'>> = {}): LayoutCell {
  const base = { col, text: typeof content === 'string' ? content : content.text, colSpan: options.colSpan ?? 1, rowSpan: options.rowSpan ?? 1, bold: options.bold ?? false, align: options.align ?? 'left' } as const;
  return typeof content !== 'string' && content.figure ? { ...base, figure: content.figure } : base;
}

/** Splits `width` grid columns over `count` cells as evenly as possible, wider cells last. */
export function spread(width: number, count: number): number[] {
  const base = Math.floor(width / count);
  const extra = width - base * count;
  return Array.from({ length: count }, (_, i) => base + (i >= count - extra ? 1 : 0));
}

/**
 * One row of label/value pairs across the whole width: labels bold and centered, values
 * left-aligned and given the spare columns, so long values get the room.
 */
export function pairRow(width: number, pairs: Array<[string, CellContent]>, labelSpan = 1): LayoutRow {
  const labels = pairs.length * labelSpan;
  const valueSpans = spread(Math.max(width - labels, pairs.length), pairs.length);
  const cells: LayoutCell[] = [];
  let col = 0;
  pairs.forEach(([label, value], i) => {
    cells.push(cell(col, label, { colSpan: labelSpan, bold: true, align: 'center' }));
    col += labelSpan;
    const span = valueSpans[i] ?? 1;
    cells.push(cell(col, value, { colSpan: span }));
    col += span;
  });
  return { cells, header: false };
}

/** A row with one cell per entry of `spans`, all of the same style. */
export function spannedRow(texts: CellContent[], spans: number[], options: { bold?: boolean; align?: 'left' | 'center'; header?: boolean } = {}): LayoutRow {
  let col = 0;
  const cells = texts.map((text, i) => {
    const span = spans[i] ?? 1;
    const c = cell(col, text, { colSpan: span, bold: options.bold ?? false, align: options.align ?? 'left' });
    col += span;
    return c;
  });
  return { cells, header: options.header ?? false };
}

/** Money and other figures as printed: no trailing zeros, no thousands separators. */
export function formatNumber(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1e6) / 1e6);
}

export function formatPercent(value: number | null | undefined): string {
  const text = formatNumber(value);
  return text === '' ? '' : `${text}%`;
}

/** Decimal places `value` is written with (after the 6-place rounding formatNumber applies). */
function decimalsOf(value: number): number {
  const text = formatNumber(value);
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : text.length - dot - 1;
}

const fixedFormat = (decimals: number) => (decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`);

function figureOf(value: number | null | undefined, text: string, numFmt: (v: number) => string, scale = 1): CellContent {
  if (value == null || !Number.isFinite(value)) return text;
  return { text, figure: { value: Math.round(value * scale * 1e8) / 1e8, numFmt: numFmt(value) } };
}

/**
 * 万元 amounts and scores: two decimals as accounts print them (in every format, so the files agree), more only
 * where the figure has them (a format that rounded 12.3456 万元 to 12.35 would hide yuan the unit wrote down).
 */
export function moneyOrScore(value: number | null | undefined): CellContent {
  const decimals = value == null || !Number.isFinite(value) ? 2 : Math.max(2, decimalsOf(value));
  return figureOf(value, value == null || !Number.isFinite(value) ? '' : value.toFixed(decimals), () => fixedFormat(decimals));
}

/** Counts, targets, weights and other quantities: shown as written. */
export function quantity(value: number | null | undefined): CellContent {
  return figureOf(value, formatNumber(value), () => 'General');
}

/** A percentage held as its number of percent (95.5 = 95.5%): a spreadsheet percentage, as many decimals as written. */
export function percent(value: number | null | undefined): CellContent {
  return figureOf(value, formatPercent(value), (v) => `${fixedFormat(decimalsOf(v))}%`, 0.01);
}

/**
 * A text cell that holds one plain number (a 指标值 of "39.34", a 完成值 of "120") as that number; any other
 * text (≥95%, 按时完成, 007) stays text, so nothing is read differently from what was written.
 */
export function textOrQuantity(text: string): CellContent {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return text;
  const value = Number(trimmed);
  return formatNumber(value) === trimmed ? quantity(value) : text;
}

export function orEmpty(text: string | null | undefined): string {
  return text ?? '';
}

/** Grid width actually used by the rows (the widest row), for checks and writers. */
export function layoutWidth(layout: FormLayout): number {
  return layout.columns.length;
}

/**
 * For each grid row, which columns are covered by a cell starting in an earlier row
 * (vertical merges): writers need them to emit continuation cells or skip drawing.
 */
export function coveredFromAbove(layout: FormLayout): Array<Map<number, LayoutCell>> {
  const covered: Array<Map<number, LayoutCell>> = layout.rows.map(() => new Map());
  layout.rows.forEach((row, r) => {
    for (const c of row.cells) {
      for (let k = 1; k < c.rowSpan; k++) {
        const target = covered[r + k];
        for (let k2 = 0; k2 < c.colSpan; k2++) target?.set(c.col + k2, c);
      }
    }
  });
  return covered;
}

/**
 * The unit as printed: a numeric unit code goes in front of the name ("318002 抚宁区财政局机关"),
 * the way budget systems print it; any other code needs a 单位编码 row of its own.
 */
export function orgText(form: { org: string | null; org_code: string | null }): { text: string; separateCode: string | null } {
  const org = form.org ?? '';
  if (form.org_code && /^\d{3,12}$/.test(form.org_code) && org !== '') return { text: `${form.org_code} ${org}`, separateCode: null };
  return { text: org, separateCode: form.org_code };
}
