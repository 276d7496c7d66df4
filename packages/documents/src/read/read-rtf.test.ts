import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../model/source-document';
import { encodeText } from '../import/testing/encode-text';
import { DEFAULT_READ_LIMITS } from './read-limits';
import { readRtf } from './read-rtf';
import { readSource } from './read-source';

/** Chinese as Word writes it under \ansicpg936: GBK bytes as \'hh. */
const gbk = (s: string) => [...encodeText(s, 'gbk')].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\'${b.toString(16)}`)).join('');
/** Chinese as \uN (signed 16-bit) followed by `fallback` per character. */
const uni = (s: string, fallback: (ch: string) => string) => [...s].map((ch) => `\\u${ch.charCodeAt(0) > 0x7fff ? ch.charCodeAt(0) - 0x10000 : ch.charCodeAt(0)}${fallback(ch)}`).join('');
const HEAD = `{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fnil\\fcharset134 ${gbk('宋体')};}{\\f2\\ftech\\fcharset2 Symbol;}}`;
const doc = (body: string) => new TextEncoder().encode(`${HEAD}\r\n${body}\r\n}`);
const cell = (text: string) => `\\pard\\intbl ${text}\\cell `;
const row = (defs: string, cells: string[]) => `\\trowd\\trleft0 ${defs}${cells.map(cell).join('')}\\row\r\n`;

/** Blocks in short: a paragraph's text; a table's rows with `<n` a column span, `^n` a row span, `⇡` a cell merged from above. */
function shape(blocks: SourceBlock[]): Array<string | string[][]> {
  return blocks.map((b) =>
    b.kind === 'text'
      ? b.text
      : b.rows.map((r) => r.cells.map((c) => `${c.text}${(c.colSpan ?? 1) > 1 ? `<${c.colSpan}` : ''}${c.rowSpan ? `^${c.rowSpan}` : ''}${c.mergedFromAbove ? '⇡' : ''}`)),
  );
}

const read = (body: string) => shape(readRtf(doc(body), 't.rtf', DEFAULT_READ_LIMITS).blocks);

