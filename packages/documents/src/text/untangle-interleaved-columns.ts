/**
 * A PDF viewer copying a table row whose two text columns sit side by side (预期目标 | 实际完成情况) may emit
 * each printed line as a line of its own, left and right in turn: the two captions on two lines, then the
 * first line of the left cell, the first line of the right cell, and so on. Such a block is put back as two
 * labelled lines (`预期目标：…` ⏎ `实际完成情况：…`), which the layout reads as the goal and its outcome.
 */

// The side-by-side captions whose cells are sentences: the planned goal on the left, what was done on the right.
const LEFT_CAPTION = /^(?:预期目标|年度目标|中期目标|绩效目标|年度绩效目标)$/;
const RIGHT_CAPTION = /^(?:实际完成情况|年度目标完成情况|实际完成|完成情况|年度目标)$/;
// A line of running text: no TAB, no run of spaces setting cells apart, no pipe.
const PROSE = /^[^\t|]*$/;
const CELL_GAP = / {2,}|\u3000{2,}/;
const SENTENCE_END = /[。；;.!！]$/;

function isProse(line: string): boolean {
  const t = line.trim();
  return t !== '' && PROSE.test(line) && !CELL_GAP.test(t) && !/[：:]/.test(t.slice(0, 8));
}

/** The lines with every interleaved two-column block put back as two labelled lines. */
export function untangleInterleavedColumns(input: { lines: string[]; lineNos: number[] }): { lines: string[]; lineNos: number[] } {
  const { lines, lineNos } = input;
  const out: string[] = [];
  const outNos: number[] = [];
  let i = 0;
  while (i < lines.length) {
    const block = interleavedBlock(lines, i);
    if (block) {
      out.push(`${block.left.caption}：${block.left.text}`, `${block.right.caption}：${block.right.text}`);
      outNos.push(lineNos[i]!, lineNos[i + 1]!);
      i = block.end;
      continue;
    }
    out.push(lines[i]!);
    outNos.push(lineNos[i]!);
    i++;
  }
  return { lines: out, lineNos: outNos };
}

type Column = { caption: string; text: string };

function interleavedBlock(lines: string[], from: number): { left: Column; right: Column; end: number } | null {
  const left = lines[from]!.trim();
  const right = lines[from + 1]?.trim() ?? '';
  if (!LEFT_CAPTION.test(left) || !RIGHT_CAPTION.test(right) || left === right) return null;
  let end = from + 2;
  while (end < lines.length && isProse(lines[end]!)) end++;
  const body = lines.slice(from + 2, end).map((l) => l.trim());
  // One line of each column at least, and as many of the one as of the other.
  if (body.length < 2 || body.length % 2 !== 0) return null;
  // Read column by column, the left cell's last line would end its sentence before the right cell begins;
  // interleaved, only the two cells' last lines (the block's last two) end a sentence.
  if (body.slice(0, -2).some((l) => SENTENCE_END.test(l))) return null;
  const pick = (odd: number) => body.filter((_l, k) => k % 2 === odd).join('');
  return { left: { caption: left, text: pick(0) }, right: { caption: right, text: pick(1) }, end };
}
