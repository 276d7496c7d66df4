import type { ReadLimits } from './read-limits';
import type { SafeZip } from './safe-unzip';
import { type XmlNode, childElements, firstChild, parseXmlTree } from './scan-xml';

/** A text box drawn on a sheet (a title typed into a 文本框 over the table) and the row it sits on (1-based). */
export interface SheetTextBox {
  row: number;
  text: string;
}

const DRAWING_TEXT: ReadonlySet<string> = new Set(['a:t', 'xdr:row']);
const ANCHORS = new Set(['xdr:twoCellAnchor', 'xdr:oneCellAnchor', 'xdr:absoluteAnchor']);

/**
 * The text boxes of one worksheet, in the order they sit down the sheet. Excel keeps them in the
 * sheet's drawing part (xdr:sp shapes with a text body); pictures and charts hold no text we read.
 */
export function sheetTextBoxes(zip: SafeZip, sheetPart: string, sheetXml: string, fileName: string, limits: ReadLimits): SheetTextBox[] {
  const relId = /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheetXml)?.[1];
  if (!relId) return [];
  const slash = sheetPart.lastIndexOf('/');
  const relsPart = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
  const rels = zip.readText(relsPart);
  const target = rels ? new RegExp(`<Relationship\\b[^>]*\\bId="${relId.replace(/[^\w-]/g, '')}"[^>]*>`).exec(rels)?.[0] : undefined;
  const href = target ? /\bTarget="([^"]+)"/.exec(target)?.[1] : undefined;
  if (!href) return [];
  const part = resolveFrom(sheetPart.slice(0, slash), href);
  const xml = zip.readText(part);
  if (xml === undefined) return [];
  const root = parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part, fileName, textIn: DRAWING_TEXT });
  const drawing = firstChild(root, 'xdr:wsDr');
  if (!drawing) return [];
  const boxes: SheetTextBox[] = [];
  for (const anchor of childElements(drawing).filter((el) => ANCHORS.has(el.name))) {
    const from = firstChild(anchor, 'xdr:from');
    const rowNode = from ? firstChild(from, 'xdr:row') : undefined;
    const row = Number(textOf(rowNode)) + 1 || 1;
    for (const text of shapeTexts(anchor)) boxes.push({ row, text });
  }
  return boxes.sort((a, b) => a.row - b.row);
}

/** The texts of the shapes under a node; of an mc:AlternateContent, one rendering only. */
function shapeTexts(node: XmlNode): string[] {
  const out: string[] = [];
  for (const el of childElements(node)) {
    if (el.name === 'xdr:sp') {
      const body = firstChild(el, 'xdr:txBody');
      const lines = body ? childElements(body, 'a:p').map(paragraphText) : [];
      const text = lines.join('\n').trim();
      if (text) out.push(text);
    } else if (el.name === 'mc:AlternateContent') {
      for (const option of [...childElements(el, 'mc:Choice'), ...childElements(el, 'mc:Fallback')]) {
        const found = shapeTexts(option);
        if (found.length > 0) { out.push(...found); break; }
      }
    } else if (el.name === 'xdr:grpSp') out.push(...shapeTexts(el));
  }
  return out;
}

function paragraphText(p: XmlNode): string {
  let text = '';
  for (const el of childElements(p)) {
    if (el.name === 'a:r' || el.name === 'a:fld') text += textOf(firstChild(el, 'a:t'));
    else if (el.name === 'a:br') text += '\n';
  }
  return text;
}

function textOf(node: XmlNode | undefined): string {
  return node ? node.children.filter((c): c is string => typeof c === 'string').join('') : '';
}

function resolveFrom(dir: string, href: string): string {
  if (href.startsWith('/')) return href.slice(1);
  const parts = dir.split('/');
  for (const seg of href.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
