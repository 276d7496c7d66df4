import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { formatCellNumber } from '../../read/format-cell-number';

/** The text a reader of an exported file sees, whitespace removed: xlsx cell texts, docx runs, the pdf text layer. */
export async function exportedText(bytes: Uint8Array, format: 'xlsx' | 'docx' | 'pdf'): Promise<string> {
  if (format === 'pdf') return (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text.replace(/\s+/g, '');
  if (format === 'docx') {
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/\s+/g, '');
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => { if (!c.isMerged || c.master === c) texts.push(typeof c.value === 'number' ? formatCellNumber(c.value, c.numFmt) : c.text); })));
  return texts.join('').replace(/\s+/g, '');
}
