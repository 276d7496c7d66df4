import type { SourceDocument } from '../model/source-document';
import type { DocRowProperties } from './doc-paragraphs';
import { type BodyChar, docBlocks } from './read-doc';
import { type ReadLimits, ReadFailure } from './read-limits';
import { RtfTokens } from './rtf-tokens';
import { symbolFontChar } from './symbol-font';

/**
 * What a group's text is: body text, the font table, nested-table properties, or a drawn shape, whose
 * properties are no text but whose text box (`\shptxt`) is read as body paragraphs where it is anchored.
 */
type Destination = 'body' | 'fonttbl' | 'nestprops' | 'shape';

interface GroupState {
  destination: Destination;
  /** Fallback characters after `\uN` to step over (`\ucN`). */
  uc: number;
  font: number;
  hidden: boolean;
  deleted: boolean;
  /** The paragraph is in a table (`\intbl`, `\itapN` with N ≥ 1); `\pard` ends it. */
  inTable: boolean;
}

/**
 * Groups whose content is no body text: tables of fonts, colours and styles, document properties,
 * pictures and objects, page headers and footers, footnotes and comments, field codes (their results
 * stay), list definitions, revision authors, and the stand-ins writers put after a nested table or a shape.
 */
const LEFT_OUT = new Set([
  'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'annotation', 'fldinst', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'listtable', 'listoverridetable',
  'revtbl', 'rsidtbl', 'generator', 'xmlnstbl', 'nonshppict', 'shprslt', 'shppict', 'nonesttables', 'pn', 'txe', 'xe', 'tc', 'tcn',
  'bkmkstart', 'bkmkend', 'pgdsctbl', 'docvar', 'userprops', 'template', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'filetbl', 'listpicture',
  'atnid', 'atnauthor', 'atndate', 'atnref', 'atrfstart', 'atrfend', 'protusertbl', 'mmathPr', 'blipuid', 'objdata', 'objclass', 'picprop',
]);

/** The marks no row properties go with, shared: a table's every paragraph and cell end has one. */
const MARKS = { cellParagraph: { kind: 'cell-paragraph' }, cell: { kind: 'cell' }, nestedCell: { kind: 'nested-cell' }, nestedRow: { kind: 'nested-row' } } as const;

/** Characters some control words stand for. */
const CHARACTER_WORDS: Record<string, string> = {
  tab: '\t', line: '\x0b', page: '\x0c', sect: '\r', emdash: '—', endash: '–', emspace: ' ', enspace: ' ', qmspace: ' ',
  bullet: '•', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', zwj: '', zwnj: '',
};

/** Windows code pages of the RTF font character sets (\fcharsetN); 2 is a symbol font, read by its own table. */
const CHARSET_CODEPAGE: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };
const MULTIBYTE = new Set([932, 936, 949, 950]);
const DECODER_LABEL: Record<number, string> = { 932: 'shift_jis', 936: 'gb18030', 949: 'euc-kr', 950: 'big5' };

/**
 * Reads an RTF document (Word's and WPS's 另存为 RTF, report engines' and mail clients' .rtf) into the
 * blocks the .doc reader builds: body paragraphs as text, tables as rows of cells with the spans their
 * cell boundaries give and the vertical merges their cell properties state. Deleted revisions and hidden
 * text are no text; headers, footers, pictures and field codes stay out of the body.
 */
