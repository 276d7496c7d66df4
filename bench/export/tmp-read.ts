import { readFileSync } from 'node:fs';
import { readSource } from '../../packages/documents/src/read/read-source';
const file = process.argv[2]!;
const r = await readSource(new Uint8Array(readFileSync(file)), file.split('/').pop()!);
if (!r.ok) { console.log(r.issues); process.exit(1); }
for (const b of r.source.blocks.slice(0, Number(process.argv[3] ?? 8))) {
  if (b.kind === 'text') console.log('TEXT', b.text.slice(0, 80));
  else for (const row of b.rows.slice(0, Number(process.argv[4] ?? 12))) console.log(' |', row.cells.map((c) => `${c.text.slice(0, 14)}${c.colSpan && c.colSpan > 1 ? `<${c.colSpan}>` : ''}${c.rowSpan && c.rowSpan > 1 ? `^${c.rowSpan}` : ''}${c.mergedFromAbove ? '(m)' : ''}`).join(' | '));
  if (b.kind === 'table') console.log('---- end table', b.rows.length);
}
console.log(r.source.notes);
