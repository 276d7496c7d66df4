import { strToU8, zipSync } from 'fflate';

/**
 * Word documents saved as a single XML file, as many systems export "Word" (a template of Word
 * XML filled in and named .doc): Word 2003 XML (`<w:wordDocument>`, WordprocessingML 2003) and
 * Word 2007's flat XML (`<pkg:package>`, every part inline). Both become the .docx package the
 * .docx reader reads, or null when the text is neither.
 */
export function wordXmlToDocx(text: string): Uint8Array | null {
  const head = text.slice(0, 65536);
  if (/<pkg:package\b/.test(head)) return flatOpcToDocx(text);
  if (/<w:wordDocument\b/.test(head)) return word2003ToDocx(text);
  return null;
}

function flatOpcToDocx(text: string): Uint8Array | null {
  const parts: Record<string, Uint8Array> = {};
  for (const m of text.matchAll(/<pkg:part\b[^>]*pkg:name="([^"]+)"[^>]*>\s*<pkg:xmlData>([\s\S]*?)<\/pkg:xmlData>\s*<\/pkg:part>/g)) {
    parts[m[1]!.replace(/^\//, '')] = strToU8(m[2]!);
  }
  return parts['word/document.xml'] ? zipSync(parts) : null;
}

/**
 * Word 2003 XML has the body of a .docx under other names: the root is w:wordDocument, merges are
 * w:vmerge / w:hmerge, sections wrap the body (wx:sect, wx:sub-section, which the reader passes
 * through). Renamed, it is a document.xml.
 */
function word2003ToDocx(text: string): Uint8Array {
  const xml = text
    .replace(/<\?mso-application[^>]*\?>/g, '')
    .replace(/<(\/?)w:wordDocument\b/g, '<$1w:document')
    .replace(/<(\/?)w:vmerge\b/g, '<$1w:vMerge')
    .replace(/<(\/?)w:hmerge\b/g, '<$1w:hMerge');
  return zipSync({ 'word/document.xml': strToU8(xml) });
}