export function readRtf(bytes: Uint8Array, fileName: string, limits: ReadLimits): SourceDocument {
  const fail = (detail: string) =>
    new ReadFailure('rtf-corrupt', `文件“${fileName}”是 RTF 文档，但其内容无法读取（${detail}）。请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
  // A byte-order mark or line end some writers put before the header is no text.
  const tooLong = () =>
    new ReadFailure(
      'too-large',
      `文件“${fileName}”是 RTF 文档，正文超过 ${Math.round(limits.maxTextBytes / 1024 / 1024)}M 个字符，超出可导入的规模。绩效文档通常远小于此，请检查是否选错了文件，或删除无关内容、拆分后再导入。`,
    );
  const reader = new RtfBody(bytes.subarray(Math.max(0, bytes.indexOf(0x7b))), limits, fail, tooLong);
  const body = reader.read();
  const blocks = docBlocks(body);
  if (blocks.length === 0) throw new ReadFailure('empty', `文件“${fileName}”是 RTF 文档，但其中没有任何文字内容，请检查是否选错了文件。`);
  const notes = blocks.some((b) => b.kind === 'table') ? [] : [`文件“${fileName}”中没有表格，只读取到正文段落。`];
  return { format: 'rtf', blocks, notes };
}

class RtfBody {
  private readonly tokens: RtfTokens;
  /** Marks one each, the text between them one run (docBlocks reads it; an object a character costs ~50 bytes each). */
  private readonly out: BodyChar[] = [];
  /** The run's pieces, joined when it ends (appending to one string would keep a 32-byte rope node a piece). */
  private run: string[] = [];
  /** Body characters emitted, against limits.maxTextBytes (what a .txt may hold, and the .doc reader's cap). */
  private chars = 0;
  private readonly stack: GroupState[] = [];
  private state: GroupState = { destination: 'body', uc: 1, font: 0, hidden: false, deleted: false, inTable: false };
  private defaultFont = 0;
  private documentCodepage = 1252;
  private readonly fonts = new Map<number, { charset?: number; codepage?: number; name: string }>();
  private fontDefining = -1;
  /** `\'hh` and plain bytes waiting to be decoded together (a GBK character is two of them). */
  private pending = new Uint8Array(256);
  private pendingLength = 0;
  private pendingCodepage = 1252;
  private skipFallback = 0;
  private row = newRow();
  private rows = 0;
  private cells = 0;
  private rowCells = 0;

  constructor(
    bytes: Uint8Array,
    private readonly limits: ReadLimits,
    private readonly fail: (detail: string) => ReadFailure,
    private readonly tooLong: () => ReadFailure,
  ) {
    this.tokens = new RtfTokens(bytes);
  }

  read(): BodyChar[] {
    let groupStart = false;
    let ignorable = false;
    for (;;) {
      const token = this.tokens.next();
      if (token.kind === 'end') break;
      if (token.kind === 'open' || token.kind === 'close') {
        this.flush();
        // A fallback after \uN never runs past its group.
        this.skipFallback = 0;
        if (token.kind === 'open') {
          if (this.stack.length >= this.limits.maxXmlDepth) throw this.fail(`分组嵌套超过 ${this.limits.maxXmlDepth} 层`);
          this.stack.push(this.state);
          this.state = { ...this.state };
          groupStart = true;
          ignorable = false;
        } else {
          // The document's last brace, or one too many: nothing after it is read.
          if (this.stack.length === 0) break;
          this.state = this.stack.pop()!;
          groupStart = false;
        }
        continue;
      }
      if (this.skipFallback > 0) {
        if (token.kind === 'text') {
          const n = Math.min(this.skipFallback, token.bytes.length);
          this.skipFallback -= n;
          if (n < token.bytes.length) this.text(token.bytes.subarray(n));
        } else this.skipFallback--;
        continue;
      }
      if (token.kind === 'symbol' && token.ch === '*' && groupStart) {
        ignorable = true;
        continue;
      }
      if (groupStart && token.kind === 'word') {
        groupStart = false;
        const destination = this.destination(token.name, ignorable);
        if (destination === 'skip') {
          if (this.stack.length > 0) this.state = this.stack.pop()!;
          if (!this.tokens.skipGroup()) break;
          continue;
        }
        if (destination) this.state.destination = destination;
      }
      groupStart = false;
      if (token.kind === 'word') this.word(token.name, token.param);
      else if (token.kind === 'symbol') this.symbol(token.ch);
      else if (token.kind === 'byte') this.byte(token.value);
      else if (token.kind === 'text') this.text(token.bytes);
    }
    this.flush();
    this.endRun();
    return this.out;
  }

  /** The destination a group's first control word opens: 'skip' for content that is no body text. */
  private destination(name: string, ignorable: boolean): Destination | 'skip' | undefined {
    if (name === 'fonttbl') return 'fonttbl';
    if (name === 'nesttableprops') return 'nestprops';
    if (name === 'shp' || name === 'shpinst' || name === 'shpgrp') return 'shape';
    if (name === 'shptxt') return 'body';
    if (LEFT_OUT.has(name) || (ignorable && name !== 'fldrslt' && name !== 'listtext' && name !== 'pntext')) return 'skip';
    return undefined;
  }

  private word(name: string, param: number | undefined): void {
    const s = this.state;
    if (s.destination === 'fonttbl') return this.fontWord(name, param);
    switch (name) {
      case 'ansicpg':
        if (param && param > 0) this.documentCodepage = param;
        return;
      case 'deff':
        this.defaultFont = param ?? 0;
        s.font = this.defaultFont;
        return;
      case 'uc':
        s.uc = Math.max(0, Math.min(param ?? 1, 10));
        return;
      case 'u':
        return this.unicode(param ?? 0);
      case 'f':
        this.flush();
        s.font = param ?? this.defaultFont;
        return;
      case 'plain':
        this.flush();
        s.font = this.defaultFont;
        s.hidden = false;
        s.deleted = false;
        return;
      case 'v':
        this.flush();
        s.hidden = param !== 0;
        return;
      case 'deleted':
        this.flush();
        s.deleted = param !== 0;
        return;
      case 'pard':
        s.inTable = false;
        return;
      case 'intbl':
        s.inTable = true;
        return;
      case 'itap':
        s.inTable = (param ?? 1) > 0;
        return;
    }
    if (this.tableWord(name, param)) return;
    if (name === 'par') return this.emit('\r', s.inTable ? MARKS.cellParagraph : undefined);
    const ch = CHARACTER_WORDS[name];
    if (ch !== undefined) this.emit(ch);
  }

  /** Row and cell definitions and the marks that end cells and rows; true when the word was one of them. */
  private tableWord(name: string, param: number | undefined): boolean {
    // A nested table's row properties are not the outer row's; only its row end counts.
    const nested = this.state.destination === 'nestprops';
    const row = this.row;
    switch (name) {
      case 'trowd':
        if (!nested) this.row = newRow();
        return true;
      case 'trleft':
        if (!nested && row.edges.length === 1) row.edges[0] = param ?? 0;
        return true;
      case 'clvmgf':
      case 'clvmrg':
        if (!nested) row.pendingVertical = name === 'clvmgf' ? 'restart' : 'continue';
        return true;
      case 'clmrg':
        if (!nested) row.pendingMerged = true;
        return true;
      case 'cellx':
        if (nested) return true;
        if (row.edges.length > this.limits.maxColumns) throw this.fail(`表格一行超过 ${this.limits.maxColumns} 个单元格`);
        row.edges.push(param ?? 0);
        row.vertical.push(row.pendingVertical);
        row.mergedIntoPrevious.push(row.pendingMerged && row.vertical.length > 1);
        row.pendingVertical = undefined;
        row.pendingMerged = false;
        return true;
      case 'cell':
        if (++this.cells > this.limits.maxCells) throw this.fail(`表格单元格超过 ${this.limits.maxCells} 个`);
        // A row's cells are bounded as its \cellx edges are, whatever \row it lacks.
        if (++this.rowCells > this.limits.maxColumns) throw this.fail(`表格一行超过 ${this.limits.maxColumns} 个单元格`);
        this.emit('\x07', MARKS.cell);
        return true;
      case 'row': {
        if (++this.rows > this.limits.maxRows) throw this.fail(`表格行数超过 ${this.limits.maxRows} 行`);
        this.rowCells = 0;
        const props: DocRowProperties = { edges: [...row.edges], vertical: [...row.vertical], mergedIntoPrevious: [...row.mergedIntoPrevious] };
        this.emit('\r', { kind: 'row', ...(row.edges.length > 1 ? { row: props } : {}) });
        return true;
      }
      case 'nestcell':
        this.emit('\x07', MARKS.nestedCell);
        return true;
      case 'nestrow':
        this.emit('\r', MARKS.nestedRow);
        return true;
    }
    return false;
  }

  private fontWord(name: string, param: number | undefined): void {
    if (name === 'f') {
      this.fontDefining = param ?? 0;
      this.fonts.set(this.fontDefining, { name: '' });
    } else if (name === 'fcharset' && this.fonts.has(this.fontDefining)) this.fonts.get(this.fontDefining)!.charset = param;
    else if (name === 'cpg' && this.fonts.has(this.fontDefining)) this.fonts.get(this.fontDefining)!.codepage = param;
  }

  private symbol(ch: string): void {
    if (this.state.destination === 'fonttbl') return;
    if (ch === '\\' || ch === '{' || ch === '}') this.emit(ch);
    else if (ch === '~') this.emit('\u00a0');
    else if (ch === '_') this.emit('-');
    // \- (optional hyphen), \: and \| (index and formula marks) show nothing.
  }

  private unicode(param: number): void {
    this.flush();
    // Parameters are signed 16-bit: characters above U+7FFF are written negative.
    this.emit(String.fromCharCode(param < 0 ? param + 0x10000 : param & 0xffff));
    this.skipFallback = this.state.uc;
  }

  private byte(value: number): void {
    if (this.state.destination === 'fonttbl') return;
    this.reserve(1)[this.pendingLength++] = value;
  }

  /** Room for n more bytes, decoded with those before them in the same code page (flushed when it changes). */
  private reserve(n: number): Uint8Array {
    const codepage = this.codepage();
    if (this.pendingLength > 0 && codepage !== this.pendingCodepage) this.flush();
    this.pendingCodepage = codepage;
    const need = this.pendingLength + n;
    if (need > this.pending.length) {
      const grown = new Uint8Array(Math.max(need, this.pending.length * 2));
      grown.set(this.pending.subarray(0, this.pendingLength));
      this.pending = grown;
    }
    return this.pending;
  }

  private text(bytes: Uint8Array): void {
    if (this.state.destination === 'fonttbl') {
      const font = this.fonts.get(this.fontDefining);
      // Only a symbol font's name is used: a few dozen characters, however long a hostile run is.
      if (font && font.name.length < 64) font.name += new TextDecoder('latin1').decode(bytes.subarray(0, 64)).replace(/;.*$/, '');
      return;
    }
    this.reserve(bytes.length).set(bytes, this.pendingLength);
    this.pendingLength += bytes.length;
  }

  /** The code page of the current font; a document saved with a Chinese code page reads its Western-font bytes in it too. */
  private codepage(): number {
    const font = this.fonts.get(this.state.font);
    if (font?.charset === 2) return -1;
    const own = font?.codepage ?? (font?.charset !== undefined ? CHARSET_CODEPAGE[font.charset] : undefined);
    if (own !== undefined && MULTIBYTE.has(own)) return own;
    if (MULTIBYTE.has(this.documentCodepage)) return this.documentCodepage;
    return own ?? this.documentCodepage;
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    const bytes = this.pending.subarray(0, this.pendingLength);
    this.pendingLength = 0;
    if (this.pendingCodepage === -1) {
      const name = this.fonts.get(this.state.font)?.name;
      let text = '';
      for (const b of bytes) text += symbolFontChar(name, b);
      this.emit(text);
    } else this.emit(decoder(this.pendingCodepage).decode(bytes));
    if (this.pending.length > 65536) this.pending = new Uint8Array(256);
  }

  /** Text (a character or a decoded run) or a mark. */
  private emit(text: string, mark?: BodyChar['mark']): void {
    if (this.pendingLength > 0) this.flush();
    const s = this.state;
    if (s.destination === 'fonttbl' || s.destination === 'shape') return;
    // Cell and row ends keep the table's shape even in deleted or hidden text; characters there are no text.
    if (!mark || mark.kind === 'cell-paragraph') {
      if (s.hidden || s.deleted) return;
    }
    this.chars += text.length;
    if (this.chars > this.limits.maxTextBytes) throw this.tooLong();
    if (mark) {
      this.endRun();
      this.out.push({ ch: text, mark });
    } else this.run.push(text);
  }

  private endRun(): void {
    if (this.run.length === 0) return;
    this.out.push({ ch: this.run.join('') });
    this.run = [];
  }
}

function newRow() {
  return {
    edges: [0],
    vertical: [] as DocRowProperties['vertical'],
    mergedIntoPrevious: [] as boolean[],
    pendingVertical: undefined as 'restart' | 'continue' | undefined,
    pendingMerged: false,
  };
}

const decoders = new Map<number, TextDecoder>();

function decoder(codepage: number): TextDecoder {
  let d = decoders.get(codepage);
  if (!d) {
    const label = DECODER_LABEL[codepage] ?? `windows-${codepage}`;
    try {
      d = new TextDecoder(label);
    } catch {
      d = new TextDecoder('windows-1252');
    }
    decoders.set(codepage, d);
  }
  return d;
}
