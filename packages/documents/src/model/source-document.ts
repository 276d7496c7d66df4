/**
 * What every reader (text layouts, .docx, .xlsx, .pdf) turns a file into, and what the
 * form builder reads: document-ordered blocks of running text and tables.
 *
 * Readers keep what the file says about merges: a .docx/.xlsx reader knows spans and
 * vertical merges exactly; a text layout does not (a horizontal merge shows up as a row
 * with fewer cells, a vertical merge as an empty cell), and the builder copes with both.
 */
export interface SourceCell {
  text: string;
  /** Columns this cell covers (docx gridSpan, xlsx merge width). Unknown (1) in text layouts. */
  colSpan?: number;
  /** Rows this cell covers, on the cell where the merge starts. */
  rowSpan?: number;
  /**
   * True on a cell that continues a vertical merge from the row above (docx vMerge continue).
   * All binary readers (.docx/.xlsx/.pdf) use one convention: the merge's top-left cell holds
   * the text with colSpan/rowSpan; each row below has one `{text:'', mergedFromAbove:true}`
   * cell at the merge's first column (with the merge's colSpan); cells covered to the right
   * of a span are omitted, so the colSpans of a row always add up to the grid width.
   */
  mergedFromAbove?: boolean;
  /** Bold or header styling, when the source shows it (markdown `<b>`, docx w:b, th). */
  bold?: boolean;
}

export interface SourceRow {
  cells: SourceCell[];
  /** 1-based line (text), row (xlsx) or paragraph index the row came from, for warnings. */
  line?: number;
  /** Only merged level cells printed centred over their rows, between two of them: no caption over the rows below. */
  centredLevels?: boolean;
  /** The first row a converter printed on a new page of a table going on over it. */
  pageStart?: boolean;
}

export type SourceBlock =
  | { kind: 'text'; text: string; line?: number; heading?: number }
  | { kind: 'table'; rows: SourceRow[] };

export type SourceFormat = 'text-lines' | 'tsv' | 'markdown' | 'html' | 'pipe' | 'docx' | 'xlsx' | 'pdf' | 'doc' | 'xls' | 'odt' | 'ods' | 'rtf';

export interface SourceDocument {
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Problems met while reading (a sheet skipped, an image ignored), for the import warnings. */
  notes: string[];
}