const cases: Array<{ name: string; body: string; want: Array<string | string[][]> }> = [
  { name: 'GBK bytes under \\ansicpg936', body: `\\pard\\f1 ${gbk('项目支出绩效目标表')}\\par`, want: ['项目支出绩效目标表'] },
  { name: 'GBK bytes in a Western font of a Chinese-code-page document', body: `\\pard\\f0 ${gbk('绩效')}\\par`, want: ['绩效'] },
  { name: '\\uN with a ? fallback, negative above U+7FFF', body: `\\pard\\uc1 ${uni('项目≥95%', () => '?')}\\par`, want: ['项目≥95%'] },
  { name: '\\uc2 steps over the GBK fallback bytes', body: `\\pard{\\uc2 ${uni('指标', (ch) => gbk(ch))}}${gbk('值')}\\par`, want: ['指标值'] },
  { name: '\\uc0: no fallback', body: `\\pard\\uc0 ${uni('得分', () => '')}X\\par`, want: ['得分X'] },
  { name: 'a fallback never runs past its group', body: `\\pard{\\uc3 \\u24471}${gbk('分')}\\par`, want: ['得分'] },
  { name: 'surrogate pair as two \\uN', body: '\\pard\\uc1 \\u-10179?\\u-8960?\\par', want: [String.fromCharCode(0xd83d, 0xdd00)] },
  { name: 'escapes and special characters', body: '\\pard a\\{b\\}c\\\\d\\~e\\emdash f\\tab g\\par', want: ['a{b}c\\d e—f\tg'] },
  // The text between two marks is kept as one run: its tab, line break and control bytes still read one by one.
  { name: 'a run with a leading tab, a line break and control bytes', body: `\\pard\\tab ${gbk('项目')}\\line A\\'1eB\\'0c${gbk('指标')}\\'07\\par`, want: ['项目\nA-B', '指标'] },
  { name: 'Symbol-font bytes', body: `\\pard{\\f2 \\'b3}90{\\f2 \\'a3}100\\par`, want: ['≥90≤100'] },
  {
    name: 'document info, styles, header, footer, pictures and field codes stay out; field results stay',
    body: `{\\stylesheet{\\s0 Normal;}}{\\info{\\title T}{\\author ${gbk('张三')}}}{\\header \\pard ${gbk('页眉')}\\par}{\\footer \\pard ${gbk('页脚')}\\par}{\\*\\generator W;}\\pard ${gbk('正文')}{\\pict\\pngblip 89504e47}{\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}{\\*\\bkmkstart b}\\par`,
    want: ['正文7'],
  },
  {
    name: "a text box's text is read where it is anchored; the shape's properties and stand-in are not",
    body: `\\pard{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn wzName}{\\sv ${gbk('文本框')} 1}}{\\shptxt\\pard ${gbk('2025年度绩效目标表')}\\par}}{\\shprslt{\\*\\do\\dptxbxtext ${gbk('重复')}}}}\\par\\pard ${gbk('正文')}\\par`,
    want: ['2025年度绩效目标表', '正文'],
  },
  { name: 'deleted revision runs are no text', body: `\\pard ${gbk('目标')}{\\deleted\\revauthdel1 ${gbk('旧值')}}${gbk('新值')}\\par`, want: ['目标新值'] },
  { name: 'hidden text \\v, ended by \\v0', body: `\\pard A{\\v ${gbk('隐藏')}}B\\v ${gbk('也藏')}\\v0 C\\par`, want: ['ABC'] },
  { name: '\\plain ends hidden text', body: `\\pard\\v X\\plain Y\\par`, want: ['Y'] },
  {
    name: "Word's wide cell for a horizontal merge",
    body: row('\\cellx1000\\cellx3000', ['a', 'b']) + row('\\cellx1000\\cellx2000\\cellx3000', ['c', 'd', 'e']),
    want: [[['a', 'b<2'], ['c', 'd', 'e']]],
  },
  {
    name: '\\clmgf / \\clmrg horizontal merge',
    body: row('\\cellx1000\\clmgf\\cellx2000\\clmrg\\cellx3000', ['a', 'b', '']) + row('\\cellx1000\\cellx2000\\cellx3000', ['c', 'd', 'e']),
    want: [[['a', 'b<2'], ['c', 'd', 'e']]],
  },
  {
    name: '\\clvmgf / \\clvmrg vertical merge',
    body: row('\\clvmgf\\cellx1000\\cellx2000', ['L', 'x']) + row('\\clvmrg\\cellx1000\\cellx2000', ['', 'y']) + row('\\clvmrg\\cellx1000\\cellx2000', ['', 'z']),
    want: [[['L^3', 'x'], ['⇡', 'y'], ['⇡', 'z']]],
  },
  {
    name: 'row properties written again at \\row (Word) and paragraphs inside a cell',
    body: `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${gbk('一')}\\par ${gbk('二')}\\cell\\pard\\intbl b\\cell\\pard\\intbl{\\trowd\\cellx1000\\cellx2000\\row}\r\n\\trowd\\cellx1000\\cellx2000\\pard\\intbl c\\cell d\\cell\\pard\\intbl{\\trowd\\cellx1000\\cellx2000\\row}`,
    want: [[['一\n二', 'b'], ['c', 'd']]],
  },
  {
    name: 'a nested table keeps its text, cells apart by tabs and rows by lines',
    body: `\\trowd\\cellx1000\\cellx2000\\pard\\intbl ${gbk('资金')}\\cell\\pard\\intbl\\itap2 a\\nestcell b\\nestcell{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}{\\nonesttables\\par}c\\nestcell d\\nestcell{\\*\\nesttableprops\\trowd\\cellx500\\cellx900\\nestrow}{\\nonesttables\\par}\\pard\\intbl\\cell\\row\r\n\\trowd\\cellx1000\\cellx2000\\pard\\intbl x\\cell y\\cell\\row`,
    want: [[['资金', 'a\tb\nc\td'], ['x', 'y']]],
  },
  {
    name: 'paragraphs before and after a table, \\page and \\sect as paragraph ends',
    body: `\\pard ${gbk('附表1')}\\par${row('\\cellx1000\\cellx2000', ['a', 'b'])}\\pard ${gbk('说明')}\\page ${gbk('下页')}\\sect\\pard ${gbk('末')}\\par`,
    want: ['附表1', [['a', 'b']], '说明', '下页', '末'],
  },
];

describe('readRtf', () => {
  it.each(cases)('$name', ({ body, want }) => {
    expect(read(body)).toEqual(want);
  });

  it('reads .rtf through readSource, whatever its name and with a BOM or line end before it', async () => {
    for (const [prefix, name] of [['', '表.rtf'], ['\ufeff', '表.doc'], ['\r\n', '表']] as const) {
      const bytes = new TextEncoder().encode(`${prefix}${HEAD}\\pard ${gbk('绩效目标')}\\par}`);
      const result = await readSource(bytes, name);
      expect(result).toMatchObject({ ok: true, source: { format: 'rtf', blocks: [{ kind: 'text', text: '绩效目标' }] } });
    }
  });
});

