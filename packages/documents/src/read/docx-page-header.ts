import type { ReadLimits } from './read-limits';
import type { SafeZip } from './safe-unzip';
import { type XmlNode, childElements, firstChild, parseXmlTree } from './scan-xml';

const NO_TEXT: ReadonlySet<string> = new Set();
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['w:t']);

/** The main document's relationships (id → part path inside the package). */
export function documentRelationships(zip: SafeZip, fileName: string, limits: ReadLimits): Map<string, string> {
  const rels = new Map<string, string>();
  const xml = zip.readText('word/_rels/document.xml.rels');
  const root = xml ? parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part: 'word/_rels/document.xml.rels', fileName, textIn: NO_TEXT }) : undefined;
  const top = root ? firstChild(root, 'Relationships') : undefined;
  for (const r of top ? childElements(top, 'Relationship') : []) {
    const target = r.attrs['Target'];
    if (!r.attrs['Id'] || !target) continue;
    rels.set(r.attrs['Id'], target.startsWith('/') ? target.slice(1) : `word/${target}`.replace(/[^/]+\/\.\.\//g, ''));
  }
  return rels;
}

/**
 * The page header (页眉) the document's first page prints, as a tree whose paragraphs and tables read
 * like the body's. Templates handed down as 附件 often carry the attachment number and the form's
 * title there, so the body starts straight at the table; the header is the text above it. Only the
 * first section's header counts: later pages repeat it, and footers hold page numbers.
 */
export function firstPageHeader(zip: SafeZip, body: XmlNode, rels: () => Map<string, string>, fileName: string, limits: ReadLimits): XmlNode | undefined {
  const sectPr = firstSectionProperties(body);
  if (!sectPr) return undefined;
  const refs = childElements(sectPr, 'w:headerReference');
  const titlePage = firstChild(sectPr, 'w:titlePg');
  const titlePageOn = titlePage !== undefined && !/^(0|false|off)$/.test(titlePage.attrs['w:val'] ?? '');
  const ref = (titlePageOn ? refs.find((r) => r.attrs['w:type'] === 'first') : undefined) ?? refs.find((r) => (r.attrs['w:type'] ?? 'default') === 'default');
  const part = ref ? rels().get(ref.attrs['r:id'] ?? '') : undefined;
  const xml = part ? zip.readText(part) : undefined;
  if (!part || xml === undefined) return undefined;
  const root = parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part, fileName, textIn: TEXT_ELEMENTS });
  return firstChild(root, 'w:hdr');
}

/** The first section's properties: a section break in a paragraph, else the body's closing w:sectPr. */
function firstSectionProperties(body: XmlNode): XmlNode | undefined {
  for (const el of childElements(body)) {
    if (el.name === 'w:sectPr') return el;
    if (el.name !== 'w:p') continue;
    const pPr = firstChild(el, 'w:pPr');
    const sectPr = pPr ? firstChild(pPr, 'w:sectPr') : undefined;
    if (sectPr) return sectPr;
  }
  return undefined;
}
