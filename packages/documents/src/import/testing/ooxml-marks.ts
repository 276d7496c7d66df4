/**
 * Rewrites a built .docx/.xlsx into shapes the grid builders cannot write directly, as other programs
 * save them (layout corpus, test-corpus/build-binaries.ts).
 *
 * .docx marks in cell or paragraph text:
 * - `⟦fld:CODE|RESULT⟧` a field (w:fldChar begin / w:instrText / separate / result / end), as mail merge
 *   (MERGEFIELD) and table formulas (`=SUM(ABOVE)`) leave them; `⟦fs:CODE|RESULT⟧` the same as a w:fldSimple;
 * - `⟦mf:TEXT⟧` / `⟦mt:TEXT⟧` a tracked move's source (w:moveFrom: text kept in w:t, not shown once accepted) and
 *   destination (w:moveTo); `⟦insdel:TEXT⟧` an insertion a second reviewer deleted (w:ins around w:del);
 * - `⟦sdt:TEXT⟧` a content control (w:sdt) holding TEXT; `⟦sdt?:TEXT⟧` an empty one showing its placeholder;
 * - a cell starting `⟦row⟧`: its row is an item of a repeating-section content control (consecutive rows one
 *   section); a cell starting `⟦tc⟧`: the cell sits inside a cell-level content control;
 * - a cell holding `⟦trdel⟧` / `⟦trins⟧`: its row is a tracked row deletion / insertion (w:trPr/w:del, w:ins);
 * - a cell that is just `⟦gb⟧` / `⟦ga⟧` is no cell: the row leaves that grid column open before / after its
 *   cells (w:gridBefore / w:gridAfter), as rows of tables Word rebuilt from pasted ones do;
 * - a spanning cell starting `⟦hm⟧` is written as legacy horizontal merge instead of w:gridSpan: one cell
 *   `w:hMerge w:val="restart"` holding the text and a `w:hMerge` (continue) cell per further grid column, as
 *   documents converted from RTF / Word 97 and some generators keep merged cells;
 * - `⟦tab⟧` is a tab character (w:tab) and `⟦ptab⟧` a right-aligned positional tab (w:ptab), as a caption and
 *   its value are set apart on one line (`单位名称：…⟦ptab⟧金额单位：万元`).
 * .xlsx (`=== via: streaming-writer`): every string written in the cell (t="inlineStr", no sharedStrings
 * part), cells and rows without their `r` references (placed by order, gaps as empty elements), as
 * streaming writers (POI SXSSF-style exports) save them; `⟦r⟧` inside a string splits it into rich-text runs.
 * `=== via: online-sheet` keeps the references but writes every string inline, as online sheets (腾讯文档) export.
 * .docx (`=== via: feishu`): every w:tcW left empty (no width, no type), as Feishu (飞书) exports its tables.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const PLACEHOLDER_STYLE = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>';

function inlineMarks(xml: string): string {
  let id = 1000;
  return xml
    .replace(/⟦tab⟧/g, '</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">')
    .replace(/⟦ptab⟧/g, '</w:t></w:r><w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r><w:r><w:t xml:space="preserve">')
    .replace(/⟦fld:([^|⟧]*)\|([^⟧]*)⟧/g, (_m, code: string, result: string) =>
      `</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">`)
    .replace(/⟦fs:([^|⟧]*)\|([^⟧]*)⟧/g, (_m, code: string, result: string) =>
      `</w:t></w:r><w:fldSimple w:instr=" ${code.replace(/"/g, '&quot;')} "><w:r><w:t xml:space="preserve">${result}</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve">`)
    .replace(/⟦(mf|mt):([^⟧]*)⟧/g, (_m, kind: string, text: string) => {
      // Word's tracked move: the moved-from text stays in w:t (not w:delText) inside w:moveFrom.
      const tag = kind === 'mf' ? 'moveFrom' : 'moveTo';
      const range = id++;
      return `</w:t></w:r><w:${tag}RangeStart w:id="${range}" w:author="李某" w:date="2025-02-18T10:12:00Z" w:name="move${Math.floor(range / 2)}"/><w:${tag} w:id="${id++}" w:author="李某" w:date="2025-02-18T10:12:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:${tag}><w:${tag}RangeEnd w:id="${range}"/><w:r><w:t xml:space="preserve">`;
    })
    .replace(/⟦insdel:([^⟧]*)⟧/g, (_m, text: string) =>
      // One reviewer's insertion that a second reviewer deleted again: shown struck, accepted as nothing.
      `</w:t></w:r><w:ins w:id="${id++}" w:author="王某" w:date="2025-02-17T16:40:00Z"><w:del w:id="${id++}" w:author="李某" w:date="2025-02-18T10:12:00Z"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del></w:ins><w:r><w:t xml:space="preserve">`)
    .replace(/⟦sdt(\??):([^⟧]*)⟧/g, (_m, empty: string, text: string) =>
      `</w:t></w:r><w:sdt><w:sdtPr><w:id w:val="${id++}"/>${empty ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent><w:r>${empty ? PLACEHOLDER_STYLE : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve">`);
}

/** A w:gridSpan cell as legacy w:hMerge cells: the restart keeps the text, each continuation is empty. */
function legacyHMerge(cell: string): string {
  const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
  const restart = cell.replace(/<w:gridSpan w:val="\d+"\/>/, '<w:hMerge w:val="restart"/>');
  return restart + '<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc>'.repeat(span - 1);
}

