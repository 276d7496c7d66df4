/**
 * Forms that live inside objects of a Word file, as clerks build them (test-corpus/build-binaries.ts):
 *
 * - `=== object: excel` … `=== end-object`: the grid between is an Excel worksheet pasted into Word as an
 *   embedded object (选择性粘贴→Microsoft Excel 工作表对象): the workbook saved whole in
 *   word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx, shown through a preview picture (w:object, v:shape with
 *   v:imagedata, o:OLEObject Type="Embed"); the document's text holds none of its cells.
 * - `=== object: excel-link PATH` … `=== end-object`: the same pasted as a link (粘贴链接): only the preview and an
 *   external relationship to PATH are saved, so the grid's cells are nowhere in the file.
 * - `=== textbox-table` … `=== end-textbox`: the grid's table typed into a floating text box (w:txbxContent holding a
 *   w:tbl), in its DrawingML and VML copies.
 * - `=== header-table` … `=== end-header`: the grid's table put in the page header (header1.xml), repeated on every page.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { gridToDocx, gridToXlsx, parseGridSource } from './grid-binaries';

type Part = { kind: 'embed' | 'link' | 'textbox' | 'header'; source: string; target?: string };

const SECTION = /^===\s*(object:\s*excel(?:-link\s+(.+))?|textbox-table|header-table)\s*\n([\s\S]*?)^===\s*end-(?:object|textbox|header)\s*$\n?/gm;

/** Whether a grid source holds any of the object sections above. */
export function hasObjectSections(source: string): boolean {
  return new RegExp(SECTION.source, 'm').test(source);
}

/** A 1×1 white PNG: the preview Word shows in place of the object (its pixels carry nothing of the form). */
const PREVIEW = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'));

export async function gridToDocxWithObjects(source: string): Promise<Uint8Array> {
  const parts: Part[] = [];
  const outer = source.replace(SECTION, (_all, head: string, link: string | undefined, body: string) => {
    const kind = head.startsWith('textbox') ? 'textbox' : head.startsWith('header') ? 'header' : link ? 'link' : 'embed';
    parts.push({ kind, source: body, ...(link ? { target: link.trim() } : {}) });
    return kind === 'header' ? '' : `@@OBJECT${parts.length - 1}@@\n`;
  });
  const hasHeader = parts.some((p) => p.kind === 'header');
  const files = unzipSync(await gridToDocx(parseGridSource(hasHeader && !/^===\s*page-header:/m.test(outer) ? `=== page-header: @@HEADER@@\n${outer}` : outer)));
  let xml = strFromU8(files['word/document.xml']!);
  let rels = strFromU8(files['word/_rels/document.xml.rels']!);
  let types = strFromU8(files['[Content_Types].xml']!);
  const addDefault = (ext: string, type: string) => {
    if (!types.includes(`Extension="${ext}"`)) types = types.replace('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">', (t) => `${t}<Default Extension="${ext}" ContentType="${type}"/>`);
  };
  for (const [i, part] of parts.entries()) {
    if (part.kind === 'header') {
      const name = Object.keys(files).find((n) => /^word\/header\d*\.xml$/.test(n))!;
      const header = strFromU8(files[name]!);
      files[name] = strToU8(header.replace(/<w:p>(?:(?!<w:p>).)*?@@HEADER@@.*?<\/w:p>/, '').replace('</w:hdr>', `${await tableXml(part.source)}<w:p/></w:hdr>`));
      continue;
    }
    const paragraph = new RegExp(`<w:p>(?:(?!<w:p>).)*?@@OBJECT${i}@@.*?</w:p>`);
    if (part.kind === 'textbox') {
      xml = xml.replace(paragraph, textBoxParagraph(await tableXml(part.source), i));
      continue;
    }
    const n = i + 1;
    files[`word/media/object${n}.png`] = PREVIEW;
    addDefault('png', 'image/png');
    rels = rels.replace('</Relationships>', `<Relationship Id="rIdObjImg${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/object${n}.png"/></Relationships>`);
    if (part.kind === 'embed') {
      files[`word/embeddings/Microsoft_Excel_Worksheet${n}.xlsx`] = new Uint8Array(await gridToXlsx(parseGridSource(part.source)));
      addDefault('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      rels = rels.replace('</Relationships>', `<Relationship Id="rIdObj${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet${n}.xlsx"/></Relationships>`);
    } else {
      rels = rels.replace('</Relationships>', `<Relationship Id="rIdObj${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject" Target="file:///${escapeXml(part.target!)}" TargetMode="External"/></Relationships>`);
    }
    const ole = part.kind === 'embed'
      ? `<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i${1024 + n}" DrawAspect="Content" ObjectID="_17800000${n}" r:id="rIdObj${n}"/>`
      : `<o:OLEObject Type="Link" ProgID="Excel.Sheet.12" ShapeID="_x0000_i${1024 + n}" DrawAspect="Content" r:id="rIdObj${n}" UpdateMode="Always"><o:LinkType>EnhancedMetaFile</o:LinkType><o:LockedField>false</o:LockedField></o:OLEObject>`;
    xml = xml.replace(paragraph, `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="9360" w:dyaOrig="7200"><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype><v:shape id="_x0000_i${1024 + n}" type="#_x0000_t75" style="width:468pt;height:360pt" o:ole=""><v:imagedata r:id="rIdObjImg${n}" o:title=""/></v:shape>${ole}</w:object></w:r></w:p>`);
  }
  files['word/document.xml'] = strToU8(xml);
  files['word/_rels/document.xml.rels'] = strToU8(rels);
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files);
}

/** The w:tbl Word writes for a grid's one table (built as a document of its own and taken out of it). */
async function tableXml(source: string): Promise<string> {
  const xml = strFromU8(unzipSync(await gridToDocx(parseGridSource(source)))['word/document.xml']!);
  const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml);
  if (!table) throw new Error('文本框/页眉中的表格：源中没有表格');
  return table[0];
}

/** A floating text box holding a table, as Word 2010+ saves one: DrawingML first, the same box in VML as fallback. */
function textBoxParagraph(table: string, i: number): string {
  const content = `<w:txbxContent>${table}<w:p/></w:txbxContent>`;
  const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="25166${i}000" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5760000" cy="4320000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="${100 + i}" name="文本框 ${100 + i}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="4320000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
  const fallback = `<mc:Fallback><w:pict><v:shape id="文本框 ${100 + i}" o:spid="_x0000_s${2049 + i}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:453.5pt;height:340.15pt;z-index:25166${i}000;mso-position-horizontal:center;mso-position-horizontal-relative:margin"><v:textbox>${content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>`;
  return `<w:p><w:r><mc:AlternateContent>${choice}${fallback}</mc:AlternateContent></w:r></w:p>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
