// word-extractor ships no types; the reader subclasses its Word 97–2003 extractor (read-doc.ts).
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export default class WordOleExtractor {
    protected _pieces: unknown[];
    protected _boundaries: Record<string, number | undefined>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    documentStream(document: unknown, name: string): Promise<Buffer>;
    streamBuffer(stream: Buffer): Promise<Buffer>;
    writeBookmarks(buffer: Buffer, table: Buffer): void;
    writePieces(buffer: Buffer, table: Buffer): void;
    writeCharacterProperties(buffer: Buffer, table: Buffer): void;
    writeParagraphProperties(buffer: Buffer, table: Buffer): void;
    normalizeHeaders(buffer: Buffer, table: Buffer): void;
    buildDocument(): unknown;
  }
}
