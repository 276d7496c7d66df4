/**
 * Builds the corpus's .docx/.xlsx/.pdf documents from their `.grid.txt` sources.
 * Run from the repo root: `npx tsx packages/documents/test-corpus/build-binaries.ts [NNN …]`;
 * with numbers, only those documents are rebuilt (the others stay byte for byte as committed).
 * A .pdf source may start with lines `=== pdf: borderless`, `=== pdf: page-height 420`,
 * `=== pdf: repeat-row 9` (a table row Word repeats on each page; `repeat-row 8-9` a header over two rows), `=== pdf: page-numbers` and
 * `=== pdf: tight` (no vertical cell padding: rows as close as wrapped lines), `=== pdf: watermark 内部资料`
 * (slanted text over every page), `=== pdf: page-header TEXT` (a line atop every page) and
 * `=== pdf: numbers-right` (numbers set flush right in their cells) and `=== pdf: repeat-last-row` (a page's last
 * row printed again atop the next page), `=== pdf: landscape` (A4 turned sideways), `=== pdf: merged-top` (merged cells' text at their top, as Excel prints 顶端对齐), `=== pdf: ocr-chars` (a scan's OCR text layer: each character its own text item with small gaps), `=== pdf: glyphs` (each glyph its own text item at its exact advance), `=== pdf: rotate-90` (a landscape layout drawn sideways on a portrait page marked /Rotate 90), `=== pdf: draw-order columns|reverse` (cells drawn column by column or last row first), `=== pdf: page-footer TEXT` (`{PAGE}`/`{PAGES}`), `=== pdf: stamp NAME X Y` (a round seal's ring of glyphs on the last page) and `=== pdf: two-column N` (the first N text blocks in two columns), `=== pdf: rules-as-rects` (rulings as thin filled rectangles), `=== pdf: distributed` (text cells 分散对齐), `=== pdf: scale F` (Excel's fit-to-page shrink), `=== pdf: unruled-rows A-B` (table rows printed without borders), `=== pdf: column-weights 2,2,6,…` (relative column widths) `=== pdf: continued-title TEXT` (a line above the repeated header on each continuation page), `=== pdf: scan` / `scan skew D` (a searchable scan's invisible text over the page's picture), `=== pdf: two-up` (two layout pages on one landscape sheet) and `=== pdf: scan-stamp TEXT X Y` (a seal's characters as a recogniser read them). `=== via: libreoffice` saves a built .xlsx/.docx again with LibreOffice
 * (soffice, headless), for the files Calc and Writer write (a `.xls` / `.doc` target is always built so: the .xlsx/.docx
 * saved by LibreOffice as Excel 97–2003 / Word 97–2003; an `.odt` / `.ods` target likewise as OpenDocument); `=== via: streaming-writer` rewrites a built .xlsx as
 * streaming writers save it, and a .docx's `⟦…⟧` marks become fields, content controls and open grid columns
 * (src/import/testing/ooxml-marks.ts).
 * A text document in a legacy encoding is built from `NNN-….EXT.src.txt` (UTF-8) whose first lines
 * say `=== encoding: gbk` (or gb18030, utf-16le, utf-16le-nobom, utf-8-bom) and optionally `=== line-ends: crlf`;
 * `{{0xNN}}` in it is a raw byte (a stray byte in an otherwise clean file); `=== wrap: mht` wraps the
 * encoded page as a single-file web page (MHT, quoted-printable), `=== wrap: docx-altchunk` as the
 * one w:altChunk of a .docx; `=== wrap: eml` writes a saved e-mail (multipart/alternative: base64 text, quoted-printable HTML).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCjkFont } from '../src/export/find-cjk-font';
import { gridToDocx, gridToXlsx, parseGridSource } from '../src/import/testing/grid-binaries';
import { gridToPdf } from '../src/import/testing/grid-pdf';
import { gridToRtf } from '../src/import/testing/grid-rtf';
import { gridToDocxWithObjects, hasObjectSections } from '../src/import/testing/ooxml-objects';
import { docxAsFeishu, docxWithMarks, xlsxAsStreamed } from '../src/import/testing/ooxml-marks';
import { docxAsGoogleDocs, ooxmlAsExtension, ooxmlAsStrict } from '../src/import/testing/ooxml-variants';
import { docxToFlatOpc, encodeText, type TextEncoding, wrapAltChunkDocx, wrapEml, wrapMht } from '../src/import/testing/encode-text';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
function buildText(f: string): void {
  const source = readFileSync(join(here, f), 'utf8');
  const encoding = (/^===\s*encoding:\s*(\S+)\s*$/m.exec(source)?.[1] ?? 'utf-8') as TextEncoding;
  const crlf = /^===\s*line-ends:\s*crlf\s*$/m.test(source);
  const body = source.replace(/^===\s*(encoding|line-ends|wrap):.*\n/gm, '');
  const encoded = encodeText(crlf ? body.replace(/\n/g, '\r\n') : body, encoding);
  const wrap = /^===\s*wrap:\s*(\S+)\s*$/m.exec(source)?.[1];
  // `=== wrap: eml`: the source is a mail's header lines and `=== part:` bodies, each encoded on its own.
  const bytes = wrap === 'eml' ? wrapEml(body.replace(/\r\n/g, '\n'), encoding, (path) => new Uint8Array(readFileSync(join(here, path)))) : wrap === 'mht' ? wrapMht(encoded, encoding === 'gbk' ? 'gb2312' : encoding) : wrap === 'docx-altchunk' ? wrapAltChunkDocx(encoded) : encoded;
  const target = f.replace(/\.src\.txt$/, '');
  writeFileSync(join(here, target), bytes);
  console.log(`${target}: ${bytes.length} bytes (${encoding})`);
}
// A mail's attachments (`=== attachment:` lines of an .eml source) are built first, under attachments/.
const attachments = join(here, 'attachments');
for (const f of readdirSync(attachments).filter((n) => /\.grid\.txt$/.test(n))) {
  if (only.length > 0 && !only.some((n) => f.startsWith(n))) continue;
  await buildGrid(attachments, f);
}
for (const f of readdirSync(here).filter((n) => /\.src\.txt$/.test(n))) {
  if (only.length > 0 && !only.some((n) => f.startsWith(n))) continue;
  buildText(f);
}
for (const f of readdirSync(here).filter((n) => /\.grid\.txt$/.test(n))) {
  if (only.length > 0 && !only.some((n) => f.startsWith(n))) continue;
  await buildGrid(here, f);
}
// The monitoring reader's own fixtures (src/monitoring/fixtures) are built the same way; name them to rebuild one.
const monitoringFixtures = join(here, '../src/monitoring/fixtures');
for (const f of readdirSync(monitoringFixtures).filter((n) => /\.grid\.txt$/.test(n))) {
  if (only.length > 0 && !only.some((n) => f.startsWith(n))) continue;
  await buildGrid(monitoringFixtures, f);
}

async function buildGrid(dir: string, f: string): Promise<void> {
  const target = f.replace(/\.grid\.txt$/, '');
  const source = readFileSync(join(dir, f), 'utf8');
  const pdfOptions = [...source.matchAll(/^===\s*pdf:\s*(.+)$/gm)].map((m) => m[1]!.trim());
  const rtfOptions = [...source.matchAll(/^===\s*rtf:\s*(.+)$/gm)].map((m) => m[1]!.trim());
  const blocks = parseGridSource(source.replace(/^===\s*(?:pdf|via|rtf):.*\n/gm, ''));
  let bytes: Uint8Array;
  if (target.endsWith('.rtf')) {
    // `=== rtf: word|wps|report`, `=== rtf: page-rows N`, `=== rtf: repeat-row R` (grid-rtf.ts).
    const style = (rtfOptions.find((o) => /^(word|wps|report)$/.test(o)) ?? 'word') as 'word' | 'wps' | 'report';
    const count = (name: string) => rtfOptions.map((o) => new RegExp(`^${name}\\s+(\\d+)$`).exec(o)?.[1]).filter(Boolean).map(Number)[0];
    bytes = gridToRtf(blocks, { style, pageRows: count('page-rows'), repeatRow: count('repeat-row') });
  } else if (target.endsWith('.pdf')) {
    const font = findCjkFont();
    if (!font) throw new Error(`${target}：找不到中文字体，无法生成 PDF`);
    const height = pdfOptions.map((o) => /^page-height\s+(\d+)$/.exec(o)?.[1]).find(Boolean);
    const repeat = pdfOptions.map((o) => /^repeat-row\s+(\d+)(?:-(\d+))?$/.exec(o)).find(Boolean);
    bytes = await gridToPdf(blocks, font, {
      ruled: !pdfOptions.includes('borderless'),
      pageHeight: height ? Number(height) : undefined,
      repeatRow: repeat ? Number(repeat[1]) : undefined,
      repeatTo: repeat?.[2] ? Number(repeat[2]) : undefined,
      pageNumbers: pdfOptions.includes('page-numbers'),
      tight: pdfOptions.includes('tight'),
      watermark: pdfOptions.map((o) => /^watermark\s+(.+)$/.exec(o)?.[1]).find(Boolean),
      pageHeader: pdfOptions.map((o) => /^page-header\s+(.+)$/.exec(o)?.[1]).find(Boolean),
      numbersRight: pdfOptions.includes('numbers-right'),
      repeatLastRow: pdfOptions.includes('repeat-last-row'),
      landscape: pdfOptions.includes('landscape'),
      mergedTop: pdfOptions.includes('merged-top'),
      ocrChars: pdfOptions.includes('ocr-chars'),
      glyphs: pdfOptions.includes('glyphs'),
      rotate90: pdfOptions.includes('rotate-90'),
      drawOrder: pdfOptions.map((o) => /^draw-order\s+(columns|reverse)$/.exec(o)?.[1] as 'columns' | 'reverse' | undefined).find(Boolean),
      pageFooter: pdfOptions.map((o) => /^page-footer\s+(.+)$/.exec(o)?.[1]).find(Boolean),
      stamp: pdfOptions.map((o) => /^stamp\s+(\S+)\s+([\d.]+)\s+([\d.]+)$/.exec(o)).filter(Boolean).map((m) => ({ text: m![1]!, x: Number(m![2]), y: Number(m![3]) }))[0],
      twoColumn: pdfOptions.map((o) => /^two-column\s+(\d+)$/.exec(o)?.[1]).filter(Boolean).map(Number)[0],
      rulesAsRects: pdfOptions.includes('rules-as-rects'),
      distributed: pdfOptions.includes('distributed'),
      scale: pdfOptions.map((o) => /^scale\s+([\d.]+)$/.exec(o)?.[1]).filter(Boolean).map(Number)[0],
      unruledRows: pdfOptions.map((o) => /^unruled-rows\s+(\d+)-(\d+)$/.exec(o)).filter(Boolean).map((m) => [Number(m![1]), Number(m![2])] as [number, number])[0],
      columnWeights: pdfOptions.map((o) => /^column-weights\s+([\d.,]+)$/.exec(o)?.[1]).filter(Boolean).map((v) => v!.split(',').map(Number))[0],
      scan: pdfOptions.map((o) => /^scan(?:\s+skew\s+(-?[\d.]+))?$/.exec(o)).filter(Boolean).map((m) => ({ skew: Number(m![1] ?? 0) }))[0],
      twoUp: pdfOptions.includes('two-up'),
      scanStamp: pdfOptions.map((o) => /^scan-stamp\s+(\S+)\s+([\d.]+)\s+([\d.]+)$/.exec(o)).filter(Boolean).map((m) => ({ text: m![1]!, x: Number(m![2]), y: Number(m![3]) }))[0],
      continuedTitle: pdfOptions.map((o) => /^continued-title\s+(.+)$/.exec(o)?.[1]).find(Boolean),
    });
  } else {
    // A .xml target is the Word document as flat XML (pkg:package), as Word's 另存为 Word XML writes it.
    // `=== object: excel` / `=== object: excel-link PATH` / `=== textbox-table` / `=== header-table` sections (ooxml-objects.ts).
    const docx = () => (hasObjectSections(source) ? gridToDocxWithObjects(source.replace(/^===\s*(?:pdf|via|rtf):.*\n/gm, '')) : gridToDocx(blocks));
    bytes = /\.(xlsx?|xl[st][xm]|ods)$/.test(target) ? await gridToXlsx(blocks) : target.endsWith('.xml') ? docxToFlatOpc(await docx()) : docxWithMarks(await docx());
  }
  // `=== via: streaming-writer`: inline strings, cells and rows placed by order (ooxml-marks.ts).
  if (/^===\s*via:\s*streaming-writer\s*$/m.test(source)) bytes = xlsxAsStreamed(bytes);
  // `=== via: online-sheet`: inline strings with references kept (腾讯文档); `=== via: feishu`: empty w:tcW (ooxml-marks.ts).
  if (/^===\s*via:\s*online-sheet\s*$/m.test(source)) bytes = xlsxAsStreamed(bytes, true);
  if (/^===\s*via:\s*feishu\s*$/m.test(source)) bytes = docxAsFeishu(bytes);
  // `=== via: strict` (Strict Open XML), `=== via: google-docs`, and .xlsm/.xltx/.docm/.dotx… content types (ooxml-variants.ts).
  if (/^===\s*via:\s*google-docs\s*$/m.test(source)) bytes = docxAsGoogleDocs(bytes);
  if (/^===\s*via:\s*strict\s*$/m.test(source)) bytes = ooxmlAsStrict(bytes);
  bytes = ooxmlAsExtension(bytes, extname(target).slice(1));
  // `=== via: libreoffice`: the document as LibreOffice saves it after opening the built one (Calc/Writer's own .xlsx/.docx).
  // A .xls/.doc target: the built .xlsx/.docx saved by LibreOffice as Excel 97–2003 / Word 97–2003.
  // An .odt/.ods target: the built .docx/.xlsx saved by LibreOffice as OpenDocument (Writer/Calc's own format).
  if (/^===\s*via:\s*libreoffice\s*$/m.test(source) || /\.(xls|doc|odt|ods)$/.test(target)) bytes = throughLibreOffice(target, bytes);
  writeFileSync(join(dir, target), bytes);
  console.log(`${target}: ${bytes.length} bytes`);
}

function throughLibreOffice(target: string, bytes: Uint8Array): Uint8Array {
  const work = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  try {
    const ext = extname(target).slice(1);
    const filters: Record<string, string> = { xlsx: 'xlsx:Calc MS Excel 2007 XML', docx: 'docx:MS Word 2007 XML', xls: 'xls:MS Excel 97', doc: 'doc:MS Word 97', odt: 'odt:writer8', ods: 'ods:calc8' };
    const filter = filters[ext];
    if (!filter) throw new Error(`${target}：只有 .xlsx/.docx/.xls/.doc/.odt/.ods 可以经 LibreOffice 另存`);
    const input = ext === 'xls' || ext === 'doc' ? `${ext}x` : ext === 'odt' ? 'docx' : ext === 'ods' ? 'xlsx' : ext;
    mkdirSync(join(work, 'in'));
    writeFileSync(join(work, 'in', `doc.${input}`), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', join(work, 'out'), join(work, 'in', `doc.${input}`)], { timeout: 150_000, stdio: 'pipe' });
    return new Uint8Array(readFileSync(join(work, 'out', `doc.${ext}`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
