import { Deflate, strToU8, zipSync } from 'fflate';

/** A zip of the given text parts, for hand-written OOXML in tests. */
export function zipParts(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal .docx whose body is the given WordprocessingML. */
export function docxWithBody(bodyXml: string, extra: Record<string, string> = {}): Uint8Array {
  return zipParts({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`,
    ...extra,
  });
}

/** A minimal .xlsx with one sheet per entry (sheet XML = the <sheetData> and after). */
export function xlsxWithSheets(sheets: { name: string; xml: string; hidden?: boolean }[], extra: Record<string, string> = {}): Uint8Array {
  const parts: Record<string, string> = {
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.hidden ? ' state="hidden"' : ''}/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
    ...extra,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${s.xml}</worksheet>`;
  });
  return zipParts(parts);
}

/**
 * A zip bomb built without holding its payload: one entry of `size` zero bytes, deflated in
 * streaming chunks. `declaredSize` is what the headers claim (lie with a small number to test
 * the running counter rather than the central-directory check).
 */
export function zeroBombZip(entryName: string, size: number, declaredSize: number, otherParts: Record<string, string> = {}): Uint8Array {
  const data = deflatedZeros(size);
  const entries: { name: Uint8Array; data: Uint8Array; method: number; size: number; offset: number }[] = [];
  const out: Uint8Array[] = [];
  let offset = 0;
  const add = (name: string, payload: Uint8Array, method: number, plainSize: number) => {
    const n = strToU8(name);
    const header = new Uint8Array(30 + n.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, method, true);
    v.setUint32(18, payload.length, true);
    v.setUint32(22, plainSize, true);
    v.setUint16(26, n.length, true);
    header.set(n, 30);
    entries.push({ name: n, data: payload, method, size: plainSize, offset });
    out.push(header, payload);
    offset += header.length + payload.length;
  };
  for (const [name, text] of Object.entries(otherParts)) {
    const bytes = strToU8(text);
    add(name, bytes, 0, bytes.length);
  }
  add(entryName, data, 8, declaredSize);
  const cdStart = offset;
  for (const e of entries) {
    const rec = new Uint8Array(46 + e.name.length);
    const v = new DataView(rec.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 20, true);
    v.setUint16(10, e.method, true);
    v.setUint32(20, e.data.length, true);
    v.setUint32(24, e.size, true);
    v.setUint16(28, e.name.length, true);
    v.setUint32(42, e.offset, true);
    rec.set(e.name, 46);
    out.push(rec);
    offset += rec.length;
  }
  const eocd = new Uint8Array(22);
  const v = new DataView(eocd.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, offset - cdStart, true);
  v.setUint32(16, cdStart, true);
  out.push(eocd);
  return concat(out);
}

const zerosCache = new Map<number, Uint8Array>();

function deflatedZeros(size: number): Uint8Array {
  const cached = zerosCache.get(size);
  if (cached) return cached;
  const compressed: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => compressed.push(chunk));
  const zeros = new Uint8Array(1024 * 1024);
  for (let left = size; left > 0; left -= zeros.length) deflate.push(left <= zeros.length ? zeros.subarray(0, left) : zeros, left <= zeros.length);
  const data = concat(compressed);
  zerosCache.set(size, data);
  return data;
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
