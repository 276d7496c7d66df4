/**
 * Rewrites a built .xlsx/.docx into OOXML variants other programs save (layout corpus, build-binaries.ts):
 * - `=== via: strict`: Excel's / Word's 「Strict Open XML」 save — the ISO 29500 Strict namespaces
 *   (http://purl.oclc.org/ooxml/…) in every part and relationship type, `conformance="strict"`, and in a
 *   workbook every date cell written `t="d"` with an ISO 8601 value instead of a serial number;
 * - a target .xlsm/.xltx/.xltm/.docm/.dotx/.dotm: the same parts under the macro-enabled / template content
 *   type of its main part, a macro-enabled one with its vbaProject.bin part and relationship;
 * - `=== via: google-docs`: a .docx as Google Docs downloads it — table and cell widths in pct (fiftieths of a
 *   percent) and vertical merges dropped (the cells below a merged cell written as empty cells: gridSpan only).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const STRICT_NAMESPACES: Array<[string, string]> = [
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties'],
];

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

function dateStyles(styles: string): Set<number> {
  const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]!.replace(/&quot;[^&]*&quot;|\[[^\]]*\]/g, '')]));
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dates = new Set<number>();
  [...xfs.matchAll(/<xf\b[^>]*?numFmtId="(\d+)"/g)].forEach((m, i) => {
    const id = Number(m[1]);
    if (BUILTIN_DATE_FORMATS.has(id) || /[yd]/i.test(codes.get(id) ?? '')) dates.add(i);
  });
  return dates;
}

function isoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000)).toISOString().replace(/\.000Z$/, '');
}

/** The package as Excel / Word save it in 「Strict Open XML」 format. */
export function ooxmlAsStrict(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const dates = parts['xl/styles.xml'] ? dateStyles(strFromU8(parts['xl/styles.xml'])) : new Set<number>();
  for (const name of Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n) && n !== '[Content_Types].xml')) {
    let xml = strFromU8(parts[name]!);
    for (const [from, to] of STRICT_NAMESPACES) xml = xml.split(from).join(to);
    if (name === 'xl/workbook.xml') xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    if (name === 'word/document.xml') xml = xml.replace(/<w:document\b([^>]*)>/, '<w:document$1 w:conformance="strict">');
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) {
      xml = xml.replace(/<c r="([A-Z]+\d+)" s="(\d+)"><v>([\d.]+)<\/v><\/c>/g, (m, ref: string, s: string, v: string) =>
        (dates.has(Number(s)) ? `<c r="${ref}" s="${s}" t="d"><v>${isoDate(Number(v))}</v></c>` : m));
    }
    parts[name] = strToU8(xml);
  }
  return zipSync(parts);
}

const MAIN_TYPES: Record<string, string> = {
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
  docm: 'application/vnd.ms-word.document.macroEnabled.main+xml',
  dotx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  dotm: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
};

/** The package under the content type of a macro-enabled workbook/document or a template (by extension). */
export function ooxmlAsExtension(bytes: Uint8Array, ext: string): Uint8Array {
  const type = MAIN_TYPES[ext];
  if (!type) return bytes;
  const parts = unzipSync(bytes);
  const word = ext.startsWith('do');
  const main = word ? '/word/document.xml' : '/xl/workbook.xml';
  let types = strFromU8(parts['[Content_Types].xml']!).replace(/<Override [^>]*\/>/g, (o: string) => (o.includes(`PartName="${main}"`) ? o.replace(/ContentType="[^"]*"/, `ContentType="${type}"`) : o));
  if (ext.endsWith('m')) {
    // An OLE compound file's signature and a stub: readers must not need to open the macros to read the content.
    parts[word ? 'word/vbaProject.bin' : 'xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
    types = types.replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ');
    const rels = word ? 'word/_rels/document.xml.rels' : 'xl/_rels/workbook.xml.rels';
    parts[rels] = strToU8(strFromU8(parts[rels]!).replace('</Relationships>', '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  }
  parts['[Content_Types].xml'] = strToU8(types);
  return zipSync(parts);
}

/** The document as Google Docs downloads it: widths in pct, vertical merges dropped (gridSpan only). */
export function docxAsGoogleDocs(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  let xml = strFromU8(parts['word/document.xml']!);
  xml = xml.replace(/<w:tbl>([\s\S]*?)<\/w:tbl>/g, (table: string) => {
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const total = grid.reduce((a, b) => a + b, 0) || 1;
    return table
      .replace(/<w:tblW [^>]*\/>/, '<w:tblW w:w="5000" w:type="pct"/>')
      .replace(/<w:tr\b[\s\S]*?<\/w:tr>/g, (row: string) => {
        let column = 0;
        return row.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell: string) => {
          const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
          const share = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
          column += span;
          const pct = `<w:tcW w:w="${Math.round((share / total) * 5000)}" w:type="pct"/>`;
          const bare = cell.replace(/<w:tcW [^>]*\/>/, '').replace(/<w:vMerge(?: w:val="\w+")?\/>/g, '');
          return bare.includes('<w:tcPr>') ? bare.replace('<w:tcPr>', `<w:tcPr>${pct}`) : bare.replace('<w:tc>', `<w:tc><w:tcPr>${pct}</w:tcPr>`);
        });
      });
  });
  parts['word/document.xml'] = strToU8(xml);
  return zipSync(parts);
}
