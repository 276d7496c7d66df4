import { existsSync, readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument } from '../model/source-document';
import { exportForms } from '../export/export-forms';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';
import { isSlanted } from './read-pdf';
import { readSource } from './read-source';

async function pdfkitBytes(draw: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.on('data', (c) => chunks.push(c));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function read(bytes: Uint8Array, name = '测试.pdf'): Promise<SourceDocument> {
  const result = await readSource(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  expect(result.source.format).toBe('pdf');
  return result.source;
}

/** Each table row as its visible cell texts (merge continuations left out), text blocks as "# text". */
function rowsOf(source: SourceDocument): string[] {
  return source.blocks.flatMap((b: SourceBlock) =>
    b.kind === 'table' ? b.rows.map((r) => r.cells.filter((c) => !c.mergedFromAbove).map((c) => c.text).join(' | ')) : [`# ${b.text}`],
  );
}

/** Leaf fields of the expected value, and how many the actual value has equal. */
function compareLeaves(expected: unknown, actual: unknown): [number, number] {
  if (expected !== null && typeof expected === 'object') {
    let total = 0;
    let equal = 0;
    for (const [k, v] of Object.entries(expected)) {
      const [t, e] = compareLeaves(v, (actual as Record<string, unknown> | null | undefined)?.[k]);
      total += t;
      equal += e;
    }
    return [total, equal];
  }
  return [1, JSON.stringify(expected) === JSON.stringify(actual ?? null) ? 1 : 0];
}

describe('readPdf', () => {
  it('reads a pdfkit table with borders, merges and a line break (the next word would have fitted), over two pages', async () => {
    const bytes = await pdfkitBytes((doc) => {
      doc.addPage({ size: [400, 300], margin: 20 });
      doc.font('Helvetica-Bold').fontSize(14).text('Project targets', 20, 20, { lineBreak: false });
      doc.font('Helvetica').fontSize(9);
      const xs = [20, 100, 180, 380];
      const cell = (x0: number, x1: number, y0: number, y1: number, lines: string[]) => {
        doc.rect(x0, y0, x1 - x0, y1 - y0).stroke();
        lines.forEach((l, i) => doc.text(l, x0 + 3, y0 + 3 + i * 12, { lineBreak: false }));
      };
      cell(xs[0]!, xs[3]!, 50, 70, ['Code 318-1301 Budget 300.00']);
      cell(xs[0]!, xs[1]!, 70, 90, ['Level 1']);
      cell(xs[1]!, xs[2]!, 70, 90, ['Level 2']);
      cell(xs[2]!, xs[3]!, 70, 90, ['Target']);
      cell(xs[0]!, xs[1]!, 90, 150, ['Output']);
      cell(xs[1]!, xs[2]!, 90, 120, ['Quantity']);
      cell(xs[2]!, xs[3]!, 90, 120, ['Pay six staff', 'every month']);
      cell(xs[1]!, xs[2]!, 120, 150, ['Quality']);
      cell(xs[2]!, xs[3]!, 120, 150, ['>=95%']);
      doc.addPage({ size: [400, 300], margin: 20 });
      doc.font('Helvetica').fontSize(9);
      cell(xs[0]!, xs[1]!, 20, 40, ['Level 1']);
      cell(xs[1]!, xs[2]!, 20, 40, ['Level 2']);
      cell(xs[2]!, xs[3]!, 20, 40, ['Target']);
      cell(xs[0]!, xs[1]!, 40, 60, ['Satisfaction']);
      cell(xs[1]!, xs[2]!, 40, 60, ['Users']);
      cell(xs[2]!, xs[3]!, 40, 60, ['>=90%']);
      doc.text('Notes: targets are annual.', 20, 80, { lineBreak: false });
    });
    const source = await read(bytes);
    expect(source.notes).toEqual([]);
    expect(source.blocks[0]).toEqual({ kind: 'text', text: 'Project targets', heading: 1 });
    const table = source.blocks[1] as Extract<SourceBlock, { kind: 'table' }>;
    expect(table.rows.map((r) => r.cells)).toEqual([
      [{ text: 'Code 318-1301 Budget 300.00', colSpan: 3 }],
      [{ text: 'Level 1' }, { text: 'Level 2' }, { text: 'Target' }],
      [{ text: 'Output', rowSpan: 2 }, { text: 'Quantity' }, { text: 'Pay six staff\nevery month' }],
      [{ text: '', mergedFromAbove: true }, { text: 'Quality' }, { text: '>=95%' }],
      [{ text: 'Satisfaction' }, { text: 'Users' }, { text: '>=90%' }],
    ]);
    expect(source.blocks[2]).toEqual({ kind: 'text', text: 'Notes: targets are annual.' });
  });

  it('says so when a PDF has no text layer', async () => {
    const bytes = await pdfkitBytes((doc) => {
      doc.addPage({ size: [200, 200] });
      doc.rect(10, 10, 100, 100).stroke();
    });
    const source = await read(bytes, '扫描件.pdf');
    expect(source.blocks).toEqual([]);
    expect(source.notes.join()).toMatch(/扫描件\.pdf.*没有文字层/);
  });

  it('refuses a truncated PDF with a message', async () => {
    const bytes = await pdfkitBytes((doc) => {
      doc.addPage({ size: [200, 200] });
      doc.text('hello', 10, 10);
    });
    const result = await readSource(bytes.subarray(0, 40), '坏.pdf');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/坏\.pdf/);
  });

  // Round trip through our own exporter: the PDF must give back the tables the .docx export gives.
  const font = findCjkFont();
  it.skipIf(!font).each(['004'])('reads back our exporter’s PDF of the %s answer key like its .docx (at least 99 percent of rows identical)', async (n) => {
    const path = `/work/shared/fixtures/truth/${n}.json`;
    if (!existsSync(path)) return;
    const forms = JSON.parse(readFileSync(path, 'utf8')).forms;
    const pdf = await exportForms(forms, 'pdf');
    const docx = await exportForms(forms, 'docx');
    if (!pdf.ok || !docx.ok) throw new Error('export failed');
    const fromPdf = rowsOf(await read(pdf.bytes));
    const fromDocx = rowsOf((await readSource(docx.bytes, 'x.docx').then((r) => (r.ok ? r.source : undefined)))!);
    expect(fromPdf.length).toBe(fromDocx.length);
    // Whitespace at a wrap point cannot come back from a PDF; compare without it.
    const norm = (s: string) => s.replace(/\s+/g, '');
    const same = fromDocx.filter((row, i) => norm(row) === norm(fromPdf[i] ?? '')).length;
    expect(same / fromDocx.length).toBeGreaterThanOrEqual(0.99);
    // And the forms imported from the PDF carry the answer key's values.
    const imported = await importFile(pdf.bytes, `${n}.pdf`);
    if (!imported.ok) throw new Error(imported.issues[0]!.message);
    const [total, equal] = compareLeaves(forms, imported.document.forms);
    expect(total).toBeGreaterThan(100);
    expect(equal / total).toBeGreaterThanOrEqual(0.99);
  }, 60_000);
});

describe('readPdf on a Word-style PDF (LibreOffice export of a .docx built from seed 004)', () => {
  const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
  it.skipIf(!soffice || !findCjkFont())('gives the same table rows as the .docx, with rows broken across pages rejoined', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { buildDocx, planSeedBlocks } = await import('./testing/seed-fixtures');
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-read-pdf-'));
    try {
      const docx = await buildDocx(planSeedBlocks(readFileSync('/work/shared/seeds/004_1accb42d456f302a.txt', 'utf8')));
      writeFileSync(join(dir, 'seed.docx'), docx);
      execFileSync(soffice!, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, join(dir, 'seed.docx')], { timeout: 90_000, stdio: 'ignore' });
      const fromPdf = rowsOf(await read(new Uint8Array(readFileSync(join(dir, 'seed.pdf')))));
      const fromDocx = rowsOf((await readSource(docx, 'seed.docx').then((r) => (r.ok ? r.source : undefined)))!);
      const tableRows = (rows: string[]) => rows.filter((r) => !r.startsWith('# ')).map((r) => r.replace(/\s+/g, ''));
      expect(tableRows(fromPdf)).toEqual(tableRows(fromDocx));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('isSlanted', () => {
  const rotated = (deg: number, size = 9): number[] => {
    const r = (deg * Math.PI) / 180;
    return [size * Math.cos(r), size * Math.sin(r), -size * Math.sin(r), size * Math.cos(r), 100, 100];
  };
  it.each([
    { deg: 0, want: false },
    { deg: 30, want: true },
    { deg: -45, want: true },
    { deg: 90, want: false },
    { deg: 2, want: false },
  ])('text at $deg°', ({ deg, want }) => expect(isSlanted(rotated(deg))).toBe(want));
});
