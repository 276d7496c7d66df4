import { encodeText } from './encode-text';
import type { GridBlock } from './grid-binaries';

/**
 * Builds an .rtf from grid blocks the way three kinds of writer save one (`=== rtf: STYLE` in the source):
 * - `word`: Word 2003's 另存为 RTF — `\ansicpg936`, Chinese as `\'hh` GBK bytes under a `\fcharset134` font,
 *   a spanning cell written as one wide cell, vertical merges as `\clvmgf` / `\clvmrg`, row properties
 *   written before the cells and again at `\row`, page header and document info kept apart;
 * - `wps`: WPS 另存为 RTF — every other run of Chinese as `\uN` (negative above U+7FFF) with a `\'hh\'hh`
 *   fallback skipped by `\uc2`, the rest as GBK bytes, horizontal merges as `\clmgf` / `\clmrg` cells;
 * - `report`: a report engine's export — one wide cell per merged span, no vertical merge marks (the text in
 *   the first row of the span, the cells below it blank), a `\trowd` per row, and after `=== rtf: page-rows N`
 *   body rows below the table's row `=== rtf: repeat-row R` (1-based) a page break and row R printed again.
 * In a cell, `[-text-]` is a tracked deletion and `{~text~}` hidden text, as in the .docx grid notation.
 */
export function gridToRtf(blocks: GridBlock[], options: { style: 'word' | 'wps' | 'report'; pageRows?: number; repeatRow?: number }): Uint8Array {
  const { style } = options;
  let runNo = 0;
  const gbk = (s: string) => [...encodeText(s, 'gbk')].map((b) => (b < 0x80 ? escapeAscii(String.fromCharCode(b)) : `\\'${b.toString(16).padStart(2, '0')}`)).join('');
  const unicode = (s: string) =>
    [...s].map((ch) => {
      const c = ch.charCodeAt(0);
      if (c < 0x80) return escapeAscii(ch);
      return `\\u${c > 0x7fff ? c - 0x10000 : c}${gbk(ch)}`;
    }).join('');
  const run = (s: string): string => {
    const encoded = style === 'wps' && runNo++ % 2 === 1 ? `\\uc2 ${unicode(s)}` : gbk(s);
    return `{\\loch\\af0\\hich\\af0\\dbch\\f13 ${encoded}}`;
  };
  const inline = (s: string): string =>
    s
      .split(/(\[-[\s\S]*?-\]|\{~[\s\S]*?~\})/)
      .filter(Boolean)
      .map((part) => {
        if (part.startsWith('[-')) return `{\\deleted\\revauthdel1\\revdttmdel1 ${run(part.slice(2, -2))}}`;
        if (part.startsWith('{~')) return `{\\v ${run(part.slice(2, -2))}}`;
        return part.split('\n').map(run).join('\\par ');
      })
      .join('');
  const out: string[] = [
    `{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2 Times New Roman;}{\\f13\\fnil\\fcharset134\\fprq2 ${gbk('宋体')}{\\*\\falt SimSun};}}`,
    '{\\colortbl;\\red0\\green0\\blue0;\\red255\\green0\\blue0;}',
    `{\\stylesheet{\\ql \\li0\\ri0\\widctlpar\\f0\\fs21 \\snext0 Normal;}{\\*\\cs10 \\additive ${gbk('默认段落字体')};}}`,
    style === 'wps' ? '{\\*\\generator WPS Office;}' : style === 'word' ? '{\\*\\generator Microsoft Word 11.0.8134;}' : '',
    `{\\info{\\title ${gbk('绩效表')}}{\\author ${gbk('财务科')}}{\\operator admin}}`,
    `{\\*\\revtbl {Unknown;}{${gbk('审核人')};}}`,
    '\\paperw11906\\paperh16838\\margl1134\\margr1134\\sectd',
    style === 'word' ? `{\\header \\pard\\plain \\qr ${run('内部资料 注意保存')}\\par}{\\footer \\pard\\plain \\qc {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}` : '',
  ];
  for (const block of blocks) {
    if (block.kind === 'text') out.push(`\\pard\\plain \\qc ${inline(block.text)}\\par`);
    else if (block.kind === 'table') out.push(table(block.rows));
  }
  out.push('\\pard\\plain \\par}');
  return new TextEncoder().encode(out.filter(Boolean).join('\r\n'));

  function table(rows: string[][]): string {
    const width = Math.max(...rows.map((r) => r.length));
    const step = Math.floor(9600 / width);
    const parts: string[] = [];
    const repeat = (options.repeatRow ?? 1) - 1;
    rows.forEach((row, r) => {
      const below = r - repeat - 1;
      if (style === 'report' && options.pageRows && below > 0 && below % options.pageRows === 0) {
        parts.push('\\pard\\plain \\page\\par');
        parts.push(tableRow(rows[repeat]!, rows, -1, width, step));
      }
      parts.push(tableRow(row, rows, r, width, step));
    });
    return parts.join('\r\n');
  }

  function tableRow(row: string[], rows: string[][], r: number, width: number, step: number): string {
    const cells: Array<{ text: string; right: number; flags: string }> = [];
    for (let c = 0; c < width; c++) {
      const text = row[c] ?? '';
      if (text === '<') {
        if (style === 'wps') cells.push({ text: '', right: (c + 1) * step, flags: '\\clmrg' });
        else cells[cells.length - 1]!.right = (c + 1) * step;
        continue;
      }
      const spansRight = row[c + 1] === '<';
      if (text === '^') {
        cells.push({ text: '', right: (c + 1) * step, flags: style === 'report' ? '' : '\\clvmrg' });
        continue;
      }
      const below = r >= 0 ? rows[r + 1]?.[c] : undefined;
      const vertical = style !== 'report' && below === '^' ? '\\clvmgf' : '';
      cells.push({ text, right: (c + 1) * step, flags: `${vertical}${style === 'wps' && spansRight ? '\\clmgf' : ''}` });
    }
    const defs = `\\trowd \\trgaph108\\trleft-108\\trbrdrt\\brdrs\\brdrw10 ${cells.map((c) => `${c.flags}\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clvertalc\\cellx${c.right}`).join('')}`;
    const body = cells.map((c) => `\\pard\\plain \\qc\\intbl ${inline(c.text)}\\cell`).join('\r\n');
    // Word writes the row's properties before its cells and again in the group that ends it.
    return style === 'word' ? `${defs}\r\n${body}\r\n\\pard\\intbl {${defs}\\row}` : `${defs}\r\n${body}\r\n\\row`;
  }
}

function escapeAscii(ch: string): string {
  if (ch === '\\' || ch === '{' || ch === '}') return `\\${ch}`;
  if (ch === '\t') return '\\tab ';
  if (ch === '\r') return '\\line ';
  return ch;
}