function rowMarks(xml: string): string {
  let id = 2000;
  const rows = xml.replace(/<w:tr>((?:(?!<w:tr>).)*?)<\/w:tr>/g, (_row: string, inner: string) => {
    let before = 0;
    let after = 0;
    let seenCell = false;
    let cells = inner.replace(/<w:tc>(?:(?!<w:tc>).)*?<\/w:tc>/g, (cell: string) => {
      if (/<w:t xml:space="preserve">⟦gb⟧<\/w:t>/.test(cell)) { before += seenCell ? 0 : 1; after += seenCell ? 1 : 0; return ''; }
      if (/<w:t xml:space="preserve">⟦ga⟧<\/w:t>/.test(cell)) { after++; return ''; }
      seenCell = true;
      if (cell.includes('⟦hm⟧')) return legacyHMerge(cell.replace('⟦hm⟧', ''));
      if (!cell.includes('⟦tc⟧')) return cell;
      return `<w:sdt><w:sdtPr><w:id w:val="${id++}"/></w:sdtPr><w:sdtContent>${cell.replace('⟦tc⟧', '')}</w:sdtContent></w:sdt>`;
    });
    // `⟦trdel⟧` / `⟦trins⟧` in a cell: the row itself is a tracked deletion / insertion (w:trPr), as a row moved with
    // tracking on leaves its old place deleted and its new place inserted.
    const tracked = /⟦tr(del|ins)⟧/.exec(cells);
    if (tracked) {
      const mark = `<w:${tracked[1]} w:id="${id++}" w:author="李某" w:date="2025-02-18T10:12:00Z"/>`;
      cells = cells.replace(/⟦tr(?:del|ins)⟧/g, '');
      cells = cells.startsWith('<w:trPr>') ? cells.replace('</w:trPr>', `${mark}</w:trPr>`) : `<w:trPr>${mark}</w:trPr>${cells}`;
    }
    if (before + after > 0) {
      const grid = `${before ? `<w:gridBefore w:val="${before}"/>` : ''}${after ? `<w:gridAfter w:val="${after}"/>` : ''}`;
      cells = cells.startsWith('<w:trPr>') ? cells.replace('<w:trPr>', `<w:trPr>${grid}`) : `<w:trPr>${grid}</w:trPr>${cells}`;
    }
    if (!cells.includes('⟦row⟧')) return `<w:tr>${cells}</w:tr>`;
    return `⟪item⟫<w:sdt><w:sdtPr><w:id w:val="${id++}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent><w:tr>${cells.replace('⟦row⟧', '')}</w:tr></w:sdtContent></w:sdt>⟪/item⟫`;
  });
  // Consecutive repeating-section items form one section.
  return rows
    .replace(/(?:⟪item⟫(?:(?!⟪item⟫).)*?⟪\/item⟫)+/g, (items: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="绩效指标"/><w:id w:val="${id++}"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>${items.replace(/⟪\/?item⟫/g, '')}</w:sdtContent></w:sdt>`);
}

/** Applies the .docx marks above; a document without any comes back unchanged. */
export function docxWithMarks(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml']!);
  if (!xml.includes('⟦')) return docx;
  parts['word/document.xml'] = strToU8(rowMarks(inlineMarks(xml)));
  return zipSync(parts);
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function richRuns(si: string): string {
  if (!si.includes('⟦r⟧')) return si;
  const text = /<t[^>]*>([\s\S]*?)<\/t>/.exec(si)?.[1] ?? '';
  return text.split('⟦r⟧').map((part, i) => `<r>${i % 2 === 1 ? '<rPr><b/><sz val="11"/><rFont val="宋体"/></rPr>' : '<rPr><sz val="11"/><rFont val="宋体"/></rPr>'}<t xml:space="preserve">${part}</t></r>`).join('');
}

/** The workbook as a streaming writer saves it (see above); `keepRefs`: cells and rows keep their references. */
export function xlsxAsStreamed(xlsx: Uint8Array, keepRefs = false): Uint8Array {
  const parts = unzipSync(xlsx);
  const shared = parts['xl/sharedStrings.xml'] ? [...strFromU8(parts['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => richRuns(m[1]!)) : [];
  for (const name of Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    let xml = strFromU8(parts[name]!);
    if (!keepRefs) xml = xml.replace(/<dimension [^>]*\/>/, '');
    let lastRow = 0;
    xml = xml.replace(/<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g, (_m, r: string, attrs: string, _end: string, body: string | undefined) => {
      const gap = keepRefs ? '' : '<row/>'.repeat(Math.max(0, Number(r) - lastRow - 1));
      lastRow = Number(r);
      let lastCol = 0;
      const cells = (body ?? '').replace(/<c r="([A-Z]+)\d+"([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_c, ref: string, cattrs: string, _e: string, inner: string | undefined) => {
        const col = columnIndex(ref);
        const pad = keepRefs ? '' : '<c/>'.repeat(Math.max(0, col - lastCol - 1));
        const refAttr = keepRefs ? ` r="${ref}${r}"` : '';
        lastCol = col;
        if (/\bt="s"/.test(cattrs) && inner) {
          const index = Number(/<v>(\d+)<\/v>/.exec(inner)![1]);
          return `${pad}<c${refAttr}${cattrs.replace(/\bt="s"/, 't="inlineStr"')}><is>${shared[index] ?? ''}</is></c>`;
        }
        return `${pad}<c${refAttr}${cattrs}${inner === undefined ? '/>' : `>${inner}</c>`}`;
      });
      return `${gap}<row${keepRefs ? ` r="${r}"` : ''}${attrs.replace(/\s*spans="[^"]*"/, '')}>${cells}</row>`;
    });
    parts[name] = strToU8(xml);
  }
  delete parts['xl/sharedStrings.xml'];
  if (parts['xl/_rels/workbook.xml.rels']) parts['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(parts['xl/_rels/workbook.xml.rels']).replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
  parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
  return zipSync(parts);
}

/** The document as Feishu exports it: each cell's w:tcW present but empty. */
export function docxAsFeishu(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const xml = strFromU8(parts['word/document.xml']!).replace(/<w:tcW [^>]*\/>/g, '')
    .replace(/<w:tc>(<w:tcPr>)?/g, (_m, pr: string | undefined) => (pr ? '<w:tc><w:tcPr><w:tcW/>' : '<w:tc><w:tcPr><w:tcW/></w:tcPr>'));
  parts['word/document.xml'] = strToU8(xml);
  return zipSync(parts);
}
