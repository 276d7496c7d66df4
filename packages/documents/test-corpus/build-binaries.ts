/**
 * Builds the corpus's .docx/.xlsx documents from their `.grid.txt` sources.
 * Run from the repo root: `npx tsx packages/documents/test-corpus/build-binaries.ts`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gridToDocx, gridToXlsx, parseGridSource } from '../src/import/testing/grid-binaries';

const here = dirname(fileURLToPath(import.meta.url));
for (const f of readdirSync(here).filter((n) => /\.grid\.txt$/.test(n))) {
  const target = f.replace(/\.grid\.txt$/, '');
  const blocks = parseGridSource(readFileSync(join(here, f), 'utf8'));
  const bytes = target.endsWith('.xlsx') ? await gridToXlsx(blocks) : await gridToDocx(blocks);
  writeFileSync(join(here, target), bytes);
  console.log(`${target}: ${bytes.length} bytes`);
}
