// Minimal typings for the parts of pdfkit and fontkit the export uses (neither ships types).
declare module 'pdfkit' {
  interface PDFDocumentOptions {
    size?: string | [number, number];
    layout?: 'portrait' | 'landscape';
    margin?: number;
    margins?: { top: number; bottom: number; left: number; right: number };
    autoFirstPage?: boolean;
    bufferPages?: boolean;
    compress?: boolean;
    info?: Record<string, string | Date>;
    font?: string | null;
  }
  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    page: { width: number; height: number };
    /** The text cursor's vertical position after the last text call. */
    y: number;
    registerFont(name: string, src: string | Uint8Array, family?: string): this;
    font(name: string, size?: number): this;
    fontSize(size: number): this;
    widthOfString(text: string): number;
    heightOfString(text: string, options?: Record<string, unknown>): number;
    currentLineHeight(includeGap?: boolean): number;
    text(text: string, x?: number, y?: number, options?: Record<string, unknown>): this;
    rect(x: number, y: number, w: number, h: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(w: number): this;
    save(): this;
    restore(): this;
    rotate(angle: number, options?: { origin?: [number, number] }): this;
    transform(a: number, b: number, c: number, d: number, e: number, f: number): this;
    circle(x: number, y: number, radius: number): this;
    /** Draws a PNG or JPEG given as bytes (a scanned page's picture in the corpus builder). */
    image(src: Uint8Array, x?: number, y?: number, options?: { width?: number; height?: number }): this;
    /** Writes raw content-stream operators (e.g. `3 Tr`, invisible text). */
    addContent(data: string): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(index: number): this;
    strokeColor(color: string): this;
    fillColor(color: string): this;
    stroke(): this;
    fill(color?: string): this;
    addPage(options?: PDFDocumentOptions): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }
  export default PDFDocument;
}

declare module 'fontkit' {
  export interface PathCommand {
    command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
    args: number[];
  }
  export interface Glyph {
    advanceWidth: number;
    path: { commands: PathCommand[] };
  }
  export interface Font {
    type: string;
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): { glyphs: Glyph[]; positions: Array<{ xAdvance: number; xOffset: number; yOffset: number }> };
  }
  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
