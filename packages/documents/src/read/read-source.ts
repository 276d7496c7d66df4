import type { SourceDocument } from '../model/source-document';
import { looksLikeCsv, readCsv } from '../text/read-csv';
import { readTextLayout } from '../text/read-text-layout';
import { converterDumpsToHtml } from '../text/converter-dumps';
import { isPdf2HtmlPage, readPdf2HtmlPages } from './pdf2html-pages';
import { unfoldWideRecords } from '../text/wide-record-rows';
import { decodeText, looksBinary, looksUndecodable, looksUtf16 } from './decode-text';
import { foldRadicals } from './fold-radicals';
import { foldTraditional } from './fold-traditional';
import { stripTranslations } from './strip-translations';
import { looksLikeMojibake } from './common-hanzi';
import { readDocx } from './read-docx';
import { DEFAULT_READ_LIMITS, type ReadLimits, ReadFailure, formatBytes } from './read-limits';
import { mhtToHtml } from './read-mht';
import { flatOdfKind, odfKindOf, odfMimetype, readOdfXml, readOdfZip } from './read-odf';
import { readOle } from './read-ole';
import { readPdf } from './read-pdf';
import { readRtf } from './read-rtf';
import { isSpreadsheetMl, readSpreadsheetMl } from './read-spreadsheet-ml';
import { wordXmlToDocx } from './read-word-xml';
import { readXlsx } from './read-xlsx';
import { SafeZip } from './safe-unzip';

export interface ReadIssue {
  code: string;
  /** Chinese, names the problem and what to do. */
  message: string;
}

export type ReadResult = { ok: true; source: SourceDocument } | { ok: false; issues: ReadIssue[] };

/** What the first bytes say; a zip is opened to tell .docx from .xlsx. */
export type DetectedFormat = 'zip' | 'pdf' | 'text' | 'ole2' | 'rtf' | 'image' | 'binary' | 'empty';

/**
 * Reads any supported document into a SourceDocument. The format comes from the content, the
 * file name only sharpens messages. Every expected failure (empty, damaged, password-protected,
 * over a limit) comes back as `{ok:false}` with a Chinese message naming the file; nothing throws.
 */