describe('readRtf on hostile and broken input', () => {
  const table = row('\\clvmgf\\cellx1000\\cellx2000', [gbk('产出指标'), gbk('数量指标')]) + row('\\clvmrg\\cellx1000\\cellx2000', ['', gbk('质量指标')]);
  const valid = doc(`\\pard ${gbk('项目支出绩效目标表')}\\par${table}\\pard\\par`);

  it('refuses group nesting past the limit with a message naming the file', async () => {
    const bytes = new TextEncoder().encode(`{\\rtf1 ${'{'.repeat(100_000)}x${'}'.repeat(100_000)}}`);
    const result = await readSource(bytes, '嵌套.rtf');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'rtf-corrupt' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/嵌套\.rtf.*嵌套超过 256 层/);
  });

  it('steps over a \\bin claiming more bytes than the file has, and braces inside \\bin data', async () => {
    const result = await readSource(new TextEncoder().encode(`{\\rtf1\\ansi\\ansicpg936 \\pard ${gbk('正文')}\\par{\\pict\\bin4 }}{{}\\bin999999999999 ab}`), '图.rtf');
    expect(result).toMatchObject({ ok: true, source: { blocks: [{ kind: 'text', text: '正文' }] } });
  });

  it('reads what an unterminated document holds', () => {
    const bytes = new TextEncoder().encode(`${HEAD}\\pard{\\b ${gbk('标题')}\\par{{{${row('\\cellx1000\\cellx2000', ['a', 'b'])}`);
    expect(shape(readRtf(bytes, 't.rtf', DEFAULT_READ_LIMITS).blocks)).toEqual(['标题', [['a', 'b']]]);
  });

  it('reads past a font table holding one huge name', () => {
    const bytes = new TextEncoder().encode(`{\\rtf1{\\fonttbl{\\f0 ${'A'.repeat(3_000_000)};}}\\pard x\\par}`);
    expect(shape(readRtf(bytes, 't.rtf', DEFAULT_READ_LIMITS).blocks)).toEqual(['x']);
  });

  it('refuses a document with no text as empty', async () => {
    const result = await readSource(new TextEncoder().encode('{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}\\pard\\par}'), '空.rtf');
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'empty' }] });
  });

  it('refuses more table rows than the limit', async () => {
    const rows = row('\\cellx1000\\cellx2000', ['a', 'b']).repeat(50);
    const result = await readSource(doc(rows), '大表.rtf', { ...DEFAULT_READ_LIMITS, maxRows: 20 });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'rtf-corrupt' }] });
  });

  it('refuses a row of more cells than the column limit, with or without \\row', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxColumns: 3 };
    expect(await readSource(doc(`\\trowd\\cellx100 ${'x\\cell '.repeat(4)}`), '宽表.rtf', limits)).toMatchObject({ ok: false, issues: [{ code: 'rtf-corrupt' }] });
    // Guard: rows of three cells each stay within it however many there are.
    expect(await readSource(doc(row('\\cellx100\\cellx200\\cellx300', ['a', 'b', 'c']).repeat(5)), '表.rtf', limits)).toMatchObject({ ok: true });
  });

  it('refuses body text past the character limit; text within it reads', async () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxTextBytes: 1000 };
    const result = await readSource(doc(`\\pard ${'a'.repeat(1001)}\\par`), '长.rtf', limits);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'too-large' }] });
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/长\.rtf.*正文超过/);
    expect(await readSource(doc(`\\pard ${'a'.repeat(900)}\\par`), '长.rtf', limits)).toMatchObject({ ok: true });
  });

  it('never throws on truncations of a valid document at any length', async () => {
    for (let cut = 1; cut < valid.length; cut += 13) {
      const result = await readSource(valid.subarray(0, cut), '截断.rtf');
      if (!result.ok) expect(result.issues[0]!.message).toContain('截断.rtf');
    }
  });

  it('never throws on random byte flips and finishes quickly on a large file', async () => {
    let x = 7;
    for (let seed = 0; seed < 60; seed++) {
      const bytes = new Uint8Array(valid);
      for (let k = 0; k < 8; k++) {
        x = (x * 1103515245 + 12345) >>> 0;
        bytes[x % bytes.length] = (x >>> 8) & 0xff;
      }
      const result = await readSource(bytes, '损坏.rtf');
      if (!result.ok) expect(result.issues[0]!.message).toContain('损坏.rtf');
    }
    const started = Date.now();
    const big = doc(`${`{\\pict\\bin8 {{{{{{{{}`.repeat(20_000)}${table.repeat(2000)}`);
    const result = await readSource(big, '大.rtf');
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
