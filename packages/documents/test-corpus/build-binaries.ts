/**
 * Builds the corpus's .docx/.xlsx/.pdf documents from their `.grid.txt` sources.
 * Run from the repo root: `npx tsx packages/documents/test-corpus/build-binaries.ts [NNN …]`;
 * with numbers, only those documents are rebuilt (the others stay byte for byte as committed).
 * A .pdf source may start with lines `=== pdf: borderless`, `=== pdf: page-height 420`,
 * `=== pdf: repeat-row 9` (a table row Word repeats on each page; `repeat-row 8-9` a header over two rows), `=== pdf: page-numbers` and
 * `=== pdf: tight` (no vertical cell padding: rows as close as wrapped lines).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCjkFont } from '../src/export/find-cjk-font';
import { gridToDocx, gridToXlsx, parseGridSource } from '../src/import/testing/grid-binaries';
import { gridToPdf } from '../src/import/testing/grid-pdf';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
for (const f of readdirSync(here).filter((n) => /\.grid\.txt$/.test(n))) {
  if (only.length > 0 && !only.some((n) => f.startsWith(n))) continue;
  const target = f.replace(/\.grid\.txt$/, '');
  const source = readFileSync(join(here, f), 'utf8');
  const pdfOptions = [...source.matchAll(/^===\s*pdf:\s*(.+)$/gm)].map((m) => m[1]!.trim());
  const blocks = parseGridSource(source.replace(/^===\s*pdf:.*\n/gm, ''));
  let bytes: Uint8Array;
  if (target.endsWith('.pdf')) {
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
    });
  } else {
    bytes = target.endsWith('.xlsx') ? await gridToXlsx(blocks) : await gridToDocx(blocks);
  }
  writeFileSync(join(here, target), bytes);
  console.log(`${target}: ${bytes.length} bytes`);
}
