/**
 * Bounds every reader enforces, so a hostile or broken upload is refused quickly with a
 * message instead of exhausting memory or the stack. Real 绩效 documents are far below all
 * of them: the largest seen are a few MB of .docx and a few thousand table rows.
 */
export interface ReadLimits {
  /** Largest .docx/.xlsx/.pdf accepted, in bytes. */
  maxBinaryBytes: number;
  /** Largest plain text / HTML accepted, in bytes (text layouts are read in memory). */
  maxTextBytes: number;
  /** Entries in a zip's central directory. */
  maxZipEntries: number;
  /** Uncompressed size of one zip entry we read. */
  maxEntryBytes: number;
  /** Sum of uncompressed sizes of all entries we read. */
  maxTotalBytes: number;
  /** Element nesting in any XML part. */
  maxXmlDepth: number;
  /** Elements in one XML part read as a tree (document.xml). */
  maxXmlNodes: number;
  /** Strings in an xlsx shared-strings table, and their total characters. */
  maxSharedStrings: number;
  maxSharedStringChars: number;
  /** Cells read over all sheets, and rows / columns of one sheet. */
  maxCells: number;
  maxRows: number;
  maxColumns: number;
  /** Pages of a PDF read. */
  maxPdfPages: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBinaryBytes: 50 * 1024 * 1024,
  maxTextBytes: 16 * 1024 * 1024,
  maxZipEntries: 5000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxXmlDepth: 256,
  maxXmlNodes: 2_000_000,
  maxSharedStrings: 500_000,
  maxSharedStringChars: 32 * 1024 * 1024,
  maxCells: 2_000_000,
  maxRows: 100_000,
  maxColumns: 1000,
  maxPdfPages: 2000,
};

/**
 * What one document's reads have spent of its limits. A document holding workbooks (Excel objects pasted into
 * Word) reads each under the document's limits, not under fresh ones: N objects must not buy N times the cells.
 */
export interface ReadBudget {
  /** Cells read, against maxCells. */
  cells: number;
  /** Bytes inflated from zips, against maxTotalBytes. */
  inflatedBytes: number;
}

export function newReadBudget(): ReadBudget {
  return { cells: 0, inflatedBytes: 0 };
}

/** Failures that say the input is too large, not damaged: a reader stops on them, never reads past them. */
const LIMIT_CODES: ReadonlySet<string> = new Set([
  'too-large', 'too-large-uncompressed', 'too-many-entries', 'too-many-pages', 'too-many-cells', 'sheet-too-large', 'xml-too-large', 'xml-too-deep', 'zip-unsupported',
]);

export function isLimitFailure(error: unknown): error is ReadFailure {
  return error instanceof ReadFailure && LIMIT_CODES.has(error.code);
}

/** A limit or format problem found deep in a reader; read-source turns it into a ReadIssue. */
export class ReadFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The refusal of a document with more pages than limits.maxPdfPages (a PDF, or a PDF shown as a web page). */
export function tooManyPages(fileName: string, pages: number, limits: ReadLimits): ReadFailure {
  return new ReadFailure('too-many-pages', `PDF 文件“${fileName}”有 ${pages} 页，超过上限 ${limits.maxPdfPages} 页。请拆分后再导入。`);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} 字节`;
}
