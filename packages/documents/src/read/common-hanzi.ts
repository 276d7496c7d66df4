import type { SourceDocument } from '../model/source-document';

let common: Set<number> | undefined;

/**
 * GB2312's 3,755 first-level characters: the everyday ones, nearly all of any real document's
 * characters. Read from the GB18030 decoder (rows B0–D7), so no table is kept in the code.
 */
function commonHanzi(): Set<number> {
  if (common) return common;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  common = new Set([...text].map((c) => c.codePointAt(0)!).filter((cp) => cp >= 0x4e00 && cp <= 0x9fff));
  return common;
}

/**
 * Whether a read document's Chinese is mostly rare characters, as text decoded in the wrong
 * encoding and saved again is (绩效目标 read from UTF-8 bytes as GBK shows as 缁╂晥鐩爣, and
 * Excel keeps it so when the CSV it opened that way is saved as .xlsx). Such a document is
 * refused rather than imported as forms of mojibake.
 */
export function looksLikeMojibake(source: SourceDocument): boolean {
  const set = commonHanzi();
  let hanzi = 0;
  let everyday = 0;
  const count = (text: string) => {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x3400 || (cp > 0x9fff && cp < 0x20000) || cp > 0x3ffff) continue;
      hanzi++;
      if (set.has(cp)) everyday++;
    }
  };
  for (const block of source.blocks) {
    if (hanzi >= 20_000) break;
    if (block.kind === 'text') count(block.text);
    else for (const row of block.rows) for (const cell of row.cells) count(cell.text);
  }
  return hanzi >= 30 && everyday / hanzi < 0.5;
}