export async function readSource(bytes: Uint8Array, fileName: string, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<ReadResult> {
  const result = await readAny(bytes, fileName, limits);
  if (result.ok) result.source.blocks = unfoldWideRecords(result.source.blocks);
  if (result.ok && looksLikeMojibake(result.source)) {
    return {
      ok: false,
      issues: [{
        code: 'mojibake',
        message: result.source.format === 'pdf'
          ? `文件“${fileName}”中提取出的文字大多是生僻字，像是乱码（PDF 的字体缺少文字编码信息），导入会得到错误的内容。请导入生成该 PDF 的原始 Word/Excel 文件。`
          : `文件“${fileName}”中的文字大多是生僻字，像是乱码（文件曾按错误的编码打开后又保存，例如用 Excel 直接打开 UTF-8 的 CSV 再另存），导入会得到错误的内容。请用原始文件重新导出，或在 Excel 中通过“数据—从文本/CSV”按 UTF-8 导入后另存，再导入本系统。`,
      }],
    };
  }
  return result;
}

async function readAny(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<ReadResult> {
  const fail = (code: string, message: string): ReadResult => ({ ok: false, issues: [{ code, message }] });
  try {
    const format = detectFormat(bytes);
    const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
    if (format === 'empty') return fail('empty', `文件“${fileName}”是空的（没有任何内容），请检查是否选错了文件。`);
    if (format !== 'text' && bytes.length > limits.maxBinaryBytes) {
      return fail('too-large', `文件“${fileName}”大小为 ${formatBytes(bytes.length)}，超过上限 ${formatBytes(limits.maxBinaryBytes)}。请删减无关内容或拆分后再导入。`);
    }
    switch (format) {
      case 'ole2':
        // Word/Excel 97–2003 and WPS files, told apart by their streams, not by the name.
        return { ok: true, source: await readOle(bytes, fileName, limits) };
      case 'rtf':
        // Word's and WPS's 另存为 RTF, report engines' and mail clients' .rtf forms.
        return { ok: true, source: readRtf(bytes, fileName, limits) };
      case 'image':
        return fail('image', `文件“${fileName}”是图片，不是文档，无法识别其中的文字。请导入原始的 Word/Excel/PDF 文件。`);
      case 'binary':
        return fail('not-a-document', `文件“${fileName}”不是可识别的文档（内容是二进制数据${ext ? `，扩展名 .${ext} 与内容不符或文件已损坏` : ''}）。请导入 .docx、.xlsx、.pdf 或文本文件。`);
      case 'zip':
        return readZipDocument(bytes, fileName, limits);
      case 'pdf':
        return { ok: true, source: await readPdf(bytes, fileName, limits) };
      case 'text':
        return readText(bytes, fileName, limits, ext);
    }
  } catch (error) {
    if (error instanceof ReadFailure) return fail(error.code, error.message);
    return fail('read-failed', `读取文件“${fileName}”时出错，文件可能已损坏或格式不受支持（${describe(error)}）。请用原软件打开后重新另存再导入。`);
  }
}

function readZipDocument(bytes: Uint8Array, fileName: string, limits: ReadLimits): ReadResult {
  const zip = SafeZip.open(bytes, limits, fileName);
  if (zip.has('word/document.xml')) return { ok: true, source: readDocx(zip, fileName, limits) };
  if (zip.has('xl/workbook.xml')) return { ok: true, source: readXlsx(zip, fileName, limits) };
  const names = zip.names();
  // Excel's binary workbook (.xlsb): the same package, its sheets as BIFF12 records instead of XML.
  if (names.includes('xl/workbook.bin')) {
    return { ok: false, issues: [{ code: 'unsupported-format', message: `文件“${fileName}”是 Excel 二进制工作簿（.xlsb），无法直接读取。请在 Excel 或 WPS 中打开后“另存为” Excel 工作簿（.xlsx）再导入。` }] };
  }
  if (names.some((n) => n.startsWith('ppt/'))) {
    return { ok: false, issues: [{ code: 'unsupported-format', message: `文件“${fileName}”是 PowerPoint 演示文稿，不支持导入。请导入 Word/Excel/PDF 格式的绩效文档。` }] };
  }
  const odf = odfMimetype(zip);
  if (odf) {
    const kind = odfKindOf(odf);
    if (kind) return { ok: true, source: readOdfZip(zip, kind, fileName, limits) };
    return { ok: false, issues: [{ code: 'unsupported-format', message: `文件“${fileName}”是 OpenDocument ${odfTypeName(odf)}，不是文字文档（.odt）或电子表格（.ods），不支持导入。请导入 Word/Excel/WPS/PDF 格式或 .odt/.ods 格式的绩效文档。` }] };
  }
  return { ok: false, issues: [{ code: 'unsupported-format', message: `文件“${fileName}”是压缩包，但不是 Word（.docx）或 Excel（.xlsx）文档。请解压后导入其中的文档。` }] };
}

/** The kind of an OpenDocument other than text and spreadsheet, for the refusal. */
function odfTypeName(mimetype: string): string {
  const kind = /opendocument\.([a-z-]+)/.exec(mimetype)?.[1]?.replace(/-template$/, '') ?? '';
  const names: Record<string, string> = { presentation: '演示文稿（.odp）', graphics: '绘图（.odg）', formula: '公式（.odf）', chart: '图表（.odc）', image: '图像（.odi）', database: '数据库（.odb）', 'text-master': '主控文档（.odm）', 'text-web': '网页（.oth）' };
  return names[kind] ?? '文件';
}

function readText(bytes: Uint8Array, fileName: string, limits: ReadLimits, ext: string): ReadResult {
  if (bytes.length > limits.maxTextBytes) {
    return {
      ok: false,
      issues: [{ code: 'too-large', message: `文本文件“${fileName}”大小为 ${formatBytes(bytes.length)}，超过文本导入上限 ${formatBytes(limits.maxTextBytes)}。绩效文档通常远小于此，请检查是否选错了文件，或拆分后再导入。` }],
    };
  }
  if (['docx', 'xlsx', 'pdf', 'odt', 'ods'].includes(ext)) {
    return {
      ok: false,
      issues: [{ code: 'extension-mismatch', message: `文件“${fileName}”的扩展名是 .${ext}，但内容不是 ${ext.toUpperCase()} 文档（可能已损坏或被改了扩展名）。请用原软件重新导出后再导入。` }],
    };
  }
  // A single-file web page (MHT), whatever its name (.mht, or .doc/.xls from a system's 导出): its HTML.
  const mht = mhtToHtml(bytes);
  if (mht != null) return { ok: true, source: readTextLayout(foldTraditional(foldRadicals(mht))) };
  const decoded = decodeText(bytes);
  const { damaged, plausible } = decoded;
  // Text copied out of a PDF: radical glyphs stand for the characters (项⽬ is 项目) before any label is read;
  // a 繁體 mirror's page is the simplified page its converter read; a translation plug-in's renderings go.
  // Tables a script printed (python-docx / openpyxl rows, pandas frames) are read as the tables they
  // print before any line is judged: their NaN / None cells would pass for a translation's lines.
  const text = stripTranslations(foldTraditional(foldRadicals(converterDumpsToHtml(decoded.text))));
  if (looksUndecodable(text) || plausible === false) {
    return { ok: false, issues: [{ code: 'undecodable-text', message: `文件“${fileName}”的文字编码无法识别（不是 UTF-8/UTF-16，也不是 GBK/GB18030，可能是繁体 Big5 等其他编码），按任何已知编码读取都会是乱码。请用记事本或 WPS 打开后另存为 UTF-8 文本再导入。` }] };
  }
  if (!text.trim()) return { ok: false, issues: [{ code: 'empty', message: `文件“${fileName}”只有空白，没有任何文字内容。` }] };
  const body = text.replace(/^\uFEFF/, '');
  // Excel 2003 XML (SpreadsheetML), often named .xls by the systems that export it.
  if (isSpreadsheetMl(body)) return { ok: true, source: readSpreadsheetMl(body, fileName, limits) };
  // A flat OpenDocument (.fodt/.fods), as LibreOffice saves 平面 XML.
  const flat = flatOdfKind(body);
  if (flat) return { ok: true, source: readOdfXml([body], flat, fileName, limits) };
  // Word 2003 XML or flat XML, often named .doc: the .docx it stands for.
  const word = wordXmlToDocx(body);
  if (word) return readZipDocument(word, fileName, limits);
  // A CSV sheet (Excel 另存为 CSV, a budget system's 导出): by its name, or by its shape when renamed.
  const csv = ext === 'csv' || (!['htm', 'html', 'md'].includes(ext) && !/<table\b/i.test(body) && looksLikeCsv(body));
  // A printed PDF as pdf2htmlEX shows it in a browser: positioned text, read as the PDF page it was.
  const printed = !csv && isPdf2HtmlPage(body) ? readPdf2HtmlPages(body, fileName, limits) : null;
  const source = printed ?? (csv ? readCsv(body) : readTextLayout(body));
  if (damaged) source.notes.push(`文件“${fileName}”中有 ${damaged} 个字节不是有效的 UTF-8 编码（可能是从西文软件粘贴的不换行空格等符号），已按西文字符读取，其余内容按 UTF-8 读取。请核对导入结果，或将文件另存为 UTF-8 后重新导入。`);
  return { ok: true, source };
}

/** Classifies by magic bytes; text is the fallback for anything that does not look binary. */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return 'ole2';
  if (at(0) === 0x50 && at(1) === 0x4b && (at(2) === 3 || at(2) === 5 || at(2) === 7) && (at(3) === 4 || at(3) === 6 || at(3) === 8)) return 'zip';
  const head = latin1(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  // Some writers put a byte-order mark or a line end before the header.
  if (/^(?:\xef\xbb\xbf|\s)*\{\\rtf/.test(head)) return 'rtf';
  if (at(0) === 0x89 && head.startsWith('\x89PNG')) return 'image';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image';
  if (head.startsWith('GIF8') || (head.startsWith('BM') && bytes.length > 26 && looksBinary(bytes))) return 'image';
  const bom16 = (at(0) === 0xff && at(1) === 0xfe) || (at(0) === 0xfe && at(1) === 0xff);
  if (!bom16 && !looksUtf16(bytes) && looksBinary(bytes)) return 'binary';
  return 'text';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return '内容结构过深或过大';
  const msg = error instanceof Error ? error.message : String(error);
  return msg.length > 120 ? `${msg.slice(0, 120)}…` : msg || '未知错误';
}
