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

/** A limit or format problem found deep in a reader; read-source turns it into a ReadIssue. */
export class ReadFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} 字节`;
}
